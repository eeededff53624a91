import type { SourceLine } from '../../src/lib/ingest/types.ts';
import { compactKey } from '../../src/lib/ingest/compact-key.ts';
import { itemTitleRows } from '../../src/lib/ingest/web-title-choice.ts';
import type { WebTitleRows, WebTitleWindow } from '../../src/lib/ingest/web-title-features.ts';
import { normalizeLine, type ExtractedItem } from './web-pages-score.ts';
import type { TrueArticle, WebPage } from './web-pages.ts';

// The rows a web-page title model learns from: for each item the pipeline read off a synthetic
// page, the candidate lines over its text with their features, labelled by the generator's truth.

/** One item's candidates with their labels: 1 where the line is the true title of the item's article. */
export type LabelledRows = WebTitleRows & { labels: number[] };

/** The true article of `page` whose body holds the first paragraph of the item `paragraphs`. */
export function trueArticleOf(
	page: WebPage,
	paragraphs: readonly string[],
): TrueArticle | undefined {
	const opening = paragraphs.find((p) => compactKey(p).length >= 6) ?? '';
	return page.articles.find((a) => compactKey(a.body).includes(compactKey(opening)));
}

/**
 * The candidate rows of each item of `page` (undefined for an item whose text is not found on the
 * page), read off `lines`, the page as ingest's learned readings see it (`webPageLines`), each
 * labelled by the true article whose body holds the item's first paragraph.
 */
export function pageItemRows(
	page: WebPage,
	lines: readonly SourceLine[],
	items: readonly ExtractedItem[],
	window: WebTitleWindow,
): (LabelledRows | undefined)[] {
	const titled = items.map((it) => ({ title: it.title, paragraphs: it.body.split('\n') }));
	const rows = itemTitleRows(lines, titled, window);
	return rows.map((r, i) => {
		if (r === undefined) return undefined;
		const truth = trueArticleOf(page, titled[i]!.paragraphs);
		const title = truth === undefined ? undefined : normalizeLine(truth.title);
		return { ...r, labels: r.head.map((h) => (normalizeLine(h.text) === title ? 1 : 0)) };
	});
}
