import type { ThemeId } from '../schema/taxonomy.ts';
import type { ThemeConfig } from '../schema/themes-yaml.ts';
import { buildCharTrie, childOf, nodeOf } from './char-trie.ts';

/** Strength of a keyword for one theme, as named in themes.yaml. */
export type KeywordStrength = 'strong' | 'medium' | 'weak' | 'subTheme' | 'negative';

/** What a matched phrase means for one theme. */
export interface KeywordEffect {
	theme: ThemeId;
	strength: KeywordStrength;
	/** `<theme>/<sub>` ids the phrase names. */
	subThemes: string[];
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
	const effectsOf = new Map<string, KeywordEffect[]>();
	const insert = (term: string, effect: KeywordEffect): void => {
		let effects = effectsOf.get(term);
		if (!effects) effectsOf.set(term, (effects = []));
		addEffect(effects, effect);
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
	const trie = buildCharTrie(effectsOf.keys());
	// The phrase that ends at each node of the trie.
	const phraseAt: ({ term: string; effects: KeywordEffect[] } | undefined)[] = [];
	for (const [term, effects] of effectsOf) phraseAt[nodeOf(trie, term)] = { term, effects };
	return {
		scan(text) {
			const hits: KeywordHit[] = [];
			let i = 0;
			while (i < text.length) {
				let node = trie.rootChild[text.charCodeAt(i)] ?? -1;
				if (node < 0) {
					i++;
					continue;
				}
				let end = -1;
				let found: { term: string; effects: KeywordEffect[] } | undefined;
				for (let j = i; ;) {
					const phrase = phraseAt[node];
					if (phrase !== undefined) {
						end = j;
						found = phrase;
					}
					if (++j >= text.length) break;
					node = childOf(trie, node, text.charCodeAt(j));
					if (node < 0) break;
				}
				if (found !== undefined) {
					hits.push({ term: found.term, start: i, effects: found.effects });
					i = end + 1;
				} else i++;
			}
			return hits;
		},
	};
}
