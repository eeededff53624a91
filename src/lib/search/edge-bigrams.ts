import type { Segmenter } from '../nlp/jieba/segmenter.ts';
import { charGrams } from './char-grams.ts';
import { normalizeText } from './tokenize.ts';

/**
 * The character pairs of a query text that may match a document alone: every pair of adjacent
 * characters (as `charGrams` makes them, nothing across punctuation) except a pair lying inside
 * one of jieba's words without touching its first or last character. A word's inner pair is
 * another word more often than a piece of it (野生动物 → 生动, 深化改革 → 化改), so a document
 * holding only that pair shares nothing with the query; the word's edge pairs (野生, 动物) and
 * the pairs straddling two words of copied text (野生|动 → 生动) still count.
 */
export function edgeBigrams(text: string, segmenter: Segmenter): string[] {
	const s = normalizeText(text);
	const inner = new Set<number>();
	let at = 0;
	for (const word of segmenter.cut(s)) {
		const start = s.indexOf(word, at);
		if (start === -1) continue;
		for (let i = start + 1; i + 2 < start + word.length; i++) inner.add(i);
		at = start + word.length;
	}
	const out: string[] = [];
	for (let i = 0; i + 1 < s.length; i++) {
		const pair = s.slice(i, i + 2);
		// Only Chinese pairs: an ASCII run is one token of its own, never a pair of it.
		if (inner.has(i) || /[a-z0-9]/u.test(pair) || out.includes(pair)) continue;
		if (charGrams(pair)[0] === pair) out.push(pair);
	}
	return out;
}
