import { looksLikeHeading } from './clean.ts';
import { isNavigationLine } from './furniture-lines.ts';
import { isFooterShape, isSiteLike } from './furniture-shapes.ts';
import { TAGGED_QUESTION } from './line-roles.ts';
import { isPublisherName } from './outlets.ts';
import { readPageMetaLine } from './page-meta.ts';
import {
	BYLINE_LINE,
	DATELINE,
	endsSentence,
	hanCount,
	PHOTO_CREDIT,
	TRAILING_BYLINE,
} from './patterns.ts';
import { bigramSet, shareIn } from './text-overlap.ts';
import type { SourceLine } from './types.ts';

/** Paragraphs of the body a head line is compared with. */
const BODY_WINDOW = 8;
/** Share of a line's bigrams found in the body that makes it the headline the body answers. */
const MIN_TITLE_SHARE = 0.3;
/** Share that keeps a line between the title and the body (副题). */
const MIN_BLOCK_SHARE = 0.12;
/** Fewest Han characters of a summary line kept between the headline and the text. */
const MIN_SUMMARY_HAN = 20;
/** A field whose value is a number: `服务热线：12345`, `邮编：000000`. */
const FIELD_VALUE = /[:：]\s*[\d\s()（）-]+$/;
/** Phrases set apart by a spaced middle dot, a site's slogan: `权威发布 · 政务公开`. */
const SPACED_PHRASES = /[\u3400-\u9fff]\s+[·•]\s+[\u3400-\u9fff]/;
/** Share that makes the line above the title its kicker (引题). */
const MIN_KICKER_SHARE = 0.25;

/**
 * True for a long headline of several clauses set apart by spaces, with no sentence or clause
 * punctuation: enumeration marks (`人大、政府、政协`) and a name's colon (`某某：…`) may stand in it.
 */
function isLongHeadline(text: string): boolean {
	return text.length <= 200 && !/[，。；！？,;!?]/.test(text) && /\s/.test(text);
}

/** True for the first line of running text: a sentence, or a long line with clause punctuation. */
export function isBodyText(text: string): boolean {
	const han = hanCount(text);
	return (endsSentence(text) && han >= 15) || (han >= 50 && /[，,。；;]/.test(text));
}

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
	if (above === undefined || share < MIN_KICKER_SHARE || hanCount(above.text) < 5) return false;
	// A site's masthead or slogan stands above the menus; a kicker never has a menu, a breadcrumb or
	// a rule under it before its title (meta and tool lines may come between).
	const titleLine = lines[title]!.line;
	const menuBetween = all.some(
		(l) =>
			l.line > above.line &&
			l.line < titleLine &&
			(isNavigationLine(l.text) || (l.text.length <= 60 && /首页/.test(l.text))),
	);
	if (menuBetween) return false;
	if (!looksLikeHeading(above) || above.text.includes(lines[title]!.text)) return false;
	const menu = lines[title - 2];
	return menu === undefined || menu.text.length > 6 || isBodyText(menu.text);
}

/**
 * The headline of a web page whose first paragraph is at `first`: the headline-shaped line above
 * it that shares the most character bigrams with the opening paragraphs (-1 when none shares
 * enough), with every head line's share. A portal prints its headline above the page's fields
 * (发布时间, 来源): when a line above `fields` qualifies, a line below them (a subtitle, the text's
 * first sub-heading) is no headline.
 */
function findWebHeadline(lines: SourceLine[], first: number, fields?: PageFields): WebHeadline {
	const body = bigramSet(
		lines
			.slice(first, first + BODY_WINDOW)
			.map((l) => l.text)
			.join('\n'),
	);
	// A column's label in brackets (`【某某专栏】标题`) names the column, which the text may or may not
	// echo: a line is read with or without it, whichever shares more.
	const grams = lines.slice(0, first).map((l) => {
		const whole = bigramSet(l.text);
		const bare = l.text.replace(COLUMN_LABEL, '');
		if (bare === l.text) return whole;
		const label = bigramSet(bare);
		return shareIn(label, body) > shareIn(whole, body) ? label : whole;
	});
	const share = grams.map((g) => shareIn(g, body));
	// Shared bigrams over the root of the line's bigrams: a short menu word that shares one word
	// with the text scores below the headline, and so does the headline with the site's name added.
	const score = grams.map((g, i) => share[i]! * Math.sqrt(g.size));
	// A site's or body's name, a slogan of spaced phrases or a field (`服务热线：12345`) heads no story.
	const ofSite = (text: string) =>
		isSiteLike(text) || FIELD_VALUE.test(text) || SPACED_PHRASES.test(text);
	const best = (upTo: number, site = true) => {
		let title = -1;
		// The later of equal lines wins: a contents list or the browser's title repeats the headline above it.
		for (let i = 0; i < upTo; i++)
			if (
				isHeadlineLine(lines[i]!) &&
				(site || !ofSite(lines[i]!.text)) &&
				share[i]! >= MIN_TITLE_SHARE &&
				(title < 0 || score[i]! >= score[title]!)
			)
				title = i;
		return title;
	};
	const below = fields === undefined ? -1 : lines.findIndex((l) => l.line > fields.line);
	if (below <= 0 || below > first) return { title: best(first), share };
	// A line over the fields that shares enough, not the site's, beats those under them.
	const above = best(below, false);
	if (above >= 0) return { title: above, share };
	// Else the line printed right over the fields is the headline when it shares some words with
	// the text, a column's headline (`某某（观象台）`) being often a figure of speech the text hardly
	// repeats.
	const over = lines.findIndex((l) => l.line === fields?.over);
	const overText = lines[over]?.text ?? '';
	const overTitle =
		over >= 0 &&
		over < below &&
		!/^——/.test(overText) &&
		isHeadlineLine(lines[over]!) &&
		share[over]! >= MIN_BLOCK_SHARE &&
		!ofSite(overText);
	return { title: overTitle ? over : best(first), share };
}

/** Where a page prints its fields (发布时间, 来源): their source line and the line right over them. */
export interface PageFields {
	line: number;
	over?: number;
}

/** A web page's headline (-1 when none) and every head line's share of bigrams with the text. */
export interface WebHeadline {
	title: number;
	share: number[];
}

/** A web page's head: where its first paragraph stands and its headline, found on first asking. */
export interface WebHead {
	/** Index of the first paragraph of running text, -1 when there is none. */
	first: number;
	headline: () => WebHeadline;
}

/**
 * The head of `lines`, read once for the checks that ask of it (bare meta lines, the web-page
 * test, the trim): the headline is looked for only when one asks, above the page's fields line
 * when one qualifies there.
 */
export function webHeadOf(lines: SourceLine[], fields?: PageFields): WebHead {
	const first = lines.findIndex((l) => isBodyText(l.text));
	let found: WebHeadline | undefined;
	return { first, headline: () => (found ??= findWebHeadline(lines, first, fields)) };
}

/** A column's label in brackets opening a headline: `【奋进新征程】`. */
const COLUMN_LABEL = /^【[^【】]{1,30}】\s*/;

/**
 * A line shaped like a headline: four Han characters or more, short or a long spaced headline or
 * a question before its column tag (`开着空调，为啥还冷？（说道）`), judged without the column label in
 * brackets that may open it.
 */
function isHeadlineLine(line: SourceLine): boolean {
	const text = line.text.replace(COLUMN_LABEL, '');
	const bare = text === line.text ? line : { ...line, text };
	return (
		hanCount(text) >= 4 &&
		(looksLikeHeading(bare) ||
			isLongHeadline(text) ||
			(text.length <= 50 && TAGGED_QUESTION.test(text)))
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
	if (first <= 1) return lines;
	const { title, share } = head.headline();
	if (title < 0) return lines;
	const start = isKicker(lines, title, share[title - 1] ?? 0, all) ? title - 1 : title;
	let end = title + 1;
	while (end < first && isHeadlineLine(lines[end]!) && share[end]! >= MIN_BLOCK_SHARE) end++;
	const between = lines.slice(end, first).filter(
		(l, k) =>
			share[end + k]! >= MIN_BLOCK_SHARE ||
			BYLINE_LINE.test(l.text) ||
			DATELINE.test(l.text) ||
			PHOTO_CREDIT.test(l.text) ||
			endsSentence(l.text) ||
			// A summary (提要) over the text, a long clause without its full stop.
			(isClause(l.text) && hanCount(l.text) >= MIN_SUMMARY_HAN),
	);
	const block = lines.slice(start, end);
	// A headline too long to look like one is marked as the page's heading, so it stays the title.
	if (!looksLikeHeading(lines[title]!)) block[title - start] = { ...lines[title]!, heading: 1 };
	const joined = (l: SourceLine): SourceLine => {
		if (l.afterFurniture !== true) return l;
		const { afterFurniture: _, ...rest } = l;
		return rest;
	};
	return [
		block[0]!,
		...block.slice(1).map(joined),
		...between.map(joined),
		joined(lines[first]!),
		...lines.slice(first + 1),
	];
}

/**
 * A page-tail field, whatever its label: `值班编辑：某某`, `（编辑：某某 审核：某某）`, `电话：0000-1234567`,
 * a line of links set apart by `|`, a copyright sign.
 */
const TAIL_FIELD =
	/^[（(【[]?[\u3400-\u9fff]{2,6}\s*[:：]\s*\S{1,30}(?:\s|$)|^[^。！？]{0,40}[|｜][^。！？]{0,40}$|©|[Cc]opyright/;

/** True for a clause of running text cut short (a caption `图③：某某站，客运员在引导旅客`). */
function isClause(text: string): boolean {
	return /[，,]/.test(text) && hanCount(text) >= 10;
}

/** A letter's closing formula on a line of its own, before 敬礼 and the signature: `此致`, `顺颂商祺`. */
const LETTER_CLOSING =
	/^(?:此致|谨致|特此|顺颂[\u3400-\u9fff]{0,2}|顺致[\u3400-\u9fff]{0,2})[，,。！!]?$/;

/**
 * True for a line that may close an article: its issuer, a date, a byline or credit, a bracketed
 * note, a letter's closing formula.
 */
function closesArticle(text: string): boolean {
	return (
		isPublisherName(text) ||
		LETTER_CLOSING.test(text) ||
		readPageMetaLine(text)?.kind === 'date' ||
		BYLINE_LINE.test(text) ||
		TRAILING_BYLINE.test(text) ||
		PHOTO_CREDIT.test(text) ||
		/^[（(【[].{1,40}[)）】\]]$/.test(text)
	);
}

/**
 * The tail of a web page after its last paragraph: once a line there was dropped as furniture
 * (责任编辑, 分享到, 上一篇 …), or a line there reads as a field (`值班编辑：某某`), the lines after it
 * are the page's footer too (a phone number, an address, a copyright line), whatever their wording;
 * so are the lines from a contact or registration line on (`isFooterShape`). Before that, only
 * sentences, clauses and lines that close an article (its issuer, a date, a byline, a bracketed note) stay:
 * a short line that is none of these is a prompt or a link, whatever its wording. `all` holds the
 * lines before furniture was dropped, `kept` those left; lines are matched by their line number.
 */
export function trimWebTail(kept: SourceLine[], all: SourceLine[]): SourceLine[] {
	let last = kept.length - 1;
	while (last >= 0 && !isBodyText(kept[last]!.text)) last--;
	if (last < 0 || last === kept.length - 1) return kept;
	const after = kept[last]!.line;
	const keptLines = new Set(kept.map((l) => l.line));
	const dropped = all.find((l) => l.line > after && !keptLines.has(l.line))?.line;
	const field = kept
		.slice(last + 1)
		.find((l) => TAIL_FIELD.test(l.text) || isFooterShape(l.text))?.line;
	const from = Math.min(dropped ?? Infinity, field ?? Infinity);
	return kept.filter(
		(l, i) =>
			i <= last ||
			(l.line < from && (endsSentence(l.text) || isClause(l.text) || closesArticle(l.text))),
	);
}
