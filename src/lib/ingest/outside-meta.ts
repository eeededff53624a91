import type { MetaOrigin } from '../schema/release.ts';
import { metaFromFileName } from './file-name-meta.ts';
import { readHtmlMeta } from './html-meta.ts';
import type { DatePrecision, ExtractOptions, RawArticle, SourceFormat } from './types.ts';

/** What is known about a page from outside its text, best source first. */
export interface OutsideMeta {
	/** The page's date from HTML metadata, the file name or `--date`, whichever comes first. */
	date?: { value: string; precision: DatePrecision; from: MetaOrigin };
	/** The page's outlet from HTML metadata, the file name or `--source`. */
	source?: { value: string; from: MetaOrigin };
	/** Year and month of the issue, for datelines that print only month and day. */
	context: { year?: number; month?: number };
	/** Where `context.year` came from. */
	yearFrom?: MetaOrigin;
}

/**
 * Collects a page's date and outlet from outside its text: HTML metadata first (the page says it
 * of itself), then the file name (`rmrb-2020-05-06-p13.txt`), then the batch options (`--date`,
 * `--source`, `--year`).
 */
export function readOutsideMeta(
	path: string,
	format: SourceFormat,
	text: string,
	options: ExtractOptions,
): OutsideMeta {
	const html = format === 'html' ? readHtmlMeta(text) : {};
	const file = metaFromFileName(path, options.furniture?.outletAbbreviations ?? {});
	const dates: NonNullable<OutsideMeta['date']>[] = [];
	if (html.date !== undefined) dates.push({ value: html.date, precision: 'day', from: 'meta' });
	if (file.date !== undefined)
		dates.push({ value: file.date, precision: file.datePrecision ?? 'day', from: 'filename' });
	if (options.contextDate !== undefined)
		dates.push({ value: options.contextDate, precision: 'day', from: 'option' });
	const out: OutsideMeta = { context: {} };
	const best = dates.find((d) => d.precision === 'day') ?? dates[0];
	if (best !== undefined) out.date = best;
	if (options.contextYear !== undefined) {
		out.context = { year: options.contextYear };
		out.yearFrom = 'option';
	} else if (best !== undefined) {
		out.context = { year: Number(best.value.slice(0, 4)), month: Number(best.value.slice(5, 7)) };
		out.yearFrom = best.from;
	}
	const sourceValue = html.source ?? file.source ?? options.contextSource;
	if (sourceValue !== undefined && sourceValue !== '') {
		const from =
			html.source !== undefined ? 'meta' : file.source !== undefined ? 'filename' : 'option';
		out.source = { value: sourceValue, from };
	}
	return out;
}

const RANK: Record<DatePrecision, number> = { unknown: 0, year: 1, month: 2, day: 3 };

/**
 * Fills what an item's text left open: a date finer than the one it printed, an outlet when it
 * named none; and records where each came from.
 */
export function applyOutsideMeta(article: RawArticle, outside: OutsideMeta): void {
	const d = outside.date;
	const sameYear =
		article.date === null || d === undefined || article.date.startsWith(d.value.slice(0, 4));
	if (d !== undefined && RANK[d.precision] > RANK[article.datePrecision] && sameYear) {
		article.date = d.value;
		article.datePrecision = d.precision;
		article.dateFrom = d.from;
	} else if (
		article.date !== null &&
		article.dateFrom === undefined &&
		outside.yearFrom !== undefined
	)
		article.dateFrom = outside.yearFrom;
	if (article.source !== '') article.sourceFrom ??= 'text';
	else if (outside.source !== undefined) {
		article.source = outside.source.value;
		article.sourceFrom = outside.source.from;
	}
}
