import { treeScore, type BoostedTrees } from '../nlp/boosted-trees.ts';
import { overruleByMargin } from '../nlp/doubt-rule.ts';
import type { WebSourceModel } from '../schema/web-source-model.ts';
import type { RawArticle, SourceLine } from './types.ts';
import { pageSourceCandidates } from './web-source-candidates.ts';
import { webSourceRows, type WebSourceRows } from './web-source-features.ts';
import { locateWebItems } from './web-item-lines.ts';

// The learned reading of a web page's sources: every item the rules read off the page is found on
// it again, every name the page offers is scored as its source beside "none" and the rules' pick,
// and the best replaces the rules' source where the model doubts it.

/** One item of a page as the source model reads it: the rules' source and the item's paragraphs. */
export interface SourcedItem {
	source: string;
	paragraphs: readonly string[];
}

/**
 * The source candidates of each item of a page, in page order (undefined for an item whose text is
 * not found on the page, or one with fewer than two candidates: nothing to choose).
 */
export function itemSourceRows(
	page: readonly SourceLine[],
	items: readonly SourcedItem[],
): (WebSourceRows | undefined)[] {
	const offered = pageSourceCandidates(page);
	return locateWebItems(page, items).map((place, i) => {
		if (place === undefined) return undefined;
		const rows = webSourceRows(page, offered, place, items[i]!.source, items.length);
		return rows.rows.length < 2 ? undefined : rows;
	});
}

/**
 * Index of the item's source among its candidates: the best-scoring one where the model doubts the
 * rules' pick by `margin` and `keepAbove` (`doubt-rule.ts`).
 */
export function pickWebSource(
	rows: WebSourceRows,
	trees: BoostedTrees,
	margin: number,
	keepAbove: number,
): number {
	const z = rows.rows.map((r) => treeScore(trees, r));
	return overruleByMargin(z, rows.rule, margin, keepAbove);
}

/**
 * Re-sources the items of a web page where the model doubts the rules' source: a name printed on
 * it, or none where the source came from the text.
 */
export function resourceWebItems(
	articles: RawArticle[],
	page: readonly SourceLine[],
	model: WebSourceModel,
): void {
	itemSourceRows(page, articles).forEach((rows, i) => {
		if (rows === undefined) return;
		const source = rows.names[pickWebSource(rows, model.boosted, model.margin, model.keepAbove)]!;
		const a = articles[i]!;
		// A source from outside the text (metadata, file name, `--source`) fills what the text left
		// open: the text naming none leaves it.
		if (source === a.source || (source === '' && (a.sourceFrom ?? 'text') !== 'text')) return;
		a.source = source;
		if (source === '') delete a.sourceFrom;
		else a.sourceFrom = 'text';
	});
}
