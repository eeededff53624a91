import type { SourceLine } from '../../src/lib/ingest/types.ts';
import { itemDateRows } from '../../src/lib/ingest/web-date-choice.ts';
import type { WebDateRows } from '../../src/lib/ingest/web-date-features.ts';
import type { ExtractedItem } from './web-pages-score.ts';
import type { WebPage } from './web-pages.ts';
import { trueArticleOf } from './web-title-rows.ts';

// The rows a web-page date model learns from: for each item the pipeline read off a synthetic page,
// every full date the page prints with its features, labelled by the generator's truth.

/** One item's date candidates with their labels: 1 where the date is its true article's. */
export type LabelledDates = WebDateRows & { labels: number[] };

/**
 * The date candidates of each item of `page` (undefined for an item whose text is not found, or a
 * page that prints no full date), read off `lines`, the page as ingest's learned readings see it
 * (`webPageLines`).
 */
export function pageItemDates(
	page: WebPage,
	lines: readonly SourceLine[],
	items: readonly ExtractedItem[],
): (LabelledDates | undefined)[] {
	const dated = items.map((it) => ({ date: it.date, paragraphs: it.body.split('\n') }));
	return itemDateRows(lines, dated).map((r, i) => {
		if (r === undefined) return undefined;
		const truth = trueArticleOf(page, dated[i]!.paragraphs);
		return { ...r, labels: r.dates.map((d) => (d === truth?.date ? 1 : 0)) };
	});
}
