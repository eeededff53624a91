import { DATE } from './meta-dates.ts';
import { endsSentence, hanAtLeast } from './patterns.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

// A page copied from a PDF or an e-paper keeps the breaks of its printed lines: every paragraph is
// cut into rows of one width, whatever its sentences. The rows a wrap broke are found by that width.

const {
	minColumns: MIN_WRAP_COLUMNS,
	minWrappedRows: MIN_WRAPPED_ROWS,
	shortBy: SHORT_BY,
	longBy: LONG_BY,
	minRowHan: MIN_ROW_HAN,
} = readIngestLines().hardWrap;

/**
 * True for a row that may be running text: Han characters, no words spaced apart (a headline's or
 * a menu's spacing), nor words parted by a path's arrows (a location bar's `首页 > 新闻`).
 */
function isTextRow(row: string): boolean {
	return hanAtLeast(row, MIN_ROW_HAN) && !spacedOut(row);
}

/** True for a row of words spaced apart or parted by a path's arrows: a headline's, a menu's, an account's. */
function spacedOut(row: string): boolean {
	return (
		/[\u3400-\u9fff][ \u3000\u00a0]+[\u3400-\u9fff]/u.test(row.trim()) ||
		/[\u3400-\u9fff]\s*(?:>>?|»|›|＞|→)\s*[\u3400-\u9fff]/u.test(row)
	);
}

/** Columns a character takes in a fixed-pitch layout: two for CJK and full-width forms, one for the rest. */
function columnsOf(text: string): number {
	let n = 0;
	for (const ch of text) n += ch.codePointAt(0)! > 0xff ? 2 : 1;
	return n;
}

/** The whitespace a row opens with, in columns. */
function indentOf(row: string): number {
	return columnsOf(/^[\s\u00a0\u3000]*/u.exec(row)![0]);
}

/**
 * A row's width up to the sentence close that a space or an opening bracket parts from what a copy
 * ran in after it (`…确保安全。 长按二维码关注…`, `…确保安全。（更多资讯请关注…）`, a prompt's box run
 * into the paragraph's last row); undefined without one.
 */
function widthBeforeRunIn(row: string): number | undefined {
	const head = /^(.*?[。！？!?][”"’」』）)]*)(?:[ \u3000\u00a0]+\S|[（(【[])/u.exec(row)?.[1];
	return head === undefined ? undefined : columnsOf(head);
}

/**
 * Figures and a unit sign closing a sentence, and nothing else: a number's end a wrap cut off
 * (`3%、12.45%。`); a page's number alone closes none.
 */
const FIGURES_TAIL = /^[\d.,%％‰、，；]+[。！？!?][”"’）)]*$/;

/**
 * Clause or sentence punctuation, which a row of running text nearly always holds; a clock's colon
 * (`08:15`, a masthead's or a meta line's time) is none.
 */
const CLAUSE = /[，,。；;、！？“”]|(?<!\d)[：:]|[：:](?!\d)/;

/** Clause punctuation but a colon, which a field's key prints too (`来源：`). */
const CLAUSE_MARK = /[，,。；;、！？“”]/;

/**
 * True for a meta line: a full date and no clause punctuation but a field key's colon
 * (`2021/03/09 10:15:42  来源：某某日报`), which is as wide as it is, however wide the text's rows.
 */
function isDatedFieldRow(row: string): boolean {
	return DATE.test(row) && !CLAUSE_MARK.test(row);
}

/**
 * The page's wrap width in columns, or undefined when its rows show none: the width (give or take
 * a wide character) shared by most rows that a row going on with them follows (`goesOn`), most of
 * them not closing a sentence, with few rows of running text wider than it (a page of one paragraph
 * a line has rows of every width, most of them wider, and each closes on its full stop).
 */
function wrapWidth(
	rows: readonly string[],
	widths: readonly number[],
	goesOn: (i: number) => boolean,
): number | undefined {
	const counts = new Map<number, number>();
	// Rows that close a sentence: a wrap cuts rows anywhere, paragraphs end on a full stop.
	const closing = new Map<number, number>();
	for (let i = 0; i + 1 < rows.length; i++) {
		const w = widths[i]!;
		if (w < MIN_WRAP_COLUMNS || !goesOn(i + 1) || !isTextRow(rows[i]!)) continue;
		// A row that goes on with a wrapped one is never wider than it.
		if (widths[i + 1]! > w + LONG_BY) continue;
		const closes = endsSentence(rows[i]!) ? 1 : 0;
		for (let c = w; c <= w + SHORT_BY; c++) {
			counts.set(c, (counts.get(c) ?? 0) + 1);
			closing.set(c, (closing.get(c) ?? 0) + closes);
		}
	}
	let best: number | undefined;
	for (const [c, n] of counts)
		if (best === undefined || n > counts.get(best)! || (n === counts.get(best)! && c < best))
			best = c;
	if (best === undefined || counts.get(best)! < MIN_WRAPPED_ROWS) return undefined;
	if (closing.get(best)! > counts.get(best)! / 2) return undefined;
	// Only rows of running text count: a page's title bar, meta line or links are as wide as they are.
	const wider = widths.filter(
		(w, i) => w > best + LONG_BY && isTextRow(rows[i]!) && CLAUSE.test(rows[i]!),
	);
	return wider.length <= counts.get(best)! / 2 ? best : undefined;
}

/**
 * Indices of the rows of a plain-text page that go on with the row above them, broken there by a
 * hard wrap (a PDF's or e-paper's printed lines kept by a copy): the row above runs to the page's
 * wrap width and the row follows it directly, no wider than it (up to its last sentence, when a copy
 * ran something in after it past a space) and not indented unless less than
 * the row above (an indent opens a paragraph; verse and couplets indent every line alike). A first
 * row of a paragraph joins its next row only when it holds clause punctuation or opens with an
 * indent, so a headline as wide as the text stays a line of its own; so does any row with spaced
 * words between its Han characters (a headline's spacing), and a meta line (`isDatedFieldRow`).
 */
export function wrappedRows(rows: readonly string[]): Set<number> {
	const out = new Set<number>();
	const trimmed = rows.map((r) => r.trimEnd());
	const widths = trimmed.map(columnsOf);
	const indents = trimmed.map(indentOf);
	// A row goes on with the row above when it stands right under it, holds Han text (or only the
	// figures and stop a wrap cut off a number, `3%、12.45%。`) and is not indented: an indent opens a
	// paragraph.
	const goesOn = (i: number) =>
		trimmed[i]!.trim() !== '' &&
		(hanAtLeast(trimmed[i]!, 1) || FIGURES_TAIL.test(trimmed[i]!)) &&
		(indents[i] === 0 || indents[i]! < indents[i - 1]!);
	const width = wrapWidth(trimmed, widths, goesOn);
	if (width === undefined) return out;
	const atWidth = (i: number) =>
		widths[i]! >= width - SHORT_BY && widths[i]! <= width + LONG_BY && isTextRow(trimmed[i]!);
	// A paragraph's last row may be wider by what a copy ran in after its last sentence.
	const fits = (i: number) =>
		widths[i]! <= width + LONG_BY || (widthBeforeRunIn(trimmed[i]!) ?? Infinity) <= width + LONG_BY;
	for (let i = 1; i < trimmed.length; i++) {
		if (!atWidth(i - 1) || !goesOn(i) || !fits(i)) continue;
		const above = trimmed[i - 1]!;
		const opens = !out.has(i - 1);
		if (opens && !CLAUSE.test(above) && indents[i - 1] === 0) continue;
		if (opens && isDatedFieldRow(above)) continue;
		// A row that closes its sentence at the full width may end its paragraph: a shorter row under
		// it that closes no sentence is a line of its own (`下一篇：`, `原文链接：《…》`), not the last row.
		if (endsSentence(above) && !atWidth(i) && !endsSentence(trimmed[i]!)) continue;
		out.add(i);
	}
	return out;
}
