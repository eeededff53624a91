/**
 * Splits a paragraph into sentences and enumerated clauses, the units a measure is made of.
 *
 * Rules of the genre:
 * - a clause ends at 。！？!?；; (full or half width) outside quotation marks and brackets;
 * - nothing inside “”「」『』《》()（）【】〔〕[] is ever cut, except that a closing quotation mark
 *   right after 。！？ ends the sentence (`……我们讨论一下。”2023年4月` splits after ”);
 * - enumerations split before `二是`, `三是` … and `（二）`, `2.` when they follow a comma, colon
 *   or semicolon; the leading marker (一是, （一）, 1.) is dropped from the clause;
 * - text is kept as printed: clauses are trimmed substrings, trailing ，,；; and 。 are dropped.
 */

const OPEN = '“「『《(（【〔[‘';
const CLOSE = '”」』》)）】〕]’';
const TERMINATORS = '。！？!?；;';
const SENTENCE_END = '。！？!?…';
const QUOTE_CLOSE = '”」』’';
const LIST_AFTER = '，,：:';
// The same sets as bits of one table by UTF-16 code, for the character loop: a typed array read
// costs a fraction of the `Set` look-ups it replaces (four a character).
const OPEN_BIT = 1;
const CLOSE_BIT = 2;
const TERMINATOR_BIT = 4;
const QUOTE_CLOSE_BIT = 8;
const LIST_AFTER_BIT = 16;
/** What `TRAILING` drops from a clause's end (white space as `\s` reads it, and these marks). */
const TRAILING_BIT = 32;
const ASCII_QUOTE = 0x22;

// Enumeration markers that open a new clause: 二是, （二）, (2), 2、 — 一是 only after a colon.
const ENUM_AFTER =
	/^(?:[二三四五六七八九十]是|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．](?!\d))/;
const LEADING_MARKER =
	/^(?:[一二三四五六七八九十]+是[，,：:]?|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．](?!\d)|[一二三四五六七八九十]+、|其[一二三四五六七八九十][，,、])\s*/;
const TRAILING = /[\s，,；;。：:、]/;

const CLASSES = new Uint8Array(0x10000);
for (const [chars, bit] of [
	[OPEN, OPEN_BIT],
	[CLOSE, CLOSE_BIT],
	[TERMINATORS, TERMINATOR_BIT],
	[QUOTE_CLOSE, QUOTE_CLOSE_BIT],
	[LIST_AFTER, LIST_AFTER_BIT],
] as const)
	for (let i = 0; i < chars.length; i++) CLASSES[chars.charCodeAt(i)]! |= bit;
// Every unit `TRAILING` matches: what `.replace(/[\s，,；;。：:、]+$/, '')` takes off the end.
for (let code = 0; code < 0x10000; code++)
	if (TRAILING.test(String.fromCharCode(code))) CLASSES[code]! |= TRAILING_BIT;

/** `text` less its trailing run of `TRAILING` characters. */
function dropTrailing(text: string): string {
	let end = text.length;
	while (end > 0 && (CLASSES[text.charCodeAt(end - 1)]! & TRAILING_BIT) !== 0) end--;
	return end === text.length ? text : text.slice(0, end);
}

function clean(clause: string): string {
	return dropTrailing(clause.trim().replace(LEADING_MARKER, '')).trim();
}

/** Sentences and clauses of `paragraph`, in order, as trimmed substrings without leading enumerators. */
export function splitClauses(paragraph: string): string[] {
	const out: string[] = [];
	let depth = 0;
	let asciiQuote = false;
	let start = 0;
	const cut = (end: number): void => {
		const clause = clean(paragraph.slice(start, end));
		if (clause) out.push(clause);
		start = end;
	};
	let prev = -1;
	for (let i = 0; i < paragraph.length; prev = paragraph.charCodeAt(i), i++) {
		const code = paragraph.charCodeAt(i);
		if (code === ASCII_QUOTE) {
			asciiQuote = !asciiQuote;
			continue;
		}
		const bits = CLASSES[code]!;
		if ((bits & OPEN_BIT) !== 0) {
			depth++;
			continue;
		}
		if ((bits & CLOSE_BIT) !== 0) {
			if (depth > 0) depth--;
			if (
				depth === 0 &&
				!asciiQuote &&
				(bits & QUOTE_CLOSE_BIT) !== 0 &&
				SENTENCE_END.includes(paragraph.slice(0, i).trimEnd().at(-1) ?? '')
			)
				cut(i + 1);
			continue;
		}
		if (depth > 0 || asciiQuote) continue;
		if ((bits & TERMINATOR_BIT) !== 0) {
			cut(i + 1);
			continue;
		}
		if (prev >= 0 && (CLASSES[prev]! & LIST_AFTER_BIT) !== 0 && i > start) {
			const rest = paragraph.slice(i, i + 6);
			// 一是 opens a list after a colon; later items (二是 …) after a comma as well.
			const afterColon = prev === 0xff1a || prev === 0x3a;
			if (ENUM_AFTER.test(rest) || (afterColon && rest.startsWith('一是'))) cut(i);
		}
	}
	cut(paragraph.length);
	return out;
}
