import { treeScore, type BoostedTrees } from '../nlp/boosted-trees.ts';
import type { WebTitleModel } from '../schema/web-title-model.ts';
import type { RawArticle, SourceLine } from './types.ts';
import { compactKey as compact } from './compact-key.ts';
import {
	BODY_LINES,
	pageKeys,
	webTitleRows,
	type WebTitleRows,
	type WebTitleWindow,
} from './web-title-features.ts';

// The learned reading of a web page's titles: every item the rules read off the page is found on
// it again, the title-shaped lines over its text are scored, and the best replaces the rules'
// title where the model doubts it.

/** One item of a page as the model reads it: the rules' title and the item's paragraphs. */
export interface TitledItem {
	title: string;
	paragraphs: readonly string[];
}

/** Shortest paragraph (letters and figures) by which an item is found on its page. */
const MIN_FOUND = 6;

/**
 * The paragraphs long enough to find an item by (`MIN_FOUND`): the first `BODY_LINES` of them and the
 * last; undefined when none is. Only those are compacted, not every paragraph between.
 */
function foundBody(paragraphs: readonly string[]): { opening: string[]; last: string } | undefined {
	const found = (p: string) => compact(p).length >= MIN_FOUND;
	const opening: string[] = [];
	let i = 0;
	for (; i < paragraphs.length && opening.length < BODY_LINES; i++)
		if (found(paragraphs[i]!)) opening.push(paragraphs[i]!);
	if (opening.length === 0) return undefined;
	let last = opening.at(-1)!;
	for (let j = paragraphs.length - 1; j >= i; j--)
		if (found(paragraphs[j]!)) {
			last = paragraphs[j]!;
			break;
		}
	return { opening, last };
}

/**
 * Index of the first page line from `from` on that prints `text` or its start (`keys`: each page
 * line compacted); -1 when none.
 */
function locate(keys: readonly string[], text: string, from: number): number {
	const key = compact(text);
	for (let i = from; i < keys.length; i++) {
		const k = keys[i]!;
		if (k === key || (k.length >= MIN_FOUND && key.startsWith(k))) return i;
	}
	return -1;
}

/**
 * The title candidates of each item of a page, in page order (undefined for an item whose text is
 * not found on the page): the lines over its first paragraph, up to where the item before ends.
 */
export function itemTitleRows(
	page: readonly SourceLine[],
	items: readonly TitledItem[],
	window: WebTitleWindow,
): (WebTitleRows | undefined)[] {
	const lines = page.map((l) => ({ ...l, text: l.text.trim() }));
	// Compacted once per page: every item searches the page from where the one before ended, and
	// every candidate is compared with the page's lines.
	const index = pageKeys(lines);
	let from = 0;
	return items.map((item) => {
		const body = foundBody(item.paragraphs);
		if (body === undefined) return undefined;
		const first = locate(index.keys, body.opening[0]!, from);
		if (first < 0) return undefined;
		const last = locate(index.keys, body.last, first);
		const rows = webTitleRows(
			lines,
			from,
			first,
			body.opening.map((text, i) => ({ text, line: i })),
			item.title,
			window,
			index,
		);
		from = Math.max(first, last) + 1;
		return rows;
	});
}

/**
 * Index of the item's title among its candidates: the best-scoring line where the model gives the
 * rules' line log-odds at most `keepAbove` and the best beats it by more than `margin`, else the
 * rules' line (the best when the rules read none). A name alone is never the model's line.
 */
export function pickWebTitle(
	rows: WebTitleRows,
	trees: BoostedTrees,
	margin: number,
	keepAbove: number,
): number {
	// A name alone (`某某县融媒体中心`, the programme the lead names) heads no story: it never
	// replaces the rules' title.
	const z = rows.rows.map((r, k) =>
		rows.names[k] === true && k !== rows.rule ? -Infinity : treeScore(trees, r),
	);
	const best = z.reduce((b, x, i) => (x > z[b]! ? i : b), 0);
	if (rows.rule < 0) return best;
	if (best === rows.rule || z[rows.rule]! > keepAbove) return rows.rule;
	return z[best]! - z[rows.rule]! > margin ? best : rows.rule;
}

/** The items' titles as the model reads them off `page` (the rules' where it cannot). */
export function chooseWebTitles(
	page: readonly SourceLine[],
	items: readonly TitledItem[],
	model: WebTitleModel,
): string[] {
	return itemTitleRows(page, items, model.window).map((rows, i) => {
		if (rows === undefined || rows.rows.length === 0) return items[i]!.title;
		return rows.head[pickWebTitle(rows, model.boosted, model.margin, model.keepAbove)]!.text;
	});
}

/**
 * Retitles the items of a page where the model doubts the rules' title: the line it reads is a
 * printed one, and no longer the item's kicker or subtitle.
 */
export function retitleWebItems(
	articles: RawArticle[],
	page: readonly SourceLine[],
	model: WebTitleModel,
): void {
	const titles = chooseWebTitles(page, articles, model);
	articles.forEach((a, i) => {
		const title = titles[i]!;
		if (title === a.title) return;
		a.title = title;
		a.titleGenerated = false;
		if (a.kicker === title) delete a.kicker;
		if (a.subtitle === title) delete a.subtitle;
	});
}
