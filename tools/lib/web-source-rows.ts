import type { SourceLine } from '../../src/lib/ingest/types.ts';
import { itemSourceRows } from '../../src/lib/ingest/web-source-choice.ts';
import type { WebSourceRows } from '../../src/lib/ingest/web-source-features.ts';
import { normalizeLine, type ExtractedItem } from './web-pages-score.ts';
import type { WebPage } from './web-pages.ts';
import { trueArticleOf } from './web-title-rows.ts';

// The rows a web-page source model learns from: for each item the pipeline read off a synthetic
// page, every name the page offers as its source (and none), labelled by the generator's truth.

/** One item's source candidates with their labels: 1 where the name is its true article's source. */
export type LabelledSources = WebSourceRows & { labels: number[] };

/**
 * The source candidates of each item of `page` (undefined for an item whose text is not found, or
 * one with fewer than two candidates), read off `lines`, the page as ingest's learned readings see
 * it (`webPageLines`).
 */
export function pageItemSources(
	page: WebPage,
	lines: readonly SourceLine[],
	items: readonly ExtractedItem[],
): (LabelledSources | undefined)[] {
	const sourced = items.map((it) => ({ source: it.source, paragraphs: it.body.split('\n') }));
	return itemSourceRows(lines, sourced).map((r, i) => {
		if (r === undefined) return undefined;
		const truth = trueArticleOf(page, sourced[i]!.paragraphs);
		const want = truth === undefined ? undefined : normalizeLine(truth.source);
		return { ...r, labels: r.names.map((n) => (normalizeLine(n) === want ? 1 : 0)) };
	});
}
