import type { PageFurniture } from '../schema/page-furniture.ts';
import { readEpaperHeader } from './epaper-header.ts';
import { isEpaperToolBar } from './epaper-tools.ts';
import { fieldKind } from './field-keys.ts';
import { DATE_START } from './meta-dates.ts';
import { endsSentence, hanAtLeast, hanCount, isFurnitureLine } from './patterns.ts';
import { isSpacedMenu, menuRuns } from './menus.ts';
import {
	browserTitleHeadline,
	isGalleryNumber,
	isShapeFurniture,
	isSiteLike,
	siteColonHeadline,
} from './furniture-shapes.ts';
import { breadcrumbMetaTail } from './crumb-meta.ts';
import { readPageMetaLine } from './page-meta.ts';
import { anyPattern } from '../regex-union.ts';
import { twoPlateNameAtStart } from './outlets.ts';
import { phraseStarts, startsWithPhrase } from './phrase-starts.ts';
import type { SourceLine } from './types.ts';
import { isAppBarName, isSiteHeader } from './site-header.ts';
import { isJumpNote } from './jump-note.ts';
import { isRevisionNote } from './revision-note.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';
import {
	dropAccountCard,
	isFollowButton,
	PREV_NEXT_LABEL,
	wrapsHeadlineBelow,
} from './furniture-context.ts';

const {
	maxPhraseLine: MAX_PHRASE_LINE,
	maxAnywhereLine: MAX_ANYWHERE_LINE,
	minQuotingProseHan: MIN_QUOTING_PROSE_HAN,
	maxDisclaimer: MAX_DISCLAIMER,
	maxListItem: MAX_LIST_ITEM,
	maxRelatedListHead: MAX_RELATED_LIST_HEAD,
	sidebarLines: SIDEBAR_LINES,
	minSidebarTextHan: MIN_SIDEBAR_TEXT_HAN,
	maxBarPieceMean: MAX_BAR_PIECE_MEAN,
	minDottedItems: MIN_DOTTED_ITEMS,
	maxDottedItem: MAX_DOTTED_ITEM,
	maxDottedItemMean: MAX_DOTTED_ITEM_MEAN,
	maxSiteName: MAX_SITE_NAME,
	maxSiteBar: MAX_SITE_BAR,
	maxSloganBarPieces: MAX_SLOGAN_BAR_PIECES,
	maxBilingualLine: MAX_BILINGUAL_LINE,
	maxPortalMenu: MAX_PORTAL_MENU,
	minProseHan: MIN_PROSE_HAN,
	minParagraphHan: MIN_PARAGRAPH_HAN,
	headLines: HEAD_LINES,
	minRepostedHan: MIN_REPOSTED_HAN,
	headlineBelowLines: HEADLINE_BELOW_LINES,
	maxReprintNote: MAX_REPRINT_NOTE,
} = readIngestLines().furniture;
/** A repost mark closing a line: `（转载）`, `(转自某某网)`. */
const REPOST_MARK = /\s*[（(【[]\s*(?:转载|转发|转自|原载)[^)）】\]]{0,16}[)）】\]]\s*$/;

const SEPARATOR = /\s*[|｜丨│¦▏▕┃]\s*|\s*[>»›]\s*/g;
const SEPARATOR_CHAR = /[|｜丨│¦▏▕┃>»›]/;

/** A share or scan prompt: `分享到：`, `扫一扫在手机打开`; not a heading that starts so (`打开微信，参加…`). */
function isSharePrompt(text: string): boolean {
	return /^(?:分享|转发|扫一扫|微信扫一扫|扫码|打开微信)/.test(text) && !/[，,“”]/.test(text);
}

/** Lead-in marks before a phrase: spaces, brackets, bullets. */
const LEAD = /^[\s【\[(\uFF08「『〔〈［<《·•■□◆◇▶▷►▼▽▲△↓↑→>+＋]+/;

/**
 * True for a navigation or tool bar: short pieces between `|` or `>` with no sentence
 * (`首页 | 新闻 | 政务公开`, `首页 > 新闻中心 > 本地新闻`, `||||`), or a line of separators only.
 */
export function isNavigationLine(text: string): boolean {
	if (/^[\s|｜丨│¦\-—=_*·•━─═]+$/.test(text)) return true;
	// A rule of any symbols run together (`◆◇◆◇`, `※※※`): no letter or figure; an ellipsis is the
	// text's own pause, and symbols set apart by spaces (`※ ※ ※`) a story's own section break.
	if (/^[^\p{L}\p{N}\s]{3,}$/u.test(text) && !/^[…．.。]+$/.test(text)) return true;
	if (isSpacedMenu(text)) return true;
	if (isDottedMenu(text)) return true;
	// No separator at all (nearly every line): nothing to split.
	if (!SEPARATOR_CHAR.test(text)) return false;
	const pieces = text.split(SEPARATOR).filter((p) => p.trim() !== '');
	const separators = (text.match(SEPARATOR) ?? []).length;
	if (separators < 2 && !(separators >= 1 && /首页/.test(text))) return false;
	if (/[。！？!?；;]/.test(text)) return false;
	const mean = pieces.reduce((n, p) => n + p.length, 0) / Math.max(1, pieces.length);
	return mean <= MAX_BAR_PIECE_MEAN;
}

/**
 * True for a menu of short items set apart by spaced middle dots (`某某县概况 · 领导之窗 · 政府文件 ·
 * 规划计划`, `· 政务动态 · 政策解读 · 依申请公开`): four items or more, none a clause.
 */
function isDottedMenu(text: string): boolean {
	if (/[，。！？；,.!?;:：]/.test(text)) return false;
	const items = text
		.split(/(?:^|\s)[·•](?:\s|$)/)
		.map((p) => p.trim())
		.filter((p) => p !== '');
	return (
		items.length >= MIN_DOTTED_ITEMS &&
		items.every((p) => p.length <= MAX_DOTTED_ITEM && !/\s/.test(p)) &&
		items.reduce((n, p) => n + p.length, 0) / items.length <= MAX_DOTTED_ITEM_MEAN
	);
}

/** An e-paper page's number: `第A03版`, `05版`, `B6版`; a letter's (`A15`) only with a separator after it. */
const PAGE_NUMBER = '(?:第\\s*)?[A-Z]?\\s*\\d{1,3}\\s*版';
/** A page's section name, possibly of two words joined by a dot: `要闻`, `经济·产业`. */
const SECTION = '[\\u3400-\\u9fff]{1,10}(?:\\s*[·•]\\s*[\\u3400-\\u9fff]{1,10}){0,2}';
/** What pages print between a page's number and its section: a colon, slash, bar, dot, bracket or dash. */
const LABEL_SEPARATOR = '(?:[:：/|｜·•】\\]〕)）]|[-—－–]{1,2})';
const PAGE_LABEL = new RegExp(
	[
		`^${PAGE_NUMBER}(?:\\s*${LABEL_SEPARATOR}?\\s*(?:${SECTION})?)?$`,
		`^[A-Z]\\d{1,3}(?:\\s*${LABEL_SEPARATOR}\\s*|\\s+)${SECTION}$`,
		'^(?:版次|版名|版面)\\s*[:：]',
		// The page shown, keyed, with its number (`本版：05 要闻`); `本版：` before a sentence is none.
		`^(?:本版|当前版面?)\\s*[:：]\\s*[A-Z]?\\d{1,3}\\s*版?(?:\\s*${LABEL_SEPARATOR}?\\s*${SECTION})?$`,
		// After the section the number keeps its 第 (`要闻 · 第03版`, `要闻（第03版）`): `本期共16版` is no label.
		`^${SECTION}\\s*(?:[:：/|｜·•]|[-—－–]{1,2})?\\s*[（(]?第\\s*[A-Z]?\\s*\\d{1,3}\\s*版[)）]?$`,
	].join('|'),
);

/**
 * True for an e-paper page label: `第A03版：要闻`, `A3版`, `版次：05`, `03版 综合新闻`, `A15：理论`,
 * `【第01版：本地新闻】`, `要闻 · 第03版`, `05版 / 要闻`, `【第12版】理论`, `B06·文化·旅游`,
 * `A05版 — 要闻`, `〔第05版〕要闻`, `要闻（第05版）`, `本版：05 要闻`: a page
 * number, with 版 or a page letter, and at most a section's name (of one or two dotted words) before
 * or after it, set off by any of the separators pages print (a colon, a slash, a bar, a dot, a
 * bracket, a dash).
 */
export function isPageLabel(text: string): boolean {
	// Every form below has 版 or opens with a page letter: most lines have neither.
	if (!text.includes('版') && !/[A-Z]/.test(text)) return false;
	const bare = text.replace(/^[【\[〖〔(（]\s*|\s*[】\]〗〕)）]$/g, '');
	return PAGE_LABEL.test(bare);
}

/**
 * True for a page label with the page's editors after it (`A05 要闻  责编：某某`): the page's furniture,
 * as the label is, though it does not by itself say the page is a paper's (a web copy of one story
 * prints it too).
 */
export function isLabelWithEditors(text: string): boolean {
	const editors = PAGE_EDITORS.exec(text);
	return (
		editors !== null &&
		fieldKind(editors[1]!) === 'people' &&
		isPageLabel(text.slice(0, editors.index))
	);
}

/** True for a column's name in brackets alone: two characters and a column's head noun (`【部门动态】`). */
function isColumnLabel(text: string, heads: readonly string[]): boolean {
	const name = /^[【[]([\u3400-\u9fff]{4})[】\]]$/.exec(text.trim())?.[1];
	return name !== undefined && heads.includes(name.slice(2));
}

/** A person keyed by a role closing the line, after spaces: `  责编：某某`. */
const PAGE_EDITORS = /\s+([\u3400-\u9fff]{1,4})\s*[:：]\s*[\u3400-\u9fff·]{2,5}$/;

/** A site's greeting or status around its name: `欢迎访问…`, `…欢迎您`, `…（试运行）`. */
const SITE_DECORATION =
	/^(?:您好[，,!！]?\s*)?欢迎(?:您|你)?(?:访问|来到|光临|登录)\s*|\s*欢迎(?:您|你)(?:的?(?:访问|光临))?[!！]?$|\s*[（(【[][\u3400-\u9fff]{2,6}[）)】\]]$/g;

/**
 * True for a site's own name standing alone, with its greeting or status words if any:
 * `某某县人民政府门户网站`, `某某县人民政府`, `某某新闻网`, `欢迎访问某某区政务网`, `中国某某县网（试运行）`.
 */
export function isSiteName(text: string): boolean {
	// Spaces inside the name (`某某县政府门户  官方网站`) are layout, not words.
	const name = text
		.replace(SITE_DECORATION, '')
		.replace(/^中国\s*[·•]?\s*/, '中国')
		.replace(/\s+/g, '');
	return (
		name.length <= MAX_SITE_NAME &&
		(/^[\u3400-\u9fff]{2,20}(?:人民政府(?:门户)?(?:网站?)?|门户网站?|政府网站?|政务网|政务服务网|新闻网|融媒体中心|官方网站|官网)$/.test(
			name,
		) ||
			/^(?:中国)?[\u3400-\u9fff]{1,10}(?:省|市|县|区|旗|州|盟)(?:人民政府)?网站?$/.test(name) ||
			// `中国·某某县`: a county portal's name.
			/^中国[\u3400-\u9fff]{1,10}(?:省|市|县|区|旗|州|盟)$/.test(name))
	);
}

/** A site's greeting after its name: `某某县政务服务中心欢迎您`. */
const SITE_GREETING = /^[\u3400-\u9fff]{2,24}欢迎(?:您|你)(?:的?(?:访问|光临))?[!！]?$/;

/**
 * True for a bar of the site's name and its buttons set apart by bars: `登录 注册 | 某某县人民政府欢迎您`.
 */
function isSiteBar(text: string): boolean {
	if (text.length > MAX_SITE_BAR || !/[|｜丨]|\s[·•]\s/.test(text)) return false;
	const pieces = text
		.split(/[|｜丨]|\s[·•]\s/)
		.map((p) => p.trim())
		.filter((p) => p !== '');
	const site = (p: string) => isSiteName(p) || SITE_GREETING.test(p) || isSiteLike(p);
	if (pieces.length < 2 || !pieces.some(site)) return false;
	// The site's name and its buttons, or its name first and a short slogan after it
	// (`某某县人民政府门户网站 · 美丽乡村新家园`).
	return (
		pieces.every((p) => site(p) || isShapeFurniture(p) || /^[A-Za-z]+$/.test(p)) ||
		(site(pieces[0]!) &&
			pieces.length <= MAX_SLOGAN_BAR_PIECES &&
			pieces.slice(1).every((p) => /^[\u3400-\u9fff]{2,8}$/.test(p)))
	);
}

/**
 * True for furniture printed with English labels beside its Chinese words (`Share 分享 ▸ WeChat`,
 * `HOME 首页  NEWS 新闻`): the line read without its Latin words is furniture.
 */
function isBilingualFurniture(text: string, furniture: PageFurniture): boolean {
	if (
		text.length > MAX_BILINGUAL_LINE ||
		!/[A-Za-z]{2}/.test(text) ||
		!/[\u3400-\u9fff]/.test(text)
	)
		return false;
	const han = text
		.replace(/[A-Za-z][A-Za-z'&.-]*/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	if (hanCount(han) < 2) return false;
	return (
		isSharePrompt(han.replace(LEAD, '')) ||
		isSpacedMenu(han) ||
		isPhraseFurniture(han, furniture) ||
		isShapeFurniture(han) ||
		isNavigationLine(han)
	);
}

/**
 * Web widgets told by their shape, not their words: a player's clock (`00:00 / 02:36`), a read
 * count (`阅读 10万+`), a WeChat byline with its date (`原创 某某发布 2024-05-01`, `原创 记者 某某发布 2024/5/1`), an app prompt
 * (`下载某某客户端…`, `某某客户端 随时随地看新闻`), a file to download (`附件1.pdf`).
 */
const WIDGET = [
	// A player's clock, with its buttons after it or not (`00:00 / 02:15 全屏 静音`).
	/^\d{1,2}:\d{2}(?::\d{2})?\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s+[\u3400-\u9fff]{1,4})*$/,
	/^(?:阅读|在看|点赞|浏览)\s*[:\uFF1A]?\s*\d[\d.]*\s*[万wW]?\+?$/,
	new RegExp(`^原创(?:\\s+\\S{2,20}){1,3}\\s+${DATE_START}`),
	/^(?:下载|打开|安装).{0,16}(?:客户端|APP|App|app)/,
	/^(?:下载|打开|安装)[^，。！]{1,12}[，,]\s*(?:查看|阅读|观看|浏览)(?:更多|全文|原文)/,
	// An app's name and its pitch, set apart by a space (`下载某某 看高清直播`, `某某客户端 随时随地看`).
	/^(?:(?:扫码)?(?:下载|安装)[^\s，。]{2,10}|[^\s，。]{1,12}(?:客户端|APP|App|app))\s+[^\s，。！？]{2,12}$/,
	/^评论\s*[(\uFF08]?\s*\d+\s*[)\uFF09]?\s*条?$/,
	// An account's greeting asking the reader to follow it (`Hi～欢迎关注某某融媒！`).
	/^(?:[A-Za-z]{1,5}\s*[～~!！,，]\s*)?欢迎(?:大家|您)?关注[^，。]{2,20}[!！。]?$/,
	// How long the text takes to read (`温馨提示：本文阅读约需4分钟`, `全文约2000字，阅读约需5分钟`).
	/^(?:温馨提示[:\uFF1A]\s*)?(?:本文|全文)[^。]{0,12}(?:约需|大约需要|预计需要|预计|约)\s*\d+\s*分钟/,
	/^[^\s，。；]{1,40}\.(?:docx?|pdf|xlsx?|wps|zip|rar|ofd)$/i,
];
const isWidget = anyPattern(WIDGET);

/**
 * A site's disclaimer on what it reprints (`声明：转载此文…如有侵权请联系删除`): keyed 声明 and about
 * reprinting, rights or taking the text down, however long its sentences.
 */
const DISCLAIMER = /^[【[]?(?:免责|版权)?声明[】\]]?\s*[:：]/;
const DISCLAIMER_TOPIC = /转载|版权|侵权|侵犯|删除/;

// A phrase in 【】 is matched where the line starts, any other after the line's lead-in marks.
const isBracketed = (phrase: string) => phrase.startsWith('【');
const isPlain = (phrase: string) => !phrase.startsWith('【');

/**
 * True for a sentence of running text (a sentence end, thirty Han characters and a comma at least):
 * one that happens to open with a prompt's words (`扫码、绑定手机、付费，舱门…`) is text.
 */
export function isProseSentence(text: string): boolean {
	return endsSentence(text) && hanAtLeast(text, MIN_PROSE_HAN) && /[，,]/.test(text);
}

/** True for a paragraph of running text: a sentence of fifteen Han characters or more. */
const isParagraph = (text: string) => endsSentence(text) && hanAtLeast(text, MIN_PARAGRAPH_HAN);

/**
 * True for a line of two sentences or more between two paragraphs: running text, though it names a
 * platform or a notice's words (`…在某某微信公众号上留言。`); a notice stands before or after the text.
 */
function isParagraphBetween(lines: SourceLine[], i: number): boolean {
	const text = lines[i]!.text;
	return (
		isParagraph(text) &&
		/[。！？!?][”"’]?(?=.)/.test(text.slice(0, -1)) &&
		isParagraph(lines[i - 1]?.text ?? '') &&
		isParagraph(lines[i + 1]?.text ?? '')
	);
}

/** True for a line the phrase lists mark as furniture. */
export function isPhraseFurniture(text: string, furniture: PageFurniture): boolean {
	const bare = text.replace(LEAD, '');
	if (isWidget(bare)) return true;
	if (text.length <= MAX_DISCLAIMER && DISCLAIMER.test(text) && DISCLAIMER_TOPIC.test(text))
		return true;
	const word = bare.replace(/[\s】\]):\uFF1A]+$/, '');
	if (furniture.wholeLines.includes(word)) return true;
	if (isPortalMenu(bare, furniture.portalChannels)) return true;
	if (text.length <= MAX_PHRASE_LINE) {
		const starts = phraseStarts(furniture.linePhrases);
		if (startsWithPhrase(starts, text, isBracketed)) return true;
		if (!isProseSentence(text) && startsWithPhrase(starts, bare, isPlain)) return true;
	}
	if (text.length > MAX_ANYWHERE_LINE || endsSentenceOfProse(text)) return false;
	// A notice may break its phrase with a comma or a space (`如需转载，请注明出处`).
	const joined = text.replace(/[\s，,、]+/g, '');
	return furniture.anywherePhrases.some((p) => joined.includes(p));
}

/** What sets a portal menu's channels apart (one of it, and a run of it). */
const MENU_SEPARATOR = /[\s·•|｜丨│]/;
const MENU_SEPARATORS = /[\s·•|｜丨│]+/;

/**
 * True for a government portal's menu of its top-level channels alone (`政务公开　政务服务　政民互动`,
 * `信息公开 · 互动交流`): two or more of them between spaces, dots or bars, and nothing else. A
 * headline naming a channel says something of it (`推进政务公开`); a line of channels only says nothing.
 */
function isPortalMenu(text: string, channels: readonly string[]): boolean {
	// Without a separator there is one piece: looking for one is far cheaper than splitting.
	if (channels.length === 0 || text.length > MAX_PORTAL_MENU || !MENU_SEPARATOR.test(text))
		return false;
	const pieces = text.split(MENU_SEPARATORS).filter((p) => p !== '');
	return pieces.length >= 2 && pieces.every((p) => channels.includes(p));
}

// A sentence of running text that quotes a phrase (…请注明出处。) is no notice when it is long.
function endsSentenceOfProse(text: string): boolean {
	return endsSentence(text) && hanAtLeast(text, MIN_QUOTING_PROSE_HAN);
}

/** A box's label in brackets alone on its line: `【文章属性】`, `【信息属性】`. */
const FIELDS_LABEL = /^[【[][\u3400-\u9fff]{2,8}[】\]]$/u;

/**
 * True when the line at `i` closes a list of other articles: the page's keyed fields (`来源：某某局`,
 * `日期：2023年08月10日`), or a label in brackets right over them. A list's item is a title, never a
 * field; a side column prints the page's own fields after the list.
 */
function endsList(lines: SourceLine[], i: number): boolean {
	const t = lines[i]!.text;
	const fields = (text: string) => readPageMetaLine(text)?.kind === 'fields';
	if (fields(t)) return true;
	return FIELDS_LABEL.test(t) && i + 1 < lines.length && fields(lines[i + 1]!.text);
}

/**
 * True when the list head at `i` labels the story's own reading box: at most two short lines (its
 * heading) and then running text, not a list of other articles' titles.
 */
function opensSidebar(lines: SourceLine[], i: number): boolean {
	for (let k = i + 1; k <= i + SIDEBAR_LINES && k < lines.length; k++) {
		const t = lines[k]!.text;
		// A line too long for a list item is running text too.
		if (endsSentence(t) || t.length > MAX_LIST_ITEM)
			return k === i + 1 || hanCount(t) >= MIN_SIDEBAR_TEXT_HAN;
	}
	return false;
}

/**
 * Drops web page furniture by general features: phrase lists from `search-config/page-furniture.json`
 * (share, comment and app prompts, reposting notices, print/close buttons, breadcrumbs), navigation
 * bars of short pieces between separators, e-paper page labels, the site's name standing alone,
 * and related-article lists (a list head such as 相关新闻 with the short title lines under it).
 * Nothing is marked as an item boundary: a share bar between a headline and its text is no break.
 * Returns the kept lines and the site's name when it stood alone on a line.
 */
export function dropWebFurniture(
	lines: SourceLine[],
	furniture: PageFurniture,
): { lines: SourceLine[]; siteName?: string } {
	const out: SourceLine[] = [];
	let siteName: string | undefined;
	let inList = false;
	const menu = menuRuns(lines);
	for (const [i, line] of lines.entries()) {
		// The end of the lines under this one where a browser's title looks for its headline.
		const below = i + 1 + HEADLINE_BELOW_LINES;
		// A repost mark closing the headline at the top of the page (`标题（转载）`) is no part of it.
		const reposted = out.length < HEAD_LINES ? REPOST_MARK.exec(line.text) : null;
		const block =
			reposted !== null && hanCount(line.text.slice(0, reposted.index)) >= MIN_REPOSTED_HAN
				? { ...line, text: line.text.slice(0, reposted.index) }
				: line;
		const t = block.text;
		if (
			inList &&
			t.length <= MAX_LIST_ITEM &&
			!endsSentence(t) &&
			block.heading === undefined &&
			!endsList(lines, i)
		)
			continue;
		// A box's label over the page's keyed fields (`【文章属性】` over `来源：…`) is no text.
		if (inList && FIELDS_LABEL.test(t) && endsList(lines, i)) {
			inList = false;
			continue;
		}
		inList = false;
		// A breadcrumb that prints the page's fields after its path: the fields stay for the cleaner.
		const crumbMeta = breadcrumbMetaTail(t);
		if (crumbMeta !== undefined) {
			out.push({ ...block, text: crumbMeta });
			continue;
		}
		const bare = t.replace(LEAD, '');
		const listHead =
			(t.length <= MAX_RELATED_LIST_HEAD &&
				furniture.relatedListHeads.some((h) => bare.startsWith(h)) &&
				!opensSidebar(lines, i)) ||
			// A link to the page before or after, its label alone over the other page's title.
			PREV_NEXT_LABEL.test(t);
		// Such a label with a blank line under it is a bare button: the line after it is the page's own.
		const opensList =
			listHead && !(PREV_NEXT_LABEL.test(t) && lines[i + 1]?.line !== line.line + 1);
		// A site names itself in its masthead, above the story.
		// A WeChat account's line (`原创 某某县融媒体中心`) is the account's, not the site's name.
		if (out.length < HEAD_LINES && !/^原创\s/.test(t) && isSiteName(t)) {
			// A body's second nameplate in brackets (`某某县融媒体中心（某某县广播电视台）`) is its name's.
			siteName ??= (twoPlateNameAtStart(t) === t ? t : t.replace(SITE_DECORATION, ''))
				.replace(/\s+/g, '')
				.replace(/官方网站$|官网$|门户网站?$|网站$/, '');
			continue;
		}
		// The headline printed again below with a site's, channel's or repost's word before or after it
		// (`标题 - 某某号·政务`, `某某局·标题`, `标题（转载）`) is the browser's page title.
		if (out.length < HEAD_LINES && wrapsHeadlineBelow(line.text, lines.slice(i + 1, below)))
			continue;
		// The browser's page title (`标题——某某日报`) goes when the headline follows; else it is the
		// headline. A bar of the site's name and its buttons (`某某县人民政府 | 无障碍 | English`) is none.
		const headline = out.length < HEAD_LINES && !isSiteBar(t) ? browserTitleHeadline(t) : undefined;
		if (headline !== undefined) {
			if (!lines.slice(i + 1, below).some((l) => l.text === headline))
				out.push({ ...block, text: headline });
			continue;
		}
		// `站名：标题` goes only where the headline is printed again below: else it is the headline.
		const colonTitle = out.length < HEAD_LINES ? siteColonHeadline(t) : undefined;
		if (colonTitle !== undefined && lines.slice(i + 1, below).some((l) => l.text === colonTitle))
			continue;
		// A reprint's note of its original (`（转载自：某某日报）`) names the source: the cleaner reads it.
		if (
			t.length <= MAX_REPRINT_NOTE &&
			/转|原载|源自|首发/.test(t) &&
			readPageMetaLine(t)?.original === true
		) {
			out.push(block);
			continue;
		}
		// The grammar's own furniture (责任编辑, 延伸阅读) is left to the cleaner, which marks an item
		// boundary after it; a share or scan prompt is no boundary (it sits between a headline and its text).
		if (!isSharePrompt(bare) && isFurnitureLine(t)) {
			inList = opensList;
			out.push(block);
			continue;
		}
		// A follow button closes an account's card: its name and a line about it stand above it.
		if (isFollowButton(bare)) {
			dropAccountCard(out, lines, i);
			continue;
		}
		// A portal's channel named alone above the headline (`政策解读`, `【图文解读】`), in the page's
		// head before any running text, labels the column.
		// The name is tested first: looking back over the kept lines for every line was quadratic.
		const channelLabel =
			(furniture.portalChannels.includes(bare.replace(/[】\]]$/, '').trim()) ||
				isColumnLabel(t, furniture.columnHeads)) &&
			(out.length < HEAD_LINES || !out.some((l) => isParagraph(l.text)));
		if (
			listHead ||
			channelLabel ||
			menu.has(i) ||
			(!isParagraphBetween(lines, i) && isPhraseFurniture(t, furniture)) ||
			isEpaperToolBar(t, furniture.epaperToolWords, furniture.epaperToolParts) ||
			isShapeFurniture(t) ||
			isGalleryNumber(t, lines[i + 1]?.text) ||
			isNavigationLine(t) ||
			isPageLabel(t) ||
			isJumpNote(t) ||
			isRevisionNote(t) ||
			isLabelWithEditors(t) ||
			isSiteBar(t) ||
			isSiteHeader(t) ||
			isAppBarName(t, lines[i + 1]?.text) ||
			isBilingualFurniture(t, furniture)
		) {
			// The page's fields set off by bars, keyed (`时间：… | 来源：… | 点击数：…`, `来源｜某某日报`) or
			// dated (`2021-08-03 | 某某局 | 阅读量 12`), look like a tool bar, and a WeChat head line naming the
			// account and its time (`原创 某某发布 2024-05-01 发表于某省`) like a byline, but they are its
			// meta line: the cleaner reads them.
			const meta = listHead ? undefined : readPageMetaLine(t);
			// An e-paper's header behind a button (`往期回顾 ▾ 2021-03-09 某某日报`) still names the
			// paper and the issue's date: the cleaner reads it and drops it.
			const header = listHead ? undefined : readEpaperHeader(t);
			if (
				(meta?.kind === 'fields' &&
					(/[:：]|^原创\s/.test(t) || meta.date !== undefined || meta.source !== undefined)) ||
				(header?.paper !== undefined && header.date !== undefined)
			) {
				out.push(block);
				continue;
			}
			inList = opensList;
			continue;
		}
		out.push(block);
	}
	return siteName === undefined ? { lines: out } : { lines: out, siteName };
}
