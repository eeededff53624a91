import type { PageWriter } from './web-pages-page-writer.ts';
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
 * An e-paper page bar's 上一期/下一期 buttons printed with the neighbouring issues' days (the day
 * before and after for a daily, a week for a weekly), kept by a copy under the page bar.
 */
export interface IssuePagerFormats {
	/** How often an e-paper page keeps it. */
	rate: number;
	/** The least and most days between two issues. */
	gaps: readonly [number, number];
	/** Date formats of `{prev}` and `{next}` (see `formatDate`); one is drawn per page. */
	dates: string[];
	/** The lines, templates holding `{prev}` and `{next}` and the split's placeholders. */
	lines: string[];
}

/** Whether an e-paper page keeps the buttons; no random draw when `formats` is absent. */
export function drawIssuePager(formats: IssuePagerFormats | undefined, random: Random): boolean {
	return formats !== undefined && chance(formats.rate, random);
}

/** Writes the buttons for the issue of `date` (ISO), as furniture of the family `issue-pager`. */
export function writeIssuePager(w: PageWriter, formats: IssuePagerFormats, date: string): void {
	const r = w.ctx.random;
	const gap = between(formats.gaps, r);
	const format = pick(formats.dates, r);
	const line = pick(formats.lines, r)
		.replace('{prev}', formatDate(addDays(date, -gap), format, r))
		.replace('{next}', formatDate(addDays(date, gap), format, r));
	w.code('issue-pager', fillTemplate(line, w.ctx));
}
