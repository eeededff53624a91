import type { Random } from './web-pages-template.ts';

/** Columns a character takes in a fixed-pitch layout: two for CJK and full-width forms, one for the rest. */
function columnsOf(ch: string): number {
	return ch.codePointAt(0)! > 0xff ? 2 : 1;
}

// Chinese typesetting keeps closing punctuation off the start of a line (避头点): a PDF's own line
// breaks, which a copy keeps, never put them there.
const NO_LINE_START = /^[，。、；：？！）》」』”’…—·%]$/u;

/**
 * `text` broken into lines of at most `columns` half-width columns, as a PDF or e-paper copy keeps the
 * breaks of its printed lines; closing punctuation stays at the end of the line before. The lines
 * joined again give `text`.
 */
export function hardWrap(text: string, columns: number): string[] {
	if (!Number.isInteger(columns) || columns < 4)
		throw new TypeError(`\`columns\` must be a whole number of at least 4, not ${columns}`);
	const lines: string[] = [];
	let line = '';
	let width = 0;
	for (const ch of text) {
		const w = columnsOf(ch);
		if (width + w > columns && line !== '' && !NO_LINE_START.test(ch)) {
			lines.push(line);
			line = '';
			width = 0;
		}
		line += ch;
		width += w;
	}
	if (line !== '') lines.push(line);
	return lines;
}

// Where a long headline is broken by an editor's `<br>`: after a comma, colon or closing bracket, or
// at a space.
const BREAK_AFTER = /[，,：:；】」！？]/u;
const BREAK_AT = /[ \u3000]/u;

/**
 * A headline of at least 12 characters broken over two lines: at a comma, colon, bracket or space between
 * its clauses when one falls in its middle part, else where a title box of 10–17 characters wraps it;
 * `null` for a shorter one. The two lines joined (and a breaking space dropped) give `title`.
 */
export function breakTitle(title: string, random: Random): [string, string] | null {
	const chars = [...title];
	if (chars.length < 12) return null;
	const middle: number[] = [];
	for (let i = Math.floor(chars.length / 4); i < Math.ceil((chars.length * 3) / 4); i++)
		if (BREAK_AFTER.test(chars[i]!) || BREAK_AT.test(chars[i]!)) middle.push(i);
	if (middle.length > 0) {
		const i = middle[Math.floor(random() * middle.length)]!;
		const space = BREAK_AT.test(chars[i]!);
		return [chars.slice(0, space ? i : i + 1).join(''), chars.slice(i + 1).join('')];
	}
	let width = Math.min(10 + Math.floor(random() * 8), chars.length - 2);
	while (width < chars.length - 1 && NO_LINE_START.test(chars[width]!)) width++;
	return [chars.slice(0, width).join(''), chars.slice(width).join('')];
}
