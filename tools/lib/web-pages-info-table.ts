import type { InfoTableParts } from './web-pages-formats.ts';
import type { PageWriter } from './web-pages-page-writer.ts';
import type { SourceArticle } from './web-pages.ts';
import { pick } from './web-pages-template.ts';

/** A 政务公开 table of `tables`, its date rows recorded as the page's meta lines. */
export function writeInfoTable(
	w: PageWriter,
	article: SourceArticle,
	tables: (p: InfoTableParts) => string[],
): void {
	const date = w.ctx.fixed['date']!;
	const r = w.ctx.random;
	const table = pick(
		tables({
			source: w.ctx.fixed['source']!,
			date,
			title: article.title,
			year: article.date.slice(0, 4),
			n: String(Math.floor(r() * 9e8) + 1e8),
		}),
		r,
	);
	for (const line of table.split('\n')) w.code(line.includes(date) ? 'meta' : 'info-table', line);
}
