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
 * A portal page that prints, under its meta line, when the page was last changed (更新时间, 修订于 …):
 * a date days or weeks after the article's, furniture beside the true date.
 */
export interface UpdateStampFormats {
	/** How often a portal page whose meta line is printed has such a line. */
	rate: number;
	/** The least and most days after the article's date. */
	days: readonly [number, number];
	/** Date formats of the later date (see `formatDate`). */
	dates: string[];
	/** The lines, templates holding `{updated}` and the split's placeholders. */
	lines: string[];
}

/** Whether a page has such a line; no draw when `formats` is absent or the page is not a portal page. */
export function drawUpdateStamp(
	formats: UpdateStampFormats | undefined,
	layout: WebLayout,
	random: Random,
): formats is UpdateStampFormats {
	if (formats === undefined || layout !== 'portal') return false;
	return chance(formats.rate, random);
}

/** Writes the line (family `update-stamp`) for an article of ISO date `iso`. */
export function writeUpdateStamp(w: PageWriter, formats: UpdateStampFormats, iso: string): void {
	const r = w.ctx.random;
	const later = addDays(iso, between(formats.days, r));
	const updated = formatDate(later, pick(formats.dates, r), r);
	const line = pick(formats.lines, r).replaceAll('{updated}', updated);
	w.code('update-stamp', fillTemplate(line, w.ctx));
}
