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
	for (let i = 0; i < paragraph.length; i++) {
		const ch = paragraph[i] as string;
		if (ch === '"') {
			asciiQuote = !asciiQuote;
			continue;
		}
		if (OPEN.includes(ch)) {
			depth++;
			continue;
		}
		if (CLOSE.includes(ch)) {
			if (depth > 0) depth--;
			if (
				depth === 0 &&
				!asciiQuote &&
				'”」』’'.includes(ch) &&
				SENTENCE_END.includes(paragraph.slice(0, i).trimEnd().at(-1) ?? '')
			)
				cut(i + 1);
			continue;
		}
		if (depth > 0 || asciiQuote) continue;
		if (TERMINATORS.includes(ch)) {
			cut(i + 1);
			continue;
		}
		const prev = paragraph[i - 1];
		if (prev !== undefined && '，,：:'.includes(prev) && i > start) {
			const rest = paragraph.slice(i, i + 6);
			// 一是 opens a list after a colon; later items (二是 …) after a comma as well.
			if (ENUM_AFTER.test(rest) || ('：:'.includes(prev) && rest.startsWith('一是'))) cut(i);
		}
	}
	cut(paragraph.length);
	return out;
}
