import { normalizeForDedupe } from './dedupe.ts';

/**
 * Basic-plane ranges (Latin, general punctuation, CJK symbols and ideographs, full-width forms)
 * read without normalising: no character of them composes with a neighbour that is no mark.
 */
const STABLE_RANGES: ReadonlyArray<readonly [number, number]> = [
	[0x0000, 0x024f],
	[0x2000, 0x206f],
	[0x2e80, 0x9fff],
	[0xff00, 0xffef],
];
const MARK = /\p{M}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// Built on first use: 1 for a character of those ranges that NFKC maps to no mark and to itself or
// to no letter or figure (`，` to `,`, the ideographic space to a space): a text of them
// alone keeps the same letters and figures whether normalised or not.
let stable: Uint8Array | undefined;

function stableTable(): Uint8Array {
	const table = new Uint8Array(0x10000);
	for (const [from, to] of STABLE_RANGES)
		for (let code = from; code <= to; code++) {
			const c = String.fromCharCode(code);
			const folded = c.normalize('NFKC');
			if (!MARK.test(folded) && (folded === c || !LETTER_OR_DIGIT.test(folded))) table[code] = 1;
		}
	return table;
}

/**
 * A line as letters and figures alone, compatibility forms folded (`Ｇ２０：` → `G20`): what finds
 * one printing of a text in another. `text.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '')`,
 * normalising only a text with a character outside that table.
 */
export function compactKey(text: string): string {
	const table = (stable ??= stableTable());
	for (let i = 0; i < text.length; i++)
		if (table[text.charCodeAt(i)] !== 1) return normalizeForDedupe(text.normalize('NFKC'));
	return normalizeForDedupe(text);
}
