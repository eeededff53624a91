import { treeScore, type BoostedTrees } from '../nlp/boosted-trees.ts';
import { overruleByMargin } from '../nlp/doubt-rule.ts';
import type { WebDateModel } from '../schema/web-date-model.ts';
import type { RawArticle, SourceLine } from './types.ts';
import { printedDates, webDateRows, type WebDateRows } from './web-date-features.ts';
import { locateWebItems } from './web-item-lines.ts';

// The learned reading of a web page's dates: every item the rules read off the page is found on it
// again, every full date the page prints is scored as its date, and the best replaces the rules'
// date where the model doubts it.

/** One item of a page as the date model reads it: the rules' date and the item's paragraphs. */
export interface DatedItem {
	date: string | null;
	paragraphs: readonly string[];
}

/**
 * The date candidates of each item of a page, in page order (undefined for an item the rules left
 * undated, one whose text is not found on the page, or a page that prints no full date).
 */
export function itemDateRows(
	page: readonly SourceLine[],
	items: readonly DatedItem[],
): (WebDateRows | undefined)[] {
	const dated = printedDates(page);
	if (dated.every((d) => d.length === 0)) return items.map(() => undefined);
	// An item the rules leave undated stays so: a year they cannot trust is no date, and a comment's
	// or a letter's date is no page's.
	return locateWebItems(page, items).map((place, i) =>
		place === undefined || items[i]!.date === null
			? undefined
			: webDateRows(page, dated, place, items[i]!.date),
	);
}

/**
 * Index of the item's date among its candidates: the best-scoring one where the model doubts the
 * rules' date (its best-scored printing) by `margin` and `keepAbove` (`doubt-rule.ts`).
 */
export function pickWebDate(
	rows: WebDateRows,
	trees: BoostedTrees,
	margin: number,
	keepAbove: number,
): number {
	const z = rows.rows.map((r) => treeScore(trees, r));
	const rule = rows.rule < 0 ? -1 : rows.dates[rows.rule]!;
	const best = z.reduce((b, x, i) => (rows.dates[i] === rule && (b < 0 || x > z[b]!) ? i : b), -1);
	return overruleByMargin(z, best, margin, keepAbove);
}

/** Re-dates the items of a page where the model doubts the rules' date: a printed day. */
export function redateWebItems(
	articles: RawArticle[],
	page: readonly SourceLine[],
	model: WebDateModel,
): void {
	itemDateRows(page, articles).forEach((rows, i) => {
		if (rows === undefined || rows.rows.length === 0) return;
		const date = rows.dates[pickWebDate(rows, model.boosted, model.margin, model.keepAbove)]!;
		const a = articles[i]!;
		if (date === a.date) return;
		a.date = date;
		a.datePrecision = 'day';
		a.dateFrom = 'text';
	});
}
