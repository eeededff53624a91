import type { Segmenter } from '../nlp/jieba/segmenter.ts';

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** What a capital, a full-width ASCII character or the ideographic space becomes. */
function normalizedUnit(c: number): number {
	if (c === 0x3000) return 0x20;
	// Full-width ASCII folds to ASCII, and a full-width capital on to lower case.
	const ascii = c >= 0xff01 ? c - 0xfee0 : c;
	return ascii >= 0x41 && ascii <= 0x5a ? ascii + 32 : ascii;
}

/**
 * Normalises one string for matching: full-width ASCII (digits, letters, punctuation) and the
 * ideographic space become ASCII, letters lower case. Every character maps to exactly one, so
 * offsets in the result point into the original text. One pass over the text, copying runs that
 * stay as they are: Chinese text is full of full-width punctuation (，：（）), and a search
 * normalises the headline and lead of every candidate it rescores.
 */
export function normalizeText(text: string): string {
	let out = '';
	let from = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		// Only capitals, full-width ASCII and the ideographic space change.
		if (!((c >= 0x41 && c <= 0x5a) || c === 0x3000 || (c >= 0xff01 && c <= 0xff5e))) continue;
		out += text.slice(from, i) + String.fromCharCode(normalizedUnit(c));
		from = i + 1;
	}
	return from === 0 ? text : out + text.slice(from);
}

/** Whole words of `text` (plain cut, not search mode), normalised and without punctuation. */
export function cutWords(text: string, segmenter: Segmenter): string[] {
	return segmenter
		.cut(normalizeText(text))
		.map((t) => t.trim())
		.filter((t) => t !== '' && WORD_CHAR.test(t));
}
