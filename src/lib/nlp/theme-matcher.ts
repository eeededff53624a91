import type { ThemeId } from '../schema/taxonomy.ts';
import type { ThemeConfig } from '../schema/themes-yaml.ts';
import { createIntTable, findSlot, slotOf } from './int-table.ts';

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
	return flatMatcher(root);
}

/**
 * The trie laid out in typed arrays and scanned leftmost-longest: the root's children in a table
 * indexed by UTF-16 unit (most characters start no phrase and are passed at one read), every
 * other edge in one open-addressing table keyed by parent node and unit. Far cheaper per
 * character than a `Map` per node.
 */
function flatMatcher(root: TrieNode): ThemeMatcher {
	const nodes: TrieNode[] = [root];
	const numbers = new Map<TrieNode, number>([[root, 0]]);
	for (let n = 0; n < nodes.length; n++)
		for (const child of nodes[n]!.next.values()) {
			numbers.set(child, nodes.length);
			nodes.push(child);
		}
	// Edge keys `parent * 0x10000 + unit` stay int32 for up to 32,767 nodes (themes.yaml makes ~2,500).
	if (nodes.length >= 0x8000)
		throw new TypeError(`the theme keywords make ${nodes.length} trie nodes; at most 32,767 fit`);
	const rootChild = new Int32Array(0x10000).fill(-1);
	const edges = createIntTable(nodes.length);
	const edgeChild = new Int32Array(edges.keys.length);
	for (const [n, node] of nodes.entries())
		for (const [code, child] of node.next) {
			const number = numbers.get(child)!;
			if (n === 0) rootChild[code] = number;
			else edgeChild[slotOf(edges, n * 0x10000 + code)] = number;
		}
	const effects = nodes.map((node) => node.effects);
	const terms = nodes.map((node) => node.term);
	return {
		scan(text) {
			const hits: KeywordHit[] = [];
			let i = 0;
			while (i < text.length) {
				let node = rootChild[text.charCodeAt(i)] ?? -1;
				if (node < 0) {
					i++;
					continue;
				}
				let end = -1;
				let found = -1;
				for (let j = i; ;) {
					if (effects[node] !== undefined) {
						end = j;
						found = node;
					}
					if (++j >= text.length) break;
					const slot = findSlot(edges, node * 0x10000 + text.charCodeAt(j));
					if (slot < 0) break;
					node = edgeChild[slot] ?? -1;
				}
				const foundEffects = found < 0 ? undefined : effects[found];
				const term = found < 0 ? undefined : terms[found];
				if (foundEffects !== undefined && term !== undefined) {
					hits.push({ term, start: i, effects: foundEffects });
					i = end + 1;
				} else i++;
			}
			return hits;
		},
	};
}
