import { closesArticle } from './article-close.ts';
import { isFigureCallout } from './figure-callout.ts';
import { dropCommentThread } from './comment-thread.ts';
import { isFooterShape } from './site-chrome.ts';
import { isPublisherName } from './outlets.ts';
import { endsSentence, KEYED_PHOTO_CREDIT } from './patterns.ts';
import { isPictureFurniture } from './picture-furniture.ts';
import type { LinksAfterText } from '../schema/page-furniture.ts';
import type { AuthorCards, TailNotices, WeatherBox } from '../schema/tail-notices.ts';
import { authorCardLines } from './author-card.ts';
import { ATTACHMENT_LABEL, BOX_LABEL, TAIL_FIELD } from './tail-fields.ts';
import { isTailNotice } from './tail-notices.ts';
import { replyCardLines } from './reply-card.ts';
import type { ReplyCards } from '../schema/reply-cards.ts';
import { weatherBoxLines } from './weather-box.ts';
import type { SourceLine } from './types.ts';
import { isClause } from './web-head.ts';
import { isBodyText } from './web-headline.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

// The tail of a web page after its last paragraph: what stays (the lines that close an article)
// and what goes (the page's footer, prompts and links).

const { maxPromptQuestion: MAX_PROMPT_QUESTION, minPromptQuestions: MIN_PROMPT_QUESTIONS } =
	readIngestLines().webTail;

const isPromptQuestion = (text: string) =>
	text.length <= MAX_PROMPT_QUESTION && /[？?][”"’)）]?$/.test(text.trim());

/**
 * The last line of the text: the last body-text line, unless the lines after the text are a box of
 * short questions (a help widget's greeting and its frequent questions, `猜你想问`), which no
 * article closes with; `box` says so. A lone rhetorical question closing the text stays.
 */
function lastTextLine(
	kept: SourceLine[],
	all: SourceLine[],
	links: LinksAfterText | undefined,
	isNotice: (l: SourceLine) => boolean,
): { last: number; box: boolean } {
	// A notice about the article under it (a correction, a call for tips) is a sentence, not its text.
	const isText = (l: SourceLine) => isBodyText(l.text) && !isNotice(l);
	let last = kept.length - 1;
	let questions = 0;
	for (; last >= 0; last--) {
		const line = kept[last]!;
		if (isPromptQuestion(line.text)) questions++;
		else if (isText(line)) break;
	}
	if (questions >= MIN_PROMPT_QUESTIONS) return { last, box: true };
	last = kept.length - 1;
	while (last >= 0 && !isText(kept[last]!)) last--;
	while (last >= 0 && isStranded(kept, all, last, links)) {
		last--;
		while (last >= 0 && !isBodyText(kept[last]!.text)) last--;
	}
	return { last: lastBeforeLinks(kept, all, last, links), box: false };
}

/**
 * True when `kept[last]`, a short line, stands under the page's furniture, away from the text: at
 * least `links.farFromText` lines dropped as furniture (links, a comment bar, attached files) part it
 * from the text above. An article's close follows its text; a help widget's greeting or a notice
 * after the page's furniture is the page's, whatever its wording.
 */
function isStranded(
	kept: SourceLine[],
	all: SourceLine[],
	last: number,
	links: LinksAfterText | undefined,
): boolean {
	if (links === undefined || kept[last]!.text.length > links.maxChars) return false;
	let above = last - 1;
	while (above >= 0 && !isBodyText(kept[above]!.text)) above--;
	if (above < 0) return false;
	const [from, to] = [kept[above]!.line, kept[last]!.line];
	const keptLines = new Set(kept.map((l) => l.line));
	// A picture or gallery between the paragraphs (its counter, buttons, caption) stands inside the
	// text: its lines part nothing from it.
	const dropped = all.filter(
		(l) => l.line > from && l.line < to && !keptLines.has(l.line) && !isPictureFurniture(l.text),
	);
	return dropped.length >= links.farFromText;
}

/** A line that closes a statement: a full stop, an exclamation or an ellipsis, a quote after it. */
const CLOSES_STATEMENT = /[。！!…][”"’)）]?$/;

/**
 * The text's last line where the lines from `last` up are a run of short lines under furniture
 * dropped right after a paragraph (`阅读量 N`, a share bar): accounts, a list's head and its
 * titles, one of which may read as a sentence or a question, are the page's links, not the text.
 */
function lastBeforeLinks(
	kept: SourceLine[],
	all: SourceLine[],
	last: number,
	links: LinksAfterText | undefined,
): number {
	if (links === undefined) return last;
	const isLink = (text: string) => text.length <= links.maxChars && !CLOSES_STATEMENT.test(text);
	let before = last;
	while (before >= 0 && isLink(kept[before]!.text)) before--;
	if (before < 0 || last - before < links.minLines || !isBodyText(kept[before]!.text)) return last;
	const [from, to] = [kept[before]!.line, kept[before + 1]!.line];
	const keptLines = new Set(kept.map((l) => l.line));
	return all.some((l) => l.line > from && l.line < to && !keptLines.has(l.line)) ? before : last;
}

/**
 * The tail of a web page after its last paragraph: once a line there was dropped as furniture
 * (责任编辑, 分享到, 上一篇 …), or a line there reads as a field (`值班编辑：某某`) or labels a list of attached
 * files (`【附件】`: `tail-fields.ts`), the lines after it are the page's footer too (a phone number, an address, a
 * copyright line), whatever their wording; so are the lines from a contact or registration line on
 * (`isFooterShape`). Before that, only sentences, clauses and lines that close an article (its
 * issuer, a date, a byline, a bracketed note) stay: a short line that is none of these is a prompt
 * or a link, whatever its wording. `all` holds the lines before furniture was dropped, `kept` those
 * left; lines are matched by their line number. Readers' comments under the text go first
 * (`dropCommentThread`). With `links`, a run of short lines right under furniture dropped after a
 * paragraph is the page's links, though one of them reads as a sentence (`lastBeforeLinks`).
 * With `boxes`, notices about the article (a correction, a call for tips: `tail-notices.ts`), a
 * weather box (`weather-box.ts`), a card about the writer (`author-card.ts`) and a 政民互动 card's
 * lines (`reply-card.ts`) and, with `isPrompt`, a prompt to follow or download (`关注…官方微信，获取更多资讯`)
 * under the text go,
 * and none of them is its last line.
 */
export function trimWebTail(
	page: SourceLine[],
	all: SourceLine[],
	links?: LinksAfterText,
	boxes: {
		notices?: TailNotices | undefined;
		weather?: WeatherBox | undefined;
		authors?: AuthorCards | undefined;
		replies?: ReplyCards | undefined;
		isPrompt?: (text: string) => boolean;
	} = {},
): SourceLine[] {
	const kept = dropCommentThread(page);
	const weather = weatherBoxLines(all, boxes.weather);
	const cards = authorCardLines(all, boxes.authors);
	const replies = replyCardLines(kept, boxes.replies);
	const isNotice = (l: SourceLine) =>
		weather.has(l.line) ||
		cards.has(l.line) ||
		isTailNotice(l.text, boxes.notices) ||
		replies.has(l.line) ||
		boxes.isPrompt?.(l.text) === true;
	const { last, box } = lastTextLine(kept, all, links, isNotice);
	if (last < 0 || last === kept.length - 1) return kept;
	const after = kept[last]!.line;
	const keptLines = new Set(kept.map((l) => l.line));
	// A picture's credit dropped under the text (`图：某某提供`) is the story's picture box, no footer;
	// so are a gallery's counter, its viewer's buttons and a marked caption with a sentence of the
	// text under them (a short last paragraph).
	const sentenceUnder = (line: number) => endsSentence(kept.find((k) => k.line > line)?.text ?? '');
	const dropped = all.find(
		(l) =>
			l.line > after &&
			!keptLines.has(l.line) &&
			!KEYED_PHOTO_CREDIT.test(l.text) &&
			!(isPictureFurniture(l.text) && sentenceUnder(l.line)),
	)?.line;
	const field = kept
		.slice(last + 1)
		.find(
			(l) => TAIL_FIELD.test(l.text) || ATTACHMENT_LABEL.test(l.text) || isFooterShape(l.text),
		)?.line;
	// A box's label right over the fields (`温馨提示` over `咨询电话：…`) is the box's, not the text's close.
	const over = kept.findIndex((l) => l.line === field) - 1;
	const label =
		over > last && BOX_LABEL.test(kept[over]!.text) && !isPublisherName(kept[over]!.text)
			? kept[over]!.line
			: undefined;
	const from = Math.min(dropped ?? Infinity, label ?? field ?? Infinity);
	// Once a line here is no text (a widget's label, a list's head), a sentence or clause under it is
	// that widget's or list's (`感谢您的评价！`, a title with a comma): only an article's close stays.
	let widget = false;
	return kept.filter((l, i) => {
		if (i <= last) return true;
		if (l.line >= from || (box && isPromptQuestion(l.text)) || isNotice(l)) return false;
		if (closesArticle(l.text) || (!widget && isFigureCallout(kept, i))) return true;
		// A rule of dots or ellipses (`…………`) closes nothing: it holds no word.
		const text = /[\p{L}\p{N}]/u.test(l.text) && (endsSentence(l.text) || isClause(l.text));
		widget ||= !text && !isPictureFurniture(l.text);
		return text && !widget;
	});
}
