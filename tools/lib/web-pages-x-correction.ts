import type { PageWriter } from './web-pages-page-writer.ts';
import type { WebLayout } from './web-pages.ts';
import { addDays, between, chance, formatDate, pick, type Random } from './web-pages-template.ts';

/**
 * A 更正 notice: a site that got a fact wrong in a story it ran (a name, a figure) says so after
 * the text, dated the day it corrected it, a few days after the story. The notice is the site's
 * furniture, never part of the story: its day is not the article's, and the headline it quotes in
 * 《》 or “” is not a second title.
 */
export interface CorrectionFormats {
	/** How often a portal or reprint page prints one after its text. */
	rate: number;
	/** Notices, templates with `{day}` (the correcting day) and `{title}` (the story's headline). */
	notices: string[];
	/** Date formats of the correcting day (see `formatDate`). */
	dates: string[];
	/** The least and most days after the story that it was corrected. */
	after: readonly [number, number];
}

/** Whether the page prints a 更正 notice; no random draw when the split has none or the layout never does. */
export function drawCorrection(
	formats: CorrectionFormats | undefined,
	layout: WebLayout,
	random: Random,
): boolean {
	if (formats === undefined || (layout !== 'portal' && layout !== 'reprint')) return false;
	return chance(formats.rate, random);
}

/** Writes the notice for the story of `title` dated `date`, as furniture of the family `correction`. */
export function writeCorrection(
	w: PageWriter,
	formats: CorrectionFormats,
	title: string,
	date: string,
): void {
	const r = w.ctx.random;
	const day = formatDate(addDays(date, between(formats.after, r)), pick(formats.dates, r), r);
	w.code('correction', pick(formats.notices, r).replace('{day}', day).replace('{title}', title));
}
