import { codeTrieFromEntries } from './code-trie.ts';
import type { JiebaDictionary, TrieEntry } from './dictionary.ts';
import { MAX_WORD_RUNES } from './dictionary-compile.ts';
import { MIN_DOUBLE, type RuneRanges } from './hmm.ts';
import { portCut, portCutForSearch, type JiebaView } from './port.ts';
import { finishJiebaWords } from './finish-words.ts';
import type { Segmenter } from './segmenter.ts';

/** Texts up to this length have their cuts remembered. */
const MEMO_TEXT_CHARS = 32;
/** Remembered cuts before the memo starts over. */
const MEMO_ENTRIES = 2000;

/** A text's code points, and where each starts in the string when some take two UTF-16 units. */
interface CodePoints {
	codes: Int32Array;
	/** UTF-16 offset of each code point, plus the text's length; absent when every code point is one unit. */
	offsets?: Int32Array;
}

function codePointsOf(text: string): CodePoints {
	const units = new Int32Array(text.length);
	let n = 0;
	let wide = false;
	for (let i = 0; i < text.length; i++, n++) {
		const code = text.codePointAt(i)!;
		units[n] = code;
		if (code > 0xffff) {
			wide = true;
			i++;
		}
	}
	if (!wide) return { codes: units };
	const offsets = new Int32Array(n + 1);
	for (let i = 0, k = 0; k < n; k++) {
		offsets[k] = i;
		i += units[k]! > 0xffff ? 2 : 1;
	}
	offsets[n] = text.length;
	return { codes: units.subarray(0, n), offsets };
}

/**
 * A segmenter over cppjieba's algorithms (`port.ts`) that cuts exactly as
 * `createJiebaSegmenter()` does (nodejieba with the same dictionaries, HMM on, then whitespace
 * dropped and numbers joined), reading the dictionary through `viewOf`.
 */
function portSegmenter(viewOf: (codes: Int32Array) => JiebaView, memoize: boolean): Segmenter {
	// Short texts (queries and their parts) are cut several times while one query compiles.
	const memo = new Map<string, string[]>();
	const cutWith = (input: string, mode: 'cut' | 'search'): string[] => {
		const key = memoize && input.length <= MEMO_TEXT_CHARS ? `${mode}:${input}` : undefined;
		const known = key === undefined ? undefined : memo.get(key);
		if (known) return [...known];
		// nodejieba receives text as UTF-8, where a lone surrogate becomes U+FFFD.
		const text = input.toWellFormed();
		const { codes, offsets } = codePointsOf(text);
		const view = viewOf(codes);
		const ranges: RuneRanges =
			mode === 'cut' ? portCut(codes, view) : portCutForSearch(codes, view);
		const raw = new Array<string>(ranges.length / 2);
		for (let k = 0; k < ranges.length; k += 2) {
			const left = ranges[k]!;
			const right = ranges[k + 1]! + 1;
			raw[k / 2] = offsets ? text.slice(offsets[left], offsets[right]) : text.slice(left, right);
		}
		const words = finishJiebaWords(raw);
		if (key === undefined) return words;
		if (memo.size >= MEMO_ENTRIES) memo.clear();
		memo.set(key, words);
		return [...words];
	};
	return {
		cut: (text) => cutWith(text, 'cut'),
		cutForSearch: (text) => cutWith(text, 'search'),
	};
}

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

/**
 * A segmenter that cuts exactly as `createJiebaSegmenter()` but reads only the dictionary entries
 * each text needs from a compiled dictionary (`loadJiebaDictionary`), so it is ready in
 * milliseconds instead of nodejieba's second-long dictionary load: for processes that cut queries.
 */
export function createDictionarySegmenter(dict: JiebaDictionary): Segmenter {
	return portSegmenter((codes) => {
		const runes = Array.from(codes, (c) => String.fromCodePoint(c));
		const emissions = dict.emissions([...new Set(runes)]);
		return {
			trie: codeTrieFromEntries(reachableEntries(runes, dict)),
			minWeight: dict.minWeight,
			startProb: dict.startProb,
			transProb: dict.transProb,
			emission: (code, state) => emissions.get(String.fromCodePoint(code))?.[state] ?? MIN_DOUBLE,
		};
	}, true);
}
