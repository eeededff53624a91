import type { JiebaDictionary, TrieEntry } from './jieba-dictionary.ts';
import { MAX_WORD_RUNES } from './jieba-dictionary-compile.ts';
import { portCut, portCutForSearch, type JiebaView } from './jieba-port.ts';
import type { RuneRange } from './jieba-hmm.ts';
import { finishJiebaWords } from './jieba-words.ts';
import type { Segmenter } from './segmenter.ts';

/** Texts up to this length have their cuts remembered. */
const MEMO_TEXT_CHARS = 32;
/** Remembered cuts before the memo starts over. */
const MEMO_ENTRIES = 2000;

/**
 * The trie entries a text can reach, fetched level by level: its characters, then the two-rune
 * substrings starting where a one-rune key has longer words, and so on. One query per level.
 */
function reachableEntries(runes: readonly string[], dict: JiebaDictionary): Map<string, TrieEntry> {
	const entries = dict.lookup([...new Set(runes)]);
	let starts = runes.flatMap((r, i) => (entries.get(r)?.prefix ? [i] : []));
	for (let length = 2; starts.length > 0 && length <= MAX_WORD_RUNES; length++) {
		const keys = new Map<number, string>();
		for (const i of starts)
			if (i + length <= runes.length) keys.set(i, runes.slice(i, i + length).join(''));
		for (const [k, v] of dict.lookup([...new Set(keys.values())])) entries.set(k, v);
		starts = [...keys].flatMap(([i, key]) => (entries.get(key)?.prefix ? [i] : []));
	}
	return entries;
}

function viewOf(runes: readonly string[], dict: JiebaDictionary): JiebaView {
	return {
		entries: reachableEntries(runes, dict),
		emissions: dict.emissions([...new Set(runes)]),
		minWeight: dict.minWeight,
		startProb: dict.startProb,
		transProb: dict.transProb,
	};
}

/**
 * A segmenter that cuts exactly as `createJiebaSegmenter()` (nodejieba with the same
 * dictionaries, HMM on, then whitespace dropped and numbers joined) but reads only the dictionary
 * entries each text needs from a compiled dictionary (`loadJiebaDictionary`), so it is ready in
 * milliseconds instead of nodejieba's second-long dictionary load.
 */
export function createDictionarySegmenter(dict: JiebaDictionary): Segmenter {
	// Short texts (queries and their parts) are cut several times while one query compiles.
	const memo = new Map<string, string[]>();
	const cutWith = (text: string, mode: 'cut' | 'search'): string[] => {
		const key = text.length <= MEMO_TEXT_CHARS ? `${mode}:${text}` : undefined;
		const known = key === undefined ? undefined : memo.get(key);
		if (known) return [...known];
		// nodejieba receives text as UTF-8, where a lone surrogate becomes U+FFFD.
		const runes = Array.from(text.toWellFormed());
		const codes = runes.map((r) => r.codePointAt(0)!);
		const view = viewOf(runes, dict);
		const ranges: RuneRange[] =
			mode === 'cut' ? portCut(runes, codes, view) : portCutForSearch(runes, codes, view);
		const words = finishJiebaWords(ranges.map(([l, r]) => runes.slice(l, r + 1).join('')));
		if (key !== undefined) {
			if (memo.size >= MEMO_ENTRIES) memo.clear();
			memo.set(key, words);
		}
		return [...words];
	};
	return {
		cut: (text) => cutWith(text, 'cut'),
		cutForSearch: (text) => cutWith(text, 'search'),
	};
}
