import type { CodeTrie } from './code-trie.ts';
import { MAX_WORD_RUNES } from './dictionary-compile.ts';
import { hmmCut, MIN_DOUBLE, type HmmView, type RangeCut, type RuneRanges } from './hmm.ts';
import { NODE_PREFIX, NODE_SINGLE, NODE_WORD } from './trie-build.ts';

/** What cppjieba's algorithms read: the trie (every word a text can reach, with its prefixes) and the HMM tables. */
export interface JiebaView extends HmmView {
	trie: CodeTrie;
	/** Weight of a character that is no word. */
	minWeight: number;
}

/** cppjieba's SPECIAL_SEPARATORS (space, tab, newline, '，', '。'): PreFilter cuts the text at these. */
function isSeparator(c: number): boolean {
	return c === 0x20 || c === 0x09 || c === 0x0a || c === 0xff0c || c === 0x3002;
}

// DP scratch, grown as needed: a cut allocates only its output.
let scratchWeight = new Float64Array(256);
let scratchEnd = new Int32Array(256);

/** MPSegment over codes[begin, end): the maximum-weight path through the DAG of dictionary words. */
const mpCut: RangeCut<JiebaView> = (codes, begin, end, view, out) => {
	const n = end - begin;
	if (n > scratchWeight.length) {
		scratchWeight = new Float64Array(2 * n);
		scratchEnd = new Int32Array(2 * n);
	}
	const { trie, minWeight } = view;
	const { flags, weights } = trie;
	// The best path's weight from each position, and where its first word ends.
	const pathWeight = scratchWeight;
	const pathEnd = scratchEnd;
	for (let i = n - 1; i >= 0; i--) {
		// Trie::Find: the rune itself (its node may be no word), then each longer word from i;
		// CalcDP: strictly greater wins, so the first (shortest) of equal paths is kept.
		const rest = i + 1 < n ? pathWeight[i + 1]! : 0;
		let node = trie.next(0, codes[begin + i]!);
		let val = rest + (node !== -1 && flags[node]! & NODE_WORD ? weights[node]! : minWeight);
		let weight = MIN_DOUBLE;
		let chosen = -1;
		if (val > weight) {
			weight = val;
			chosen = i;
		}
		for (let j = i + 1; j < n && j - i + 1 <= MAX_WORD_RUNES; j++) {
			if (node === -1 || !(flags[node]! & NODE_PREFIX)) break;
			node = trie.next(node, codes[begin + j]!);
			if (node === -1) break;
			if (!(flags[node]! & NODE_WORD)) continue;
			val = (j + 1 < n ? pathWeight[j + 1]! : 0) + weights[node]!;
			if (val > weight) {
				weight = val;
				chosen = j;
			}
		}
		pathWeight[i] = weight;
		pathEnd[i] = chosen;
	}
	for (let i = 0; i < n;) {
		const right = pathEnd[i]! >= i ? pathEnd[i]! : i;
		out.push(begin + i, begin + right);
		i = right + 1;
	}
};

/** MixSegment over codes[begin, end): MPSegment, then the HMM over each run of single characters that are not user words. */
const mixCut: RangeCut<JiebaView> = (codes, begin, end, view, out) => {
	const words: RuneRanges = [];
	mpCut(codes, begin, end, view, words);
	const { trie } = view;
	const isLoneChar = (k: number) => {
		if (words[k] !== words[k + 1]) return false;
		const node = trie.next(0, codes[words[k]!]!);
		return node === -1 || !(trie.flags[node]! & NODE_SINGLE);
	};
	for (let k = 0; k < words.length; k += 2) {
		if (!isLoneChar(k)) {
			out.push(words[k]!, words[k + 1]!);
			continue;
		}
		let j = k;
		while (j < words.length && isLoneChar(j)) j += 2;
		hmmCut(codes, words[k]!, words[j - 2]! + 1, view, out);
		k = j - 2;
	}
};

/** Jieba::Cut with HMM (MixSegment): word ranges over the code points. */
export function portCut(codes: Int32Array, view: JiebaView): RuneRanges {
	const out: RuneRanges = [];
	let begin = 0;
	for (let i = 0; i < codes.length; i++) {
		if (!isSeparator(codes[i]!)) continue;
		if (begin < i) mixCut(codes, begin, i, view, out);
		out.push(i, i);
		begin = i + 1;
	}
	if (begin < codes.length) mixCut(codes, begin, codes.length, view, out);
	return out;
}

/**
 * Jieba::CutForSearch with HMM (QuerySegment): each word of the mixed cut, preceded by its
 * two-rune dictionary words when it is longer than two runes and its three-rune ones when longer than three.
 */
export function portCutForSearch(codes: Int32Array, view: JiebaView): RuneRanges {
	const { trie } = view;
	const isWord = (left: number, right: number) => {
		let node = 0;
		for (let i = left; i <= right && node !== -1; i++) node = trie.next(node, codes[i]!);
		return node !== -1 && (trie.flags[node]! & NODE_WORD) !== 0;
	};
	const cut = portCut(codes, view);
	const out: RuneRanges = [];
	for (let k = 0; k < cut.length; k += 2) {
		const left = cut[k]!;
		const right = cut[k + 1]!;
		const length = right - left + 1;
		if (length > 2)
			for (let i = 0; i + 1 < length; i++)
				if (isWord(left + i, left + i + 1)) out.push(left + i, left + i + 1);
		if (length > 3)
			for (let i = 0; i + 2 < length; i++)
				if (isWord(left + i, left + i + 2)) out.push(left + i, left + i + 2);
		out.push(left, right);
	}
	return out;
}
