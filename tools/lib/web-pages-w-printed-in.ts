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
 * A portal or reprint page's 刊发 line naming the newspaper that printed the story first, its issue's
 * day (the web copy's or a few days before) and its page (原载《…》…第3版): another outlet and maybe
 * another day than the page's own, never the page's date or source.
 */
export interface PrintedInFormats {
	/** How often a portal or reprint page has such a line. */
	rate: number;
	/** How often it stands between the headline block and the text rather than after the text. */
	above: number;
	/** The least and most days before the article's date that the paper printed it. */
	days: readonly [number, number];
	/** Date formats of `{printed}` (see `formatDate`). */
	dates: string[];
	/** The lines, templates holding `{printed}` and the split's placeholders (`{paper}`, `{nn}` …). */
	lines: string[];
}

/** Where the line stands, or null; no random draw when `formats` is absent or the page cannot carry it. */
export function drawPrintedIn(
	formats: PrintedInFormats | undefined,
	layout: WebLayout,
	random: Random,
): 'above' | 'below' | null {
	if (formats === undefined || (layout !== 'portal' && layout !== 'reprint')) return null;
	if (!chance(formats.rate, random)) return null;
	return chance(formats.above, random) ? 'above' : 'below';
}

/** Writes the line for the article of `date` (ISO), as furniture of the family `printed-in`. */
export function writePrintedIn(w: PageWriter, formats: PrintedInFormats, date: string): void {
	const r = w.ctx.random;
	const printed = formatDate(addDays(date, -between(formats.days, r)), pick(formats.dates, r), r);
	const line = pick(formats.lines, r).replaceAll('{printed}', printed);
	w.code('printed-in', fillTemplate(line, w.ctx));
}
