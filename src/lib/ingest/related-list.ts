import { readPageMetaLine } from './page-meta.ts';
import { endsSentence, hanCount } from './patterns.ts';
import type { SourceLine } from './types.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

const {
	maxListItem: MAX_LIST_ITEM,
	sidebarLines: SIDEBAR_LINES,
	minSidebarTextHan: MIN_SIDEBAR_TEXT_HAN,
} = readIngestLines().furniture;

// A list of other articles under its head (相关新闻, 上一篇): where it ends, and the head that
// labels the story's own reading box instead.

/** A box's label in brackets alone on its line: `【文章属性】`, `【信息属性】`. */
export const FIELDS_LABEL = /^[【[][\u3400-\u9fff]{2,8}[】\]]$/u;

/**
 * True when the line at `i` closes a list of other articles: the page's keyed fields (`来源：某某局`,
 * `日期：2023年08月10日`), or a label in brackets right over them. A list's item is a title, never a
 * field; a side column prints the page's own fields after the list.
 */
export function endsList(lines: SourceLine[], i: number): boolean {
	const t = lines[i]!.text;
	const fields = (text: string) => readPageMetaLine(text)?.kind === 'fields';
	if (fields(t)) return true;
	return FIELDS_LABEL.test(t) && i + 1 < lines.length && fields(lines[i + 1]!.text);
}

/**
 * A list's bullet before a title: `· `, `• `, `▶ `, `◇ `, `>> `, a web list's small ones (`▪ `, `◦ `,
 * `‣ `). The solid marks a paper sets its
 * sections and points under (■, ●, ◆) are none: the corpus opens some thirty paragraphs with ◆.
 */
const LIST_BULLET = /^(?:[·•▸▶►▷≫◇▪▫◦‣∙]|>>)\s*\S/u;
/** A date in brackets closing a line, the brackets doubled or not: `（2021-02-03）`, `（（3-20））`, `[2021/1/5]`. */
const BRACKETED_DATE =
	/[（(【[]+\s*(?:\d{2,4}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*[)）】\]]+$/u;

/**
 * A date set off by spaces closing a line, its year and clock there or not: `　2021-02-03 08:15`,
 * `　3-20`, `　03月20日`.
 */
const SET_OFF_DATE =
	/\S\s+(?:\d{4}\s*[-/.]\s*)?\d{1,2}\s*[-/.]\s*\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$|\S\s+\d{1,2}月\d{1,2}日$/u;

/**
 * True for a list's item by its marks: a title behind a list's bullet, or closed by its date in
 * brackets or set off by spaces (`· 某某县召开春耕生产会议（2021-03-09）`, `某某县召开春耕生产会议　3-9`),
 * of up to `maxChars` characters. A section's heading has neither.
 */
export function isMarkedListItem(text: string, maxChars = MAX_LIST_ITEM): boolean {
	return (
		text.length <= maxChars &&
		!endsSentence(text) &&
		(LIST_BULLET.test(text) ||
			BRACKETED_DATE.test(text) ||
			// A page's own fields set off so (`某某日报 · 2020.01.13 17:17`) are its meta line.
			(SET_OFF_DATE.test(text) && readPageMetaLine(text) === undefined))
	);
}

/** A pager's arrow before the title of the page before or after: `← `, `⇒ `, `« `. */
const PAGER_ARROW = /^[←→⇐⇒«»‹›]\s*\S/u;

/**
 * True for a link to another article set between a story's paragraphs with no head over it: a title
 * behind a list's bullet or a pager's arrow and closed by its date in brackets, short and no sentence.
 */
export function isDatedLink(text: string): boolean {
	return (
		isMarkedListItem(text) &&
		(LIST_BULLET.test(text) || PAGER_ARROW.test(text)) &&
		BRACKETED_DATE.test(text)
	);
}

/**
 * True when the list head at `i` labels the story's own reading box: at most two short lines (its
 * heading) and then running text, not a list of other articles' titles (a line under the head that
 * is marked as a list's item, `▶ 某某`, `某某（2021-03-09）`, says it is one).
 */
export function opensSidebar(lines: SourceLine[], i: number): boolean {
	for (let k = i + 1; k <= i + SIDEBAR_LINES && k < lines.length; k++) {
		const t = lines[k]!.text;
		if (isMarkedListItem(t)) return false;
		// A line too long for a list item is running text too.
		if (endsSentence(t) || t.length > MAX_LIST_ITEM)
			return k === i + 1 || hanCount(t) >= MIN_SIDEBAR_TEXT_HAN;
	}
	return false;
}
