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
// The same sets by UTF-16 code, for the character loop.
const codes = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
const OPEN_CODES = codes(OPEN);
const CLOSE_CODES = codes(CLOSE);
const TERMINATOR_CODES = codes(TERMINATORS);
const QUOTE_CLOSE_CODES = codes(QUOTE_CLOSE);
const LIST_AFTER_CODES = codes(LIST_AFTER);
const ASCII_QUOTE = 0x22;

// Enumeration markers that open a new clause: 二是, （二）, (2), 2、 — 一是 only after a colon.
const ENUM_AFTER =
	/^(?:[二三四五六七八九十]是|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．](?!\d))/;
const LEADING_MARKER =
	/^(?:[一二三四五六七八九十]+是[，,：:]?|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．](?!\d)|[一二三四五六七八九十]+、|其[一二三四五六七八九十][，,、])\s*/;
const TRAILING = /[\s，,；;。：:、]+$/;

function clean(clause: string): string {
	return clause.trim().replace(LEADING_MARKER, '').replace(TRAILING, '').trim();
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
		if (OPEN_CODES.has(code)) {
			depth++;
			continue;
		}
		if (CLOSE_CODES.has(code)) {
			if (depth > 0) depth--;
			if (
				depth === 0 &&
				!asciiQuote &&
				QUOTE_CLOSE_CODES.has(code) &&
				SENTENCE_END.includes(paragraph.slice(0, i).trimEnd().at(-1) ?? '')
			)
				cut(i + 1);
			continue;
		}
		if (depth > 0 || asciiQuote) continue;
		if (TERMINATOR_CODES.has(code)) {
			cut(i + 1);
			continue;
		}
		if (LIST_AFTER_CODES.has(prev) && i > start) {
			const rest = paragraph.slice(i, i + 6);
			// 一是 opens a list after a colon; later items (二是 …) after a comma as well.
			const afterColon = prev === 0xff1a || prev === 0x3a;
			if (ENUM_AFTER.test(rest) || (afterColon && rest.startsWith('一是'))) cut(i);
		}
	}
	cut(paragraph.length);
	return out;
}
