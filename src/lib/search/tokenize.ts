import type { Segmenter } from '../nlp/jieba/segmenter.ts';

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Normalises one string for matching: full-width ASCII (digits, letters, punctuation) and the
 * ideographic space become ASCII, letters lower case. Every character maps to exactly one, so
 * offsets in the result point into the original text.
 */
export function normalizeText(text: string): string {
	const folded = /[\uFF01-\uFF5E\u3000]/u.test(text)
		? text.replace(/[\uFF01-\uFF5E\u3000]/gu, (ch) =>
				ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
			)
		: text;
	return /[A-Z]/u.test(folded) ? folded.replace(/[A-Z]+/gu, (s) => s.toLowerCase()) : folded;
}

/** Whole words of `text` (plain cut, not search mode), normalised and without punctuation. */
export function cutWords(text: string, segmenter: Segmenter): string[] {
	return segmenter
		.cut(normalizeText(text))
		.map((t) => t.trim())
		.filter((t) => t !== '' && WORD_CHAR.test(t));
}
