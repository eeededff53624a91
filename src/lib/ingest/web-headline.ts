import { looksLikeHeading } from './clean.ts';
import { hasPostingStamp, isWordedDayAlone } from './posting-stamp.ts';
import { isSiteLike } from './site-like.ts';
import { TAGGED_QUESTION } from './line-roles.ts';
import { isSiteHeader } from './site-header.ts';
import { endsSentence, hanCount, OUTLET_LEAD, titleCharsAtLeast } from './patterns.ts';
import { bigramSet, sharesIn } from './text-overlap.ts';
import type { SourceLine } from './types.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

// The headline of a web page saved as text: the headline-shaped line above the first paragraph
// that the text answers.

/** Paragraphs of the body a head line is compared with. */
export const BODY_WINDOW = readIngestLines().webHead.bodyWindow;
/** Share that keeps a line between the title and the body (副题). */
export const MIN_BLOCK_SHARE = readIngestLines().webHead.minBlockShare;
const {
	minTitleShare: MIN_TITLE_SHARE,
	minEcho: MIN_ECHO,
	maxSpacedHeadline: MAX_SPACED_HEADLINE,
	minHeadlineChars: MIN_HEADLINE_CHARS,
	minSentenceHan: MIN_SENTENCE_HAN,
	minLongTextHan: MIN_LONG_TEXT_HAN,
} = readIngestLines().webHead;
const { maxTaggedQuestion: MAX_TAGGED_QUESTION } = readIngestLines().lineRoles;
// Running text is counted up to the larger threshold: a longer text passes both alike.
const BODY_TEXT_COUNT = Math.max(MIN_SENTENCE_HAN, MIN_LONG_TEXT_HAN);
/** A field whose value is a number: `服务热线：12345`, `邮编：000000`. */
const FIELD_VALUE = /[:：]\s*[\d\s()（）-]+$/;
/** Phrases set apart by a spaced middle dot, a site's slogan: `权威发布 · 政务公开`. */
const SPACED_PHRASES = /[\u3400-\u9fff]\s+[·•]\s+[\u3400-\u9fff]/;

/**
 * True for a long headline of several clauses set apart by spaces, with no sentence or clause
 * punctuation: enumeration marks (`人大、政府、政协`) and a name's colon (`某某：…`) may stand in it.
 */
function isLongHeadline(text: string): boolean {
	return text.length <= MAX_SPACED_HEADLINE && !/[，。；！？,;!?]/.test(text) && /\s/.test(text);
}

/** True for the first line of running text: a sentence, or a long line with clause punctuation. */
export function isBodyText(text: string): boolean {
	const han = hanCount(text, BODY_TEXT_COUNT);
	return (
		(endsSentence(text) && han >= MIN_SENTENCE_HAN) ||
		(han >= MIN_LONG_TEXT_HAN && /[，,。；;]/.test(text))
	);
}

/**
 * The headline of a web page whose first paragraph is at `first`: the headline-shaped line above
 * it that shares the most character bigrams with the opening paragraphs (-1 when none shares
 * enough), with every head line's share. A portal prints its headline above the page's fields
 * (发布时间, 来源): when a line above `fields` qualifies, a line below them (a subtitle, the text's
 * first sub-heading) is no headline.
 */
function findWebHeadline(lines: SourceLine[], first: number, fields?: PageFields): WebHeadline {
	const opening = lines
		.slice(first, first + BODY_WINDOW)
		.map((l) => l.text)
		.join('\n');
	// A column's label in brackets (`【某某专栏】标题`) names the column, which the text may or may not
	// echo: a line is read with or without it, whichever shares more.
	const readings = lines.slice(0, first).map((l) => {
		const whole = bigramSet(l.text);
		const bare = l.text.replace(COLUMN_LABEL, '');
		return bare === l.text ? [whole] : [whole, bigramSet(bare)];
	});
	const shares = sharesIn(readings.flat(), opening);
	const grams: Set<number>[] = [];
	const share: number[] = [];
	let at = 0;
	for (const [whole, label] of readings) {
		const wholeShare = shares[at++]!;
		const labelShare = label === undefined ? -1 : shares[at++]!;
		grams.push(label !== undefined && labelShare > wholeShare ? label : whole!);
		share.push(Math.max(labelShare, wholeShare));
	}
	// Shared bigrams over the root of the line's bigrams: a short menu word that shares one word
	// with the text scores below the headline, and so does the headline with the site's name added.
	const score = grams.map((g, i) => share[i]! * Math.sqrt(g.size));
	// A site's or body's name, a slogan of spaced phrases or a field (`服务热线：12345`) heads no story.
	const ofSite = (text: string) =>
		isSiteLike(text) || isSiteHeader(text) || FIELD_VALUE.test(text) || SPACED_PHRASES.test(text);
	const best = (upTo: number, site = true) => {
		let title = -1;
		// The later of equal lines wins: a contents list or the browser's title repeats the headline above it.
		for (let i = 0; i < upTo; i++)
			if (
				isHeadlineLine(lines[i]!) &&
				// A line opening on a dash (`——记某某`) is the subtitle under a headline, never the headline.
				!/^——/.test(lines[i]!.text) &&
				(site || !ofSite(lines[i]!.text)) &&
				share[i]! >= MIN_TITLE_SHARE &&
				(title < 0 || score[i]! >= score[title]!)
			)
				title = i;
		return title;
	};
	// A headline-shaped line the text prints again word for word (its lead line, a pull quote) is
	// the text's own: a headline-shaped line above it that shares some words heads the page.
	const settle = (title: number) => {
		if (title < 0 || lines[title]!.text.length < MIN_ECHO || !opening.includes(lines[title]!.text))
			return title;
		let over = -1;
		for (let i = 0; i < title; i++)
			if (
				isHeadlineLine(lines[i]!) &&
				!ofSite(lines[i]!.text) &&
				share[i]! >= MIN_BLOCK_SHARE &&
				(over < 0 || score[i]! >= score[over]!)
			)
				over = i;
		return over >= 0 ? over : title;
	};
	const below = fields === undefined ? -1 : lines.findIndex((l) => l.line > fields.line);
	if (below <= 0 || below > first) return { title: settle(best(first)), share };
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
	return { title: overTitle ? over : settle(best(first)), share };
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
	// A broadcast's lead (`央视网消息（新闻联播）：`) opens the text, even with nothing after it (a round-up).
	const first = lines.findIndex((l) => isBodyText(l.text) || OUTLET_LEAD.test(l.text));
	let found: WebHeadline | undefined;
	return { first, headline: () => (found ??= findWebHeadline(lines, first, fields)) };
}

/** A column's label in brackets opening a headline: `【奋进新征程】`. */
export const COLUMN_LABEL = /^【[^【】]{1,30}】\s*/;

/**
 * A line shaped like a headline: four Han characters or more (a figure among them counting as one), short or a long spaced headline or
 * a question before its column tag (`开着空调，为啥还冷？（说道）`), judged without the column label in
 * brackets that may open it. A line stamped with its posting day or hour is the page's meta, a
 * worded day alone a speech's date, and its salutation (`同志们：`) the opening of its text.
 */
export function isHeadlineLine(line: SourceLine): boolean {
	const text = line.text.replace(COLUMN_LABEL, '');
	const bare = text === line.text ? line : { ...line, text };
	return (
		titleCharsAtLeast(text, MIN_HEADLINE_CHARS) &&
		!hasPostingStamp(text) &&
		!isWordedDayAlone(text) &&
		// A speech's salutation, its addressees in the plural closing on a colon (`各位代表，同志们：`),
		// opens the text; a headline may close on a colon (`某某三英烈：`) over its subtitle.
		!/们[:：]$/.test(text) &&
		(looksLikeHeading(bare) ||
			isLongHeadline(text) ||
			(text.length <= MAX_TAGGED_QUESTION && TAGGED_QUESTION.test(text)))
	);
}
