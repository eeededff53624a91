import type { Segmenter } from '../nlp/jieba/segmenter.ts';

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** What a capital, a full-width ASCII character or the ideographic space becomes. */
function normalizedUnit(c: number): number {
	if (c === 0x3000) return 0x20;
	// Full-width ASCII folds to ASCII, and a full-width capital on to lower case.
	const ascii = c >= 0xff01 ? c - 0xfee0 : c;
	return ascii >= 0x41 && ascii <= 0x5a ? ascii + 32 : ascii;
}

/** Only capitals, full-width ASCII and the ideographic space change. */
const CHANGING = /[A-Z\u3000\uff01-\uff5e]/gu;

const normalizedCharacter = (c: string) => String.fromCharCode(normalizedUnit(c.charCodeAt(0)));

/**
 * Normalises one string for matching: full-width ASCII (digits, letters, punctuation) and the
 * ideographic space become ASCII, letters lower case. Every character maps to exactly one, so
 * offsets in the result point into the original text. One replace builds the result at once:
 * Chinese text is full of full-width punctuation (，：（）), and joining the runs between them left a
 * chain of pieces to flatten, for the headline and lead of every candidate a search rescores.
 */
export function normalizeText(text: string): string {
	return text.replace(CHANGING, normalizedCharacter);
}

/** Whole words of `text` (plain cut, not search mode), normalised and without punctuation. */
export function cutWords(text: string, segmenter: Segmenter): string[] {
	return segmenter
		.cut(normalizeText(text))
		.map((t) => t.trim())
		.filter((t) => t !== '' && WORD_CHAR.test(t));
}
