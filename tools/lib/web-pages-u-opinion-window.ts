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
import type { WebLayout } from './web-pages.ts';

/**
 * A 意见征集 page's box: when the public may send opinions (from a day at or after the page's to
 * weeks later) and where to send them; its dates are not the page's date.
 */
export interface OpinionWindowFormats {
	/** How often a portal page has such a box. */
	rate: number;
	/** How often it stands between the headline block and the text rather than after the text. */
	above: number;
	/** The least and most days after the article's date that the window opens. */
	opens: readonly [number, number];
	/** The least and most days the window stays open. */
	lasts: readonly [number, number];
	/** Date formats of `{from}` and `{until}` (see `formatDate`); one is drawn per box. */
	dates: string[];
	/** The boxes, templates with `{from}`, `{until}` and the split's placeholders (one string may hold several lines). */
	boxes: string[];
}

/** Where a page's opinion box stands; draws only when the split's formats have one. */
export function drawOpinionWindow(
	formats: OpinionWindowFormats | undefined,
	layout: WebLayout,
	random: Random,
): 'above' | 'below' | null {
	if (formats === undefined || layout !== 'portal' || !chance(formats.rate, random)) return null;
	return chance(formats.above, random) ? 'above' : 'below';
}

/** Writes the box for the article of ISO date `iso`, as furniture of the family `opinion-window`. */
export function writeOpinionWindow(
	w: PageWriter,
	formats: OpinionWindowFormats,
	iso: string,
): void {
	const r = w.ctx.random;
	const format = pick(formats.dates, r);
	const from = addDays(iso, between(formats.opens, r));
	const until = addDays(from, between(formats.lasts, r));
	const box = pick(formats.boxes, r)
		.replaceAll('{from}', formatDate(from, format, r))
		.replaceAll('{until}', formatDate(until, format, r));
	w.code('opinion-window', fillTemplate(box, w.ctx));
}
