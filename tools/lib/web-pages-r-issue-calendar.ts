import type { PageWriter } from './web-pages-page-writer.ts';
import { chance, pick, type Random } from './web-pages-template.ts';

/**
 * An e-paper's 往期回顾 date picker kept as text: the issue's month, the weekday heads and the month's
 * day numbers, a week to a line or a number to a line.
 */
export interface IssueCalendarFormats {
	/** How often an e-paper page keeps it. */
	rate: number;
	/** How often it comes before the first article rather than after the last. */
	atTop: number;
	/** Heading lines for the issue's year (2024) and month (1–12), one string may hold several lines. */
	heads: ((year: string, month: number) => string)[];
	/** Weekday head lines, Sunday first (an empty one prints none). */
	weekdays: string[];
	/** What joins the days of a week (`\n` puts each day on a line of its own). */
	glues: string[];
	/** How often a day below 10 is printed with a leading zero (01). */
	padded: number;
	/** Lines under the days (an empty one prints none). */
	feet: string[];
}

/** Where an e-paper page keeps the picker: `top`, `bottom`, or null (no draw without formats). */
export function drawIssueCalendar(
	formats: IssueCalendarFormats | undefined,
	random: Random,
): 'top' | 'bottom' | null {
	if (formats === undefined || !chance(formats.rate, random)) return null;
	return chance(formats.atTop, random) ? 'top' : 'bottom';
}

/** The weeks of the month of ISO date `iso`: day numbers, blank days before the 1st left out. */
export function monthWeeks(iso: string): number[][] {
	const [y, m] = iso.split('-').map(Number) as [number, number];
	const first = new Date(Date.UTC(y, m - 1, 1)).getUTCDay();
	const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
	const weeks: number[][] = [];
	for (let d = 1; d <= days; d++) {
		if (weeks.length === 0 || (first + d - 1) % 7 === 0) weeks.push([]);
		weeks.at(-1)!.push(d);
	}
	return weeks;
}

/** Writes the picker for the issue of ISO date `iso`, as furniture of the family `issue-calendar`. */
export function writeIssueCalendar(
	w: PageWriter,
	formats: IssueCalendarFormats,
	iso: string,
): void {
	const r = w.ctx.random;
	const head = pick(formats.heads, r)(iso.slice(0, 4), Number(iso.slice(5, 7)));
	const weekdays = pick(formats.weekdays, r);
	const glue = pick(formats.glues, r);
	const pad = chance(formats.padded, r);
	const weeks = monthWeeks(iso).map((week) =>
		week.map((d) => (pad ? String(d).padStart(2, '0') : String(d))).join(glue),
	);
	const foot = pick(formats.feet, r);
	const lines = [head, weekdays, ...weeks, foot].filter((l) => l !== '');
	w.code('issue-calendar', lines.join('\n'));
}
