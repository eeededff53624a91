import type { JiebaDictionary, TrieEntry } from './jieba-dictionary.ts';
import { MAX_WORD_RUNES } from './jieba-dictionary-compile.ts';
import { portCut, portCutForSearch, type JiebaView } from './jieba-port.ts';
import type { RuneRange } from './jieba-hmm.ts';
import { finishJiebaWords } from './jieba-words.ts';
import type { Segmenter } from './segmenter.ts';

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
	const cutWith = (text: string, cut: typeof portCut): string[] => {
		// nodejieba receives text as UTF-8, where a lone surrogate becomes U+FFFD.
		const runes = Array.from(text.toWellFormed());
		if (runes.length === 0) return [];
		const codes = runes.map((r) => r.codePointAt(0)!);
		const ranges: RuneRange[] = cut(runes, codes, viewOf(runes, dict));
		return finishJiebaWords(ranges.map(([l, r]) => runes.slice(l, r + 1).join('')));
	};
	return {
		cut: (text) => cutWith(text, portCut),
		cutForSearch: (text) => cutWith(text, portCutForSearch),
	};
}
