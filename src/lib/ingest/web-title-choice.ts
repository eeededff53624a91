import { treeScore, type BoostedTrees } from '../nlp/boosted-trees.ts';
import { overruleByMargin } from '../nlp/doubt-rule.ts';
import type { WebTitleModel } from '../schema/web-title-model.ts';
import type { RawArticle, SourceLine } from './types.ts';
import { locateWebItems, pageKeys } from './web-item-lines.ts';
import {
	webTitleHead,
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

/** A page's lines trimmed, and their keys: compacted once per page, for every item and candidate. */
function readPage(page: readonly SourceLine[]) {
	const lines = page.map((l) => ({ ...l, text: l.text.trim() }));
	return { lines, index: pageKeys(lines) };
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
	// Every item searches the page from where the one before ended.
	const { lines, index } = readPage(page);
	return locateWebItems(lines, items, index).map((place, i) =>
		place === undefined
			? undefined
			: webTitleRows(
					lines,
					place.from,
					place.first,
					place.body.map((text, line) => ({ text, line })),
					items[i]!.title,
					window,
					index,
				),
	);
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
	return overruleByMargin(z, rows.rule, margin, keepAbove);
}

/**
 * The items' titles as the model reads them off `page` (the rules' where it cannot). An item whose
 * head holds one candidate has it for its title whatever the trees say of it: its features are not
 * read (most single articles' heads hold one line).
 */
export function chooseWebTitles(
	page: readonly SourceLine[],
	items: readonly TitledItem[],
	model: WebTitleModel,
): string[] {
	const { lines, index } = readPage(page);
	return locateWebItems(lines, items, index).map((place, i) => {
		const title = items[i]!.title;
		if (place === undefined) return title;
		const head = webTitleHead(lines, place.from, place.first, title, model.window, index.keys);
		if (head.head.length <= 1) return head.head[0]?.text ?? title;
		const body = place.body.map((text, line) => ({ text, line }));
		const rows = webTitleRows(
			lines,
			place.from,
			place.first,
			body,
			title,
			model.window,
			index,
			head,
		);
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
