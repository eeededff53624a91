import type { PageWriter } from './web-pages-page-writer.ts';
import {
	between,
	chance,
	fillTemplate,
	formatDate,
	pick,
	type Random,
} from './web-pages-template.ts';
import type { WebLayout } from './web-pages.ts';

/**
 * A 往年今日/历史上的今天 box a news site or account sets after a story: its own stories of the same
 * month and day in earlier years, each with its date, so every date in it shares the article's
 * month and day but none is the article's.
 */
export interface PastDaysFormats {
	/** How often a portal, reprint or WeChat page has such a box. */
	rate: number;
	/** Headings (templates; an empty one prints none). */
	heads: string[];
	/** The least and most entries; the first is a year back, each later one a year further. */
	count: readonly [number, number];
	/** Date formats of `{past}` (see `formatDate`); one is drawn per box. */
	dates: string[];
	/** One entry, templates holding `{past}` and `{title}`; one is drawn per box. */
	items: string[];
}

/** Whether the page has the box; no random draw when `formats` is absent or the page is an e-paper. */
export function drawPastDays(
	formats: PastDaysFormats | undefined,
	layout: WebLayout,
	random: Random,
): boolean {
	if (formats === undefined || layout === 'epaper') return false;
	return chance(formats.rate, random);
}

/** The same month and day `years` before `iso` (28 February for a 29 February in a common year). */
export function yearsBefore(iso: string, years: number): string {
	const year = Number(iso.slice(0, 4)) - years;
	const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
	const rest = iso.slice(4) === '-02-29' && !leap ? '-02-28' : iso.slice(4);
	return `${year}${rest}`;
}

/** Writes the box for the article of `date` (ISO), as furniture of the family `past-days`. */
export function writePastDays(w: PageWriter, formats: PastDaysFormats, date: string): void {
	const r = w.ctx.random;
	const head = pick(formats.heads, r);
	if (head !== '') w.code('past-days', fillTemplate(head, w.ctx));
	const format = pick(formats.dates, r);
	const item = pick(formats.items, r);
	const count = between(formats.count, r);
	for (let i = 1; i <= count; i++) {
		const past = formatDate(yearsBefore(date, i), format, r);
		w.code('past-days', fillTemplate(item.replaceAll('{past}', past), w.ctx));
	}
}
