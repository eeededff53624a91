import type { PageWriter } from './web-pages-page-writer.ts';
import type { WebLayout } from './web-pages.ts';
import {
	addDays,
	between,
	chance,
	fillTemplate,
	formatDate,
	pick,
	type Random,
} from './web-pages-template.ts';

/**
 * A 规范性文件 page's line under its meta line saying whether the document is in force, from which day
 * (a later day than the page's) and, on some, until when.
 */
export interface EffectiveLineFormats {
	/** How often a portal page whose meta line is printed has such a line. */
	rate: number;
	/** The least and most days after the article's date that the document takes effect. */
	days: readonly [number, number];
	/** How many years it stays in force, one drawn for `{until}`. */
	years: number[];
	/** Date formats of `{from}` and `{until}` (see `formatDate`); one is drawn per line. */
	dates: string[];
	/** The lines, templates holding `{from}`, maybe `{until}`, and the split's placeholders. */
	lines: string[];
}

/** True when this page has such a line; no draw without formats or off a portal page. */
export function drawEffectiveLine(
	formats: EffectiveLineFormats | undefined,
	layout: WebLayout,
	random: Random,
): boolean {
	if (formats === undefined || layout !== 'portal') return false;
	return chance(formats.rate, random);
}

/** Writes the line for an article of ISO date `iso`, as furniture of the family `effective-line`. */
export function writeEffectiveLine(
	w: PageWriter,
	formats: EffectiveLineFormats,
	iso: string,
): void {
	const r = w.ctx.random;
	const from = addDays(iso, between(formats.days, r));
	const until = addDays(from, 365 * pick(formats.years, r) - 1);
	const format = pick(formats.dates, r);
	const line = pick(formats.lines, r)
		.replace('{from}', formatDate(from, format, r))
		.replace('{until}', formatDate(until, format, r));
	w.code('effective-line', fillTemplate(line, w.ctx));
}
