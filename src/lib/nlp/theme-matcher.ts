import type { ThemeId } from '../schema/taxonomy.ts';
import type { ThemeConfig } from '../schema/themes-yaml.ts';

/** Strength of a keyword for one theme, as named in themes.yaml. */
export type KeywordStrength = 'strong' | 'medium' | 'weak' | 'subTheme' | 'negative';

/** What a matched phrase means for one theme. */
export interface KeywordEffect {
	theme: ThemeId;
	strength: KeywordStrength;
	/** `<theme>/<sub>` ids the phrase names. */
	subThemes: string[];
}

interface TrieNode {
	next: Map<number, TrieNode>;
	effects?: KeywordEffect[];
	term?: string;
}

/** One phrase found in a text. */
export interface KeywordHit {
	term: string;
	/** Offset of the first character in the scanned text. */
	start: number;
	effects: KeywordEffect[];
}

/** A keyword matcher built once per configuration: a character trie scanned leftmost-longest. */
export interface ThemeMatcher {
	/** Non-overlapping phrases of `text`, leftmost-longest, in order. */
	scan(text: string): KeywordHit[];
}

const RANK: Record<KeywordStrength, number> = {
	negative: 5,
	subTheme: 4,
	strong: 3,
	medium: 2,
	weak: 1,
};

function addEffect(effects: KeywordEffect[], effect: KeywordEffect): void {
	const same = effects.find((e) => e.theme === effect.theme);
	if (!same) {
		effects.push({ ...effect, subThemes: [...effect.subThemes] });
		return;
	}
	// One phrase listed twice in a theme counts once, at its strongest listing.
	if (RANK[effect.strength] > RANK[same.strength]) same.strength = effect.strength;
	for (const sub of effect.subThemes) if (!same.subThemes.includes(sub)) same.subThemes.push(sub);
}

/** Builds the matcher for every keyword, sub-theme keyword and negative phrase of `config`. */
export function compileThemeMatcher(config: ThemeConfig): ThemeMatcher {
	const root: TrieNode = { next: new Map() };
	const insert = (term: string, effect: KeywordEffect): void => {
		let node = root;
		for (let i = 0; i < term.length; i++) {
			const code = term.charCodeAt(i);
			let child = node.next.get(code);
			if (!child) node.next.set(code, (child = { next: new Map() }));
			node = child;
		}
		node.term = term;
		node.effects ??= [];
		addEffect(node.effects, effect);
	};
	for (const theme of config.themes) {
		for (const strength of ['strong', 'medium', 'weak'] as const) {
			for (const term of theme.keywords[strength])
				insert(term, { theme: theme.id, strength, subThemes: [] });
		}
		for (const sub of theme.subThemes) {
			for (const term of sub.keywords)
				insert(term, {
					theme: theme.id,
					strength: 'subTheme',
					subThemes: [`${theme.id}/${sub.id}`],
				});
		}
		for (const term of theme.negative)
			insert(term, { theme: theme.id, strength: 'negative', subThemes: [] });
	}
	// 1 for every UTF-16 code that starts a phrase: most characters start none and are passed at once.
	const starts = new Uint8Array(0x10000);
	for (const code of root.next.keys()) starts[code] = 1;
	return {
		scan(text) {
			const hits: KeywordHit[] = [];
			let i = 0;
			while (i < text.length) {
				if (starts[text.charCodeAt(i)] === 0) {
					i++;
					continue;
				}
				let node: TrieNode | undefined = root;
				let end = -1;
				let found: TrieNode | undefined;
				for (let j = i; j < text.length; j++) {
					node = node.next.get(text.charCodeAt(j));
					if (!node) break;
					if (node.effects) {
						end = j;
						found = node;
					}
				}
				if (found?.effects && found.term !== undefined) {
					hits.push({ term: found.term, start: i, effects: found.effects });
					i = end + 1;
				} else i++;
			}
			return hits;
		},
	};
}
