import type { PageWriter } from './web-pages-page-writer.ts';
import type { WebLayout } from './web-pages.ts';
import { chance, fillTemplate, pick, type Random } from './web-pages-template.ts';

/**
 * A page that prints its column's label (【领导活动】, 栏目：政务动态, sometimes with the column's
 * intro) above the headline and a 字号 line (字号：大 中 小) under the meta line: both are furniture,
 * the meta line still dates the page.
 */
export interface ColumnLabelFormats {
	/** How often a portal or reprint page saved from a desktop view has such a label. */
	rate: number;
	/** The site's column names (栏目). */
	columns: string[];
	/** Label blocks above the headline, templates with `{column}` (one string may hold several lines). */
	labels: string[];
	/** 字号 lines under the meta line (templates); one is drawn, an empty one prints none. */
	sizers: string[];
}

/** The column a page is labelled with, or null; no draw when `formats` is absent or the page has no desktop top. */
export function drawColumnLabel(
	formats: ColumnLabelFormats | undefined,
	layout: WebLayout,
	desktop: boolean,
	random: Random,
): string | null {
	if (formats === undefined || !desktop || (layout !== 'portal' && layout !== 'reprint'))
		return null;
	return chance(formats.rate, random) ? pick(formats.columns, random) : null;
}

/** Writes the label block above the headline (family `column-label`). */
export function writeColumnLabel(w: PageWriter, formats: ColumnLabelFormats, column: string): void {
	const template = pick(formats.labels, w.ctx.random).replaceAll('{column}', column);
	w.code('column-label', fillTemplate(template, w.ctx));
}

/** Writes the 字号 line under the meta line (family `font-size`), when the drawn one is not empty. */
export function writeFontSizer(w: PageWriter, formats: ColumnLabelFormats): void {
	const line = pick(formats.sizers, w.ctx.random);
	if (line !== '') w.code('font-size', fillTemplate(line, w.ctx));
}
