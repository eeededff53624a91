import { looksLikeHeading } from './clean.ts';
import { isNavigationLine } from './navigation-line.ts';
import { hasPostingStamp } from './posting-stamp.ts';
import { isAccountLine, isOutletName } from './outlets.ts';
import { BREADCRUMB } from './page-path.ts';
import { isSiteLike } from './site-like.ts';
import {
	BROADCAST_LEAD,
	BYLINE_LINE,
	DATELINE,
	endsSentence,
	hanCount,
	PHOTO_CREDIT,
} from './patterns.ts';
import { wordCutAtBreak } from './word-seam.ts';
import type { SourceLine } from './types.ts';
import { isBodyText, isHeadlineLine, MIN_BLOCK_SHARE, webHeadOf } from './web-headline.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

// The web page's head (its headline block kept, the site's furniture above it dropped); the
// headline itself is found in web-headline.ts.
export { isBodyText, webHeadOf, type PageFields, type WebHead } from './web-headline.ts';

const {
	minSummaryHan: MIN_SUMMARY_HAN,
	longHeadline: LONG_HEADLINE,
	minKickerShare: MIN_KICKER_SHARE,
	minKickerHan: MIN_KICKER_HAN,
	maxMenuLine: MAX_MENU_LINE,
	maxMenuWord: MAX_MENU_WORD,
	minClauseHan: MIN_CLAUSE_HAN,
	broadcastLeadWindow: LEAD_WINDOW,
} = readIngestLines().webHead;
const { seamWindow: SEAM_WINDOW } = readIngestLines().brokenHeadline;

/**
 * True when the line above the title at `title` is its kicker (引题): a headline-shaped line of five
 * characters or more that shares words with the body, not the browser's title (the headline plus
 * the site's name) and not the last word of a menu printed one word a line.
 */
function isKicker(
	lines: SourceLine[],
	title: number,
	share: number,
	all: readonly SourceLine[],
): boolean {
	const above = lines[title - 1];
	if (above === undefined || share < MIN_KICKER_SHARE || hanCount(above.text) < MIN_KICKER_HAN)
		return false;
	// A site's masthead or slogan stands above the menus; a kicker never has a menu, a breadcrumb or
	// a rule under it before its title (meta and tool lines may come between).
	const titleLine = lines[title]!.line;
	const menuBetween = all.some(
		(l) =>
			l.line > above.line &&
			l.line < titleLine &&
			(isNavigationLine(l.text) || (l.text.length <= MAX_MENU_LINE && /首页/.test(l.text))),
	);
	if (menuBetween) return false;
	if (!looksLikeHeading(above) || above.text.includes(lines[title]!.text)) return false;
	const menu = lines[title - 2];
	// A site's name over the kicker (`某某县融媒网`) is no menu word, however short.
	return (
		menu === undefined ||
		menu.text.length > MAX_MENU_WORD ||
		isBodyText(menu.text) ||
		isSiteLike(menu.text)
	);
}

/**
 * The head of a web page saved as text, down to its headline: the headline is the line the body
 * answers (the headline-shaped line above the first paragraph that shares the most character
 * bigrams with the body), with the headline-shaped lines next to it that share some too (引题,
 * 副题). Every line above that block is the site's furniture (its name, menus, the browser's page
 * title, a date bar) and is dropped; between the block and the body only bylines, datelines, summaries and
 * lines that share words with the body stay. A page that starts with its text, or whose head
 * holds no such line, is returned as it is. `all` holds the page's lines before furniture was
 * dropped, so a kicker is known to stand right over its title; `fieldsLine` is the source line of
 * the page's fields (发布时间, 来源), under which a portal prints no headline. Furniture between the
 * headline and the text (a tool bar) marks no break between items there.
 */
export function trimWebHead(
	lines: SourceLine[],
	all: readonly SourceLine[] = [],
	fieldsLine?: number,
): SourceLine[] {
	// The line printed right over the fields, nothing between them (a breadcrumb under a site's slogan).
	const over = all.findLast((l) => fieldsLine !== undefined && l.line < fieldsLine)?.line;
	const head = webHeadOf(
		lines,
		fieldsLine === undefined
			? undefined
			: { line: fieldsLine, ...(over === undefined ? {} : { over }) },
	);
	const first = head.first;
	// A headline on the first line heads its text too: furniture between them marks no break.
	if (first < 1) return lines;
	const { title, share } = head.headline();
	// With no line the text answers, the head stays as it is, but furniture between it and the
	// text marks no break there either.
	if (title < 0) return lines.map((l, i) => (i === first ? joined(l) : l));
	const start = isKicker(lines, title, share[title - 1] ?? 0, all) ? title - 1 : title;
	let end = title + 1;
	// A line closing on a dash leads into the line under it, its title, whatever that one shares.
	if (/——$/.test(lines[title]!.text.trim()) && end < first && isHeadlineLine(lines[end]!)) end++;
	while (end < first && isHeadlineLine(lines[end]!) && share[end]! >= MIN_BLOCK_SHARE) end++;
	// A line stamped with its posting day or hour is the page's meta, whatever it shares.
	const between = lines.slice(end, first).filter(
		(l, k) =>
			(share[end + k]! >= MIN_BLOCK_SHARE && !hasPostingStamp(l.text)) ||
			BYLINE_LINE.test(l.text) ||
			DATELINE.test(l.text) ||
			PHOTO_CREDIT.test(l.text) ||
			endsSentence(l.text) ||
			// A summary (提要) over the text, a long clause without its full stop.
			(isClause(l.text) && hanCount(l.text) >= MIN_SUMMARY_HAN),
	);
	// A broadcast's headline is one line: lines of it over the text (its lead among the first
	// paragraphs, after an editor's note) are its halves, broken by the page.
	const broadcast =
		end - start === 2 &&
		lines.slice(first, first + LEAD_WINDOW).some((l) => BROADCAST_LEAD.test(l.text.trim())) &&
		areHalves(lines[start]!, lines[start + 1]!);
	const block = broadcast ? [oneLine(lines.slice(start, end))] : lines.slice(start, end);
	// A headline too long to look like one, or long enough to be joined to the text as a broken
	// line once the furniture between them is gone, is marked as the page's heading: it stays the title.
	// A line closing on a dash leads into the line under it, the title it is the kicker of.
	const kicker = /——$/.test(lines[title]!.text) && end > title + 1;
	if (
		!broadcast &&
		!kicker &&
		(!looksLikeHeading(lines[title]!) || lines[title]!.text.length > LONG_HEADLINE)
	)
		block[title - start] = { ...lines[title]!, heading: 1 };
	return [
		block[0]!,
		...block.slice(1).map(joined),
		...between.map(joined),
		joined(lines[first]!),
		...lines.slice(first + 1),
	];
}

/**
 * Lines of one headline as one line at the first one's place, a space between two halves unless a
 * word runs across the break (`…出席庆` + `祝…`).
 */
function oneLine(halves: readonly SourceLine[]): SourceLine {
	const text = halves
		.map((l) => l.text.trim())
		.reduce(
			(upper, lower) =>
				upper + (wordCutAtBreak(upper, lower, SEAM_WINDOW) === undefined ? ' ' : '') + lower,
		);
	return { ...halves[0]!, text, heading: 1 };
}

/**
 * True when `upper` and `lower` may be two halves of one headline: printed one right under the
 * other, both headline-shaped, opening on a character or an opening mark, with no field's colon, bar,
 * slash or dot between parts (a credit, a site's name and column, a tool bar), no byline, dateline, breadcrumb,
 * account's line or site name, no outlet's name for a first word.
 */
function areHalves(upper: SourceLine, lower: SourceLine): boolean {
	return (
		lower.line === upper.line + 1 &&
		[upper, lower].every(
			(l) =>
				isHeadlineLine(l) &&
				/^[\p{Script=Han}\d“《【]/u.test(l.text.trim()) &&
				!/[:：|｜·•/／]/.test(l.text) &&
				!BYLINE_LINE.test(l.text) &&
				!DATELINE.test(l.text) &&
				!BREADCRUMB.test(l.text) &&
				// A path's arrows (`首页》新闻动态》…`): a closing mark no title mark opened.
				!/[>»›＞〉→》]/.test(l.text.replace(/《[^《》]*》/g, '')) &&
				!isAccountLine(l.text) &&
				// A site's name and its column (`某某网 新闻频道`): an outlet's name as the first word.
				!isOutletName(l.text.trim().split(/\s+/)[0]!) &&
				!isSiteLike(l.text) &&
				!hasPostingStamp(l.text),
		)
	);
}

/** The line with no mark of furniture dropped before it: no item boundary stands there. */
function joined(l: SourceLine): SourceLine {
	if (l.afterFurniture !== true) return l;
	const { afterFurniture: _, ...rest } = l;
	return rest;
}

/** True for a clause of running text cut short (a caption `图③：某某站，客运员在引导旅客`). */
export function isClause(text: string): boolean {
	return /[，,]/.test(text) && hanCount(text) >= MIN_CLAUSE_HAN;
}
