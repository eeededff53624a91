import { alternation, MEDIA_WORDS } from '../schema/media-words.ts';
import { readEpaperHeader } from './epaper-header.ts';
import { isShapeFurniture } from './furniture-shapes.ts';
import { dateOf } from './meta-dates.ts';
import { isBareDateline, isCreditLine, opensWithBoxLabel } from './line-roles.ts';
import { readSourceNote } from './source-notes.ts';
import { BROADCAST_PROGRAMMES, isAccountLine, isOutletName, isPublisherName } from './outlets.ts';
import {
	BYLINE_LINE,
	CAPTION_MARKER,
	endsSentence,
	isFurnitureLine,
	hanAtLeast,
	KEYED_PHOTO_CREDIT,
	PAREN_BYLINE,
	PHOTO_CREDIT,
	SOURCE_LABEL,
} from './patterns.ts';
import type { SourceLine } from './types.ts';
import { readIngestArticles } from '../schema/ingest-articles.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

const { minRunningTextHan: MIN_RUNNING_TEXT_HAN } = readIngestLines().prose;
const { maxByline: MAX_BYLINE } = readIngestLines().lineRoles;
const {
	minBoxTextHan: MIN_BOX_TEXT_HAN,
	maxPictureLine: MAX_PICTURE_LINE,
	maxPictureCount: MAX_PICTURE_COUNT,
	maxToolWord: MAX_TOOL_WORD,
	maxHeadPrompt: MAX_HEAD_PROMPT,
	minTranscriptHan: MIN_TRANSCRIPT_HAN,
	minTitleBeforeSiteHan: MIN_TITLE_BEFORE_SITE_HAN,
} = readIngestLines().broadcastHead;

/**
 * A saved TV-news page read by the grammar of its genre: its transcript opens with the
 * broadcaster's lead naming the programme (`某某网消息（新闻联播）：`) under a one-line title. So
 * above the title stands only the site's chrome, between the title and the lead only the page's
 * meta and tools, and after the transcript's last sentence only the page's tail (editors, other
 * items, app prompts, copyright), whatever their wording.
 */

/** A programme's name: a national one, or one ending as programmes do (`某某联播`, `某某新闻`). */
const PROGRAMME_NAME = `(?:${alternation(BROADCAST_PROGRAMMES)}|[\\u3400-\\u9fff]{2,8}(?:${alternation(MEDIA_WORDS.programmeEndings)}|新闻))`;
/** A programme's name alone: a browser title's piece. */
const PROGRAMME_ALONE = new RegExp(`^${PROGRAMME_NAME}$`);
/** The broadcaster's lead opening a transcript: `某某网消息（新闻联播）：`. */
const BROADCAST_LEAD = new RegExp(
	`^[\\u3400-\\u9fffA-Za-z]{1,12}消息\\s*[(（]${PROGRAMME_NAME}[)）]\\s*[:：]`,
);
/** The programme's name printed before the title with a separator: `新闻联播丨`, `《新闻联播》：`. */
const PROGRAMME_PREFIX = new RegExp(
	`^[《【[]?(?:${alternation(BROADCAST_PROGRAMMES)})[》】\\]]?\\s*[:：|｜丨]\\s*(?=\\S)`,
);
/** A media word in brackets after the title: `（视频）`, `[组图]`. */
const MEDIA_SUFFIX = new RegExp(
	`\\s*[(（[【]\\s*(?:${alternation(MEDIA_WORDS.mediaWords)})\\s*[)）\\]】]$`,
);
/** Separators between a browser title's pieces (`标题_频道_某某网`, `标题-节目-某某网`). */
const TITLE_PIECE = /\s*(?:_+|\s-\s|-|－|\||｜|丨)\s*([^_\-－|｜丨]+)$/;
/** A web address in brackets after a site's name: `某某网(cctv.com)`. */
const DOMAIN = /\s*[(（]?[a-z0-9-]+(?:\.[a-z0-9-]+)+[)）]?$/i;
/** A channel or column of a site: `新闻频道`, `视频`. */
const CHANNEL = /^[\u3400-\u9fff]{0,6}(?:频道|栏目|视频|新闻)$/;
/** A line of short words set apart by spaces or bars, three at least: a menu or a tool bar. */
const SHORT_WORDS = /^[^\s|｜丨]{1,4}(?:\s*[\s|｜丨]\s*[^\s|｜丨]{1,4}){2,}$/;
/** A prompt to share, scan, follow or download: a platform's or a reader's action named. */
const PROMPT =
	/微信|微博|朋友圈|QQ|二维码|客户端|APP|好友|分享|转发|扫一扫|扫码|点赞|收藏|订阅|关注[“"「《]|点击|了解更多|查看更多|阅读原文/i;
/** A copyright notice or an app prompt, which may print as a sentence. */
const TAIL_SENTENCE =
	/版权所有|未经.{0,10}(?:授权|许可)|(?:禁止|不得|严禁).{0,4}转载|不代表.{0,24}(?:观点|立场)|ICP|Copyright|All Rights Reserved|©|(?:下载|打开|安装).{0,12}(?:客户端|APP)|客户端.{0,10}(?:看|观看|阅读)/i;

const { maxBroadcastBoxLines: MAX_BOX_LINES } = readIngestArticles().splitting;

/** True for a line of an editors' note or a lead-in box: under a box's label, or running text. */
const isBoxText = (text: string) =>
	opensWithBoxLabel(text) ||
	(hanAtLeast(text, MIN_BOX_TEXT_HAN) && (endsSentence(text) || /[。！？]/.test(text)));

/** True for the page's meta (its header, source, date or byline), which the meta reader takes. */
const isMeta = (text: string) =>
	readEpaperHeader(text) !== undefined ||
	// A dateline with only its byline (`本网讯（记者 某某）`) over the broadcaster's lead.
	isBareDateline(text) ||
	SOURCE_LABEL.test(text) ||
	dateOf(text) !== undefined ||
	(text.length <= MAX_BYLINE && (BYLINE_LINE.test(text) || PAREN_BYLINE.test(text))) ||
	// A note naming where the text comes from (`本文来源：…`, a copy's `以下文章来源于…`).
	readSourceNote(text) !== undefined ||
	// A credit set off by a bar (`文｜某某`), a publisher's name alone, or an account's line (its name
	// after its writer's, or printed twice).
	/^(?:文|图|文图|撰文|记者|作者|编辑)\s*[|｜丨/／]\s*[\u3400-\u9fff·]{2,4}$/.test(text) ||
	isCreditLine(text) ||
	isPublisherName(text) ||
	isAccountLine(text) ||
	/^以下文章来源于/.test(text);

/** A picture's caption by its marker (`▲`, `图为`, `上图：`), or `图：` alone. */
const isCaptionMarked = (text: string) => CAPTION_MARKER.test(text) || /^图\s*[:：]/.test(text);
/** The pictures' giver or photographer in brackets, alone on the line: `（本文图片由某某中心提供）`. */
const GIVER_ALONE = /^[(（][^()（）]{0,30}(?:图片由|供图|摄)[^()（）]{0,30}[)）]$/;
/** A gallery's count of its pictures (`1/3`, `（1/3）`, `第1张 共3张`, `共3张图片`) or its pager (`上一张 下一张`). */
const PICTURE_COUNT =
	/(?<!\d)\d{1,3}\s*[/／]\s*\d{1,3}(?!\d)|共\s*\d{1,3}\s*张|[上下]一(?:张|幅|组)/;

/**
 * True for a picture printed between the title and the lead (a lead photo, a gallery's first
 * picture): its caption, its credit, its counter or pager. A caption heads no story.
 */
const isPicture = (text: string) =>
	text.length <= MAX_PICTURE_LINE &&
	(isCaptionMarked(text) ||
		GIVER_ALONE.test(text) ||
		PHOTO_CREDIT.test(text) ||
		KEYED_PHOTO_CREDIT.test(text) ||
		(text.length <= MAX_PICTURE_COUNT && PICTURE_COUNT.test(text)));

/** True for what a page prints between its title and the lead, never the title. */
const isHeadChrome = (text: string) =>
	isMeta(text) ||
	isPicture(text) ||
	// A time alone (`19:32`, `时长：02:35`) is the player's.
	/(?<!\d)(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)/.test(text) ||
	// A word or two alone (`微信`, `分享`) is a tool, not a headline; `#话题` tags a post.
	text.length <= MAX_TOOL_WORD ||
	/^#\S/.test(text) ||
	isFurnitureLine(text) ||
	isShapeFurniture(text) ||
	(text.length <= MAX_HEAD_PROMPT && (SHORT_WORDS.test(text) || PROMPT.test(text)));

/** A name as a list prints it, with a note in brackets or not: `某某某（女）`. */
const LISTED_NAME = '[\\u3400-\\u9fff·]{2,10}(?:[(（][^()（）]{1,8}[)）])?';
/** A line of names, six at least, set apart by spaces or 、 (or only by a note's bracket): a list the transcript reads out. */
const NAME_LIST = new RegExp(
	`^${LISTED_NAME}(?:(?:[\\s、，,]+|(?<=[)）]))${LISTED_NAME}){5,}[。；;]?$`,
);

/** An item of a numbered list the transcript reads out: `1. …`, `2、…`, `（三）…`. */
const NUMBERED_ITEM = /^(?:\d{1,2}\s*\\?[.、．]|[(（]?[一二三四五六七八九十]{1,3}[)）、])\s*\S/;
/** A document's place and date of signing under its text: `2023年3月11日于北京`. */
const SIGNED = /^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:于[\u3400-\u9fff]{1,8})?$/;

/**
 * True for the transcript's own text, which ends the search for the page's tail: a sentence (a
 * copyright notice or an app prompt is none), a list of names, an item of a numbered list, a
 * document's signing line.
 */
const isTranscriptText = (text: string) =>
	(endsSentence(text) && hanAtLeast(text, MIN_TRANSCRIPT_HAN) && !TAIL_SENTENCE.test(text)) ||
	NAME_LIST.test(text) ||
	NUMBERED_ITEM.test(text) ||
	SIGNED.test(text);

/** A site's name or channel closing a browser title. */
function isSitePiece(piece: string): boolean {
	const name = piece.replace(DOMAIN, '').trim();
	if (name === '') return true;
	return (
		isOutletName(name) ||
		isPublisherName(name) ||
		CHANNEL.test(name) ||
		PROGRAMME_ALONE.test(name) ||
		/^[A-Za-z][A-Za-z0-9 .-]{1,20}$/.test(name)
	);
}

/** The title line without the programme's name before it, a media tag after it, or the site's name. */
export function cleanBroadcastTitle(text: string): string {
	let title = text.replace(PROGRAMME_PREFIX, '').replace(MEDIA_SUFFIX, '');
	for (let m = TITLE_PIECE.exec(title); m !== null; m = TITLE_PIECE.exec(title)) {
		const before = title.slice(0, m.index);
		if (!hanAtLeast(before, MIN_TITLE_BEFORE_SITE_HAN) || !isSitePiece(m[1]!)) break;
		title = before;
	}
	return title.trim();
}

/**
 * Reads a page holding one broadcast lead by the genre's grammar: the title is the nearest line
 * above the lead that is no meta or tool line, and loses the programme's name, a media tag and a
 * browser title's site name; what stands above it goes, and so do the tools between it and the lead
 * (the meta stays for the meta reader), and every line after the transcript's last sentence. A page
 * with running text above the title holds other stories and keeps its head.
 */
export function trimBroadcastPage(lines: SourceLine[]): SourceLine[] {
	const lead = soleLead(lines);
	if (lead === undefined) return lines;
	let end = lines.length;
	while (end > lead + 1 && !isTranscriptText(lines[end - 1]!.text)) end--;
	const tail = lines.slice(lead, end);
	let title = lead - 1;
	// An editors' note or a lead-in box (`编者按：…`, `导语` and its lines) may stand between the title
	// and the lead: a few lines of running text or under a box's label, never the title.
	let box = 0;
	while (
		title >= 0 &&
		(isHeadChrome(lines[title]!.text) || (box < MAX_BOX_LINES && isBoxText(lines[title]!.text)))
	) {
		if (!isHeadChrome(lines[title]!.text)) box++;
		title--;
	}
	if (title < 0) return [...lines.slice(0, lead), ...tail];
	if (holdsRunningText(lines.slice(0, title))) return [...lines.slice(0, lead), ...tail];
	const titleLine = lines[title]!;
	const between = lines.slice(title + 1, lead).filter((l) => isMeta(l.text));
	const text = cleanBroadcastTitle(titleLine.text);
	return [{ ...titleLine, text: hanAtLeast(text, 2) ? text : titleLine.text }, ...between, ...tail];
}

/**
 * True for a page holding one broadcast item: one broadcaster's lead and no running text above it.
 * The item is one article whatever headings its transcript prints (a collection of notices, each
 * under its own `公告 第N号`, read out as one item).
 */
export function isOneBroadcastItem(lines: SourceLine[]): boolean {
	const lead = soleLead(lines);
	return lead !== undefined && !holdsRunningText(lines.slice(0, lead));
}

/** Where the page's one broadcaster's lead stands; undefined for none or several. */
function soleLead(lines: SourceLine[]): number | undefined {
	let lead: number | undefined;
	for (const [i, l] of lines.entries()) {
		if (!BROADCAST_LEAD.test(l.text)) continue;
		if (lead !== undefined) return undefined;
		lead = i;
	}
	return lead;
}

/** True when lines hold running text (a sentence of `prose.minRunningTextHan` Han characters or more): other stories. */
const holdsRunningText = (lines: SourceLine[]) =>
	lines.some((l) => endsSentence(l.text) && hanAtLeast(l.text, MIN_RUNNING_TEXT_HAN));
