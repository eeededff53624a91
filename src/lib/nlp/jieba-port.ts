import type { TrieEntry } from './jieba-dictionary.ts';
import { MAX_WORD_RUNES } from './jieba-dictionary-compile.ts';
import { hmmCut, MIN_DOUBLE, type HmmView, type RuneRange } from './jieba-hmm.ts';

/** What cppjieba's algorithms read for one text: the trie entries of its substrings and the HMM tables of its characters. */
export interface JiebaView extends HmmView {
	/** Trie entries by key; every node whose key is a substring of the text must be present. */
	entries: ReadonlyMap<string, TrieEntry>;
	/** Weight of a character that is no word. */
	minWeight: number;
}

/** cppjieba's SPECIAL_SEPARATORS: PreFilter cuts the text at these before segmenting. */
const SEPARATORS = new Set([' ', '\t', '\n', '，', '。']);

/** PreFilter: runs between separators, each separator a run of its own, as [begin, end). */
function preFilter(runes: readonly string[]): [number, number][] {
	const ranges: [number, number][] = [];
	let begin = 0;
	for (let i = 0; i < runes.length; i++) {
		if (!SEPARATORS.has(runes[i]!)) continue;
		if (begin < i) ranges.push([begin, i]);
		ranges.push([i, i + 1]);
		begin = i + 1;
	}
	if (begin < runes.length) ranges.push([begin, runes.length]);
	return ranges;
}

/** MPSegment over [begin, end): the maximum-weight path through the DAG of dictionary words. */
function mpCut(runes: readonly string[], begin: number, end: number, view: JiebaView): RuneRange[] {
	const n = end - begin;
	const best = new Float64Array(n);
	const bestEnd = new Int32Array(n);
	for (let i = n - 1; i >= 0; i--) {
		// Trie::Find: the rune itself (its entry may be no word), then each longer word from i.
		const nexts: [number, number | null][] = [];
		let key = runes[begin + i]!;
		let entry = view.entries.get(key);
		nexts.push([i, entry?.word ? entry.weight : null]);
		for (let j = i + 1; j < n && j - i + 1 <= MAX_WORD_RUNES; j++) {
			if (!entry?.prefix) break;
			key += runes[begin + j]!;
			entry = view.entries.get(key);
			if (!entry) break;
			if (entry.word) nexts.push([j, entry.weight]);
		}
		// CalcDP: strictly greater wins, so the first (shortest) of equal paths is kept.
		let weight = MIN_DOUBLE;
		let chosen = -1;
		for (const [nextPos, w] of nexts) {
			let val = 0.0;
			if (nextPos + 1 < n) val += best[nextPos + 1]!;
			val += w ?? view.minWeight;
			if (val > weight) {
				weight = val;
				chosen = nextPos;
			}
		}
		best[i] = weight;
		bestEnd[i] = chosen;
	}
	const words: RuneRange[] = [];
	for (let i = 0; i < n;) {
		const right = bestEnd[i]! >= i ? bestEnd[i]! : i;
		words.push([begin + i, begin + right]);
		i = right + 1;
	}
	return words;
}

/** MixSegment over [begin, end): MPSegment, then the HMM over each run of single characters that are not user words. */
function mixCut(
	runes: readonly string[],
	codes: readonly number[],
	begin: number,
	end: number,
	view: JiebaView,
	out: RuneRange[],
): void {
	const words = mpCut(runes, begin, end, view);
	const isLoneChar = (w: RuneRange) => w[0] === w[1] && !view.entries.get(runes[w[0]]!)?.single;
	for (let i = 0; i < words.length; i++) {
		if (!isLoneChar(words[i]!)) {
			out.push(words[i]!);
			continue;
		}
		let j = i;
		while (j < words.length && isLoneChar(words[j]!)) j++;
		hmmCut(runes, codes, words[i]![0], words[j - 1]![0] + 1, view, out);
		i = j - 1;
	}
}

/** Jieba::Cut with HMM (MixSegment): word ranges over the runes. */
export function portCut(
	runes: readonly string[],
	codes: readonly number[],
	view: JiebaView,
): RuneRange[] {
	const out: RuneRange[] = [];
	for (const [begin, end] of preFilter(runes)) mixCut(runes, codes, begin, end, view, out);
	return out;
}

/**
 * Jieba::CutForSearch with HMM (QuerySegment): each word of the mixed cut, preceded by its
 * two-rune dictionary words when it is longer than two runes and its three-rune ones when longer than three.
 */
export function portCutForSearch(
	runes: readonly string[],
	codes: readonly number[],
	view: JiebaView,
): RuneRange[] {
	const out: RuneRange[] = [];
	const isWord = (left: number, right: number) =>
		view.entries.get(runes.slice(left, right + 1).join(''))?.word === true;
	for (const [left, right] of portCut(runes, codes, view)) {
		const length = right - left + 1;
		if (length > 2)
			for (let i = 0; i + 1 < length; i++)
				if (isWord(left + i, left + i + 1)) out.push([left + i, left + i + 1]);
		if (length > 3)
			for (let i = 0; i + 2 < length; i++)
				if (isWord(left + i, left + i + 2)) out.push([left + i, left + i + 2]);
		out.push([left, right]);
	}
	return out;
}
