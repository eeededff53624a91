import type { Segmenter } from '../nlp/segmenter.ts';

/** A segmenter that may also cut in search mode (dictionary sub-words emitted next to the whole word). */
export interface SearchSegmenter extends Segmenter {
	cutForSearch?(text: string): string[];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Normalises one string for matching: NFKC per character (full-width digits and letters become
 * ASCII) and lower case, keeping the length so offsets still point into the original text.
 */
export function normalizeText(text: string): string {
	let out = '';
	for (const ch of text) {
		const n = ch.normalize('NFKC').toLowerCase();
		out += n.length === ch.length ? n : ch;
	}
	return out;
}

/** The text with every whitespace run removed and normalised, as phrases are matched against. */
export function plainText(text: string): string {
	return normalizeText(text).replace(/\s+/g, '');
}

/**
 * The tokens the embedded engine indexes and searches: the segmenter's search-mode cut (whole
 * words plus their dictionary sub-words), normalised, without punctuation and stop words. Index
 * and query both go through this function, so they always agree.
 */
export function tokenize(text: string, segmenter: SearchSegmenter, stopWords?: ReadonlySet<string>): string[] {
	const normalized = normalizeText(text);
	const raw = segmenter.cutForSearch ? segmenter.cutForSearch(normalized) : segmenter.cut(normalized);
	const tokens: string[] = [];
	for (const token of raw) {
		const t = token.trim();
		if (t === '' || !WORD_CHAR.test(t) || stopWords?.has(t)) continue;
		tokens.push(t);
	}
	return tokens;
}

/** Whole words of `text` (plain cut, not search mode), normalised and without punctuation. */
export function cutWords(text: string, segmenter: SearchSegmenter): string[] {
	return segmenter
		.cut(normalizeText(text))
		.map((t) => t.trim())
		.filter((t) => t !== '' && WORD_CHAR.test(t));
}
