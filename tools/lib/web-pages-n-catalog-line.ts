import type { PageWriter } from './web-pages-page-writer.ts';
import type { SourceArticle, WebLayout } from './web-pages.ts';
import { chance, formatDate, pick, type Random } from './web-pages-template.ts';

/** What a 信息公开目录 entry's line is made from. */
export interface CatalogParts {
	/** The outlet (发布机构). */
	source: string;
	/** The date as the page prints it (发布日期). */
	date: string;
	/** The day the document was written (成文日期), the publishing day or a few days before. */
	written: string;
	/** The article's year. */
	year: string;
	/** A random serial number. */
	n: string;
}

/**
 * A 政府信息公开 catalogue entry saved with the page: its fields (索引号, 主题分类, 发布机构,
 * 成文日期, 发布日期, 文号 …) run across one long line above the headline, as a directory view lays
 * them out, instead of a table.
 */
export interface CatalogLineFormats {
	/** How often a portal page has such a line. */
	rate: number;
	/** Of those, how often the page prints its own meta line under the headline as well. */
	withMeta: number;
	/** Formats of 成文日期 (see `formatDate`). */
	writtenDates: string[];
	/** The lines for given parts; one is drawn. */
	lines: (p: CatalogParts) => string[];
}

/** A drawn catalogue line: whether the page keeps its meta line too. */
export interface CatalogLine {
	withMeta: boolean;
}

/** Whether a page has a catalogue line; no draw when `formats` is absent or the page no portal page. */
export function drawCatalogLine(
	formats: CatalogLineFormats | undefined,
	layout: WebLayout,
	random: Random,
): CatalogLine | null {
	if (formats === undefined || layout !== 'portal' || !chance(formats.rate, random)) return null;
	return { withMeta: chance(formats.withMeta, random) };
}

/** Writes the line (family `catalog-line`); it holds the page's date and outlet. */
export function writeCatalogLine(
	w: PageWriter,
	formats: CatalogLineFormats,
	article: SourceArticle,
): void {
	const r = w.ctx.random;
	const day = new Date(`${article.date}T00:00:00Z`);
	day.setUTCDate(day.getUTCDate() - pick([0, 0, 1, 2, 3, 5], r));
	const written = formatDate(day.toISOString().slice(0, 10), pick(formats.writtenDates, r), r);
	const line = pick(
		formats.lines({
			source: w.ctx.fixed['source']!,
			date: w.ctx.fixed['date']!,
			written,
			year: article.date.slice(0, 4),
			n: String(Math.floor(r() * 9e4) + 1e4),
		}),
		r,
	);
	w.code('catalog-line', line);
}
