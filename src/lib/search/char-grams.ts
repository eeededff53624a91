import { normalizeText } from './tokenize.ts';

/** Whether a UTF-16 unit is a CJK ideograph of the basic block or extension A (no surrogates). */
function isHan(c: number): boolean {
	return (
		(c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)
	);
}

/** Whether a UTF-16 unit is an ASCII digit or lower-case letter (text is normalised first). */
function isAlnum(c: number): boolean {
	return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a);
}

/**
 * The character tokens the embedded engine indexes beside jieba's words: every run of Chinese
 * characters as its overlapping bigrams (a run of one character as itself), every run of ASCII
 * letters and digits as one token. Runs end at anything else (punctuation, spaces), and no bigram
 * crosses a run's end, so "不忘初心、牢记使命" and "不忘初心 牢记使命" give the same tokens. Any
 * run of two or more characters copied from a text is then a sequence of consecutive tokens of
 * it, whatever jieba makes of it.
 */
export function charGrams(text: string): string[] {
	const s = normalizeText(text);
	const out: string[] = [];
	let i = 0;
	while (i < s.length) {
		const c = s.charCodeAt(i);
		if (isHan(c)) {
			let end = i + 1;
			while (end < s.length && isHan(s.charCodeAt(end))) end++;
			if (end - i === 1) out.push(s[i]!);
			else for (let k = i; k + 1 < end; k++) out.push(s.slice(k, k + 2));
			i = end;
		} else if (isAlnum(c)) {
			let end = i + 1;
			while (end < s.length && isAlnum(s.charCodeAt(end))) end++;
			out.push(s.slice(i, end));
			i = end;
		} else i++;
	}
	return out;
}

/**
 * The text's character tokens as one FTS5 phrase (consecutive tokens), or null when it has none.
 * A single Chinese character becomes a prefix query: it matches every bigram it starts.
 */
export function gramPhrase(text: string): string | null {
	const grams = charGrams(text);
	if (grams.length === 0) return null;
	if (grams.length === 1 && grams[0]!.length === 1 && isHan(grams[0]!.charCodeAt(0)))
		return `"${grams[0]}"*`;
	return `"${grams.join(' ')}"`;
}

/** Everything `isHan` and `isAlnum` reject (the text is normalised first). */
const NOT_BARE = /[^\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff0-9a-z]+/gu;

/**
 * The text with everything but Chinese characters, ASCII letters and digits removed, normalised:
 * what exact phrase matching compares, so punctuation and spaces between parts never count.
 */
export function bareText(text: string): string {
	// One replace builds the result at once, where joining the runs between punctuation marks left
	// a chain of pieces to flatten (a rescored text has hundreds), in a third of the time.
	return normalizeText(text).replace(NOT_BARE, '');
}
