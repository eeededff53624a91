import type { PageFurniture } from '../schema/page-furniture.ts';
import { DATE_START } from './meta-dates.ts';
import { endsSentence, hanAtLeast } from './patterns.ts';
import { anyPattern } from '../regex-union.ts';
import { phraseStarts, startsWithPhrase } from './phrase-starts.ts';
import { isFoldLine } from './fold-line.ts';
import { isPlayerNotice } from './player-notice.ts';
import { isChannelLink, isPortalMenu } from './portal-menu.ts';
import type { SourceLine } from './types.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

const {
	maxPhraseLine: MAX_PHRASE_LINE,
	maxAnywhereLine: MAX_ANYWHERE_LINE,
	minQuotingProseHan: MIN_QUOTING_PROSE_HAN,
	maxDisclaimer: MAX_DISCLAIMER,
	maxReprintRequest: MAX_REPRINT_REQUEST,
	minProseHan: MIN_PROSE_HAN,
	minParagraphHan: MIN_PARAGRAPH_HAN,
} = readIngestLines().furniture;

// Web furniture told by its words: the phrase lists of `search-config/page-furniture.json`, the
// widgets' wordings, a reprint disclaimer, a portal's channels; and the running text that only
// quotes such words.

/** A share or scan prompt: `分享到：`, `扫一扫在手机打开`; not a heading that starts so (`打开微信，参加…`). */
export function isSharePrompt(text: string): boolean {
	return /^(?:分享|转发|扫一扫|微信扫一扫|扫码|打开微信)/.test(text) && !/[，,“”]/.test(text);
}

/** Lead-in marks before a phrase: spaces, brackets, bullets. */
export const LEAD = /^[\s【\[(\uFF08「『〔〈［<《·•■□◆◇▶▷►▼▽▲△↓↑→>+＋▍▌▎┃]+/;

/** A document's file extension, as a page links an attachment: `.docx`, `.pdf`, `.ofd`. */
const DOCUMENT_FILE = String.raw`\.(?:docx?|pdf|xlsx?|wps|zip|rar|ofd)`;

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
	// A file's name alone (`某某实施方案.docx`).
	new RegExp(String.raw`^[^\s，。；]{1,40}${DOCUMENT_FILE}$`, 'i'),
	// An attached file's name, keyed or bracketed, with how often it was downloaded
	// (`附件【某某方案，2023年.docx】已下载 120 次`, `相关附件：某某表.xlsx（下载次数：35）`).
	new RegExp(
		String.raw`^(?:相关|下载)?附件\d*\s*[:：]?\s*[【[《“"]?[^。！？]{1,80}${DOCUMENT_FILE}\s*[】\]》”"]?\s*[（(]?\s*(?:已被?下载|下载次数|下载)\s*[:：]?\s*\d+\s*次?\s*[)）]?$`,
		'i',
	),
];
const isWidget = anyPattern(WIDGET);

/**
 * A site's disclaimer on what it reprints (`声明：转载此文…如有侵权请联系删除`): keyed 声明 and about
 * reprinting, rights or taking the text down, however long its sentences.
 */
const DISCLAIMER = /^[【[]?(?:免责|版权)?声明[】\]]?\s*[:：]/;
const DISCLAIMER_TOPIC = /转载|版权|侵权|侵犯|删除/;
/**
 * A site's request to whoever reprints the text, however it words it (`如需转载，请注明出处`,
 * `转载时请联系本站取得授权`): 转载, then a modal and a verb to credit or to ask within a short clause.
 */
const REPRINT_REQUEST =
	/转载[^。！？]{0,10}?(?:请|须|需|务必|应)[^。！？]{0,6}?(?:注明|标明|标注|保留|联系|取得|获得)/;
/**
 * A site's note on why it reprints (`本号转载仅供学习交流，不作商业用途`, `转载此文出于传递更多信息之目的`):
 * a reprint's verb, then what it is only for (learning, exchange, passing information on) or that it
 * is no commercial use, within a short clause.
 */
const REPRINT_PURPOSE =
	/(?:转载|转发|推送|转自|来源于?网络|来自网络)[^。！？]{0,12}?(?:仅供|仅作|仅为|仅用于|旨在|出于)[^。！？]{0,10}?(?:学习|交流|参考|传递|分享|研究)|(?:转载|转发|推送|本号|本站|本网|本平台|公众号)[^。！？]{0,20}?(?:非|不作|不做|不用于|不作为)商业用途/;

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
export const isParagraph = (text: string) =>
	endsSentence(text) && hanAtLeast(text, MIN_PARAGRAPH_HAN);

/**
 * True for a line of two sentences or more between two paragraphs: running text, though it names a
 * platform or a notice's words (`…在某某微信公众号上留言。`); a notice stands before or after the text.
 */
export function isParagraphBetween(lines: SourceLine[], i: number): boolean {
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
	if (isWidget(bare) || isFoldLine(bare, furniture.foldLines)) return true;
	if (isPlayerNotice(text, furniture.playerNotices)) return true;
	if (text.length <= MAX_DISCLAIMER && DISCLAIMER.test(text) && DISCLAIMER_TOPIC.test(text))
		return true;
	if (text.length <= MAX_REPRINT_REQUEST && REPRINT_REQUEST.test(text)) return true;
	if (text.length <= MAX_REPRINT_REQUEST && REPRINT_PURPOSE.test(text)) return true;
	const word = bare.replace(/[\s】\]):\uFF1A]+$/, '');
	if (furniture.wholeLines.includes(word)) return true;
	if (isPortalMenu(bare, furniture.portalChannels)) return true;
	if (isChannelLink(bare, furniture.portalChannels)) return true;
	if (text.length <= MAX_PHRASE_LINE) {
		const starts = phraseStarts(furniture.linePhrases);
		if (startsWithPhrase(starts, text, isBracketed)) return true;
		if (!isProseSentence(text) && startsWithPhrase(starts, bare, isPlain)) return true;
	}
	if (text.length > MAX_ANYWHERE_LINE || endsSentenceOfProse(text)) return false;
	// A notice may break its phrase with a comma or a space (`如需转载，请注明出处`).
	const joined = text.replace(/[\s，,、]+/g, '');
	const hits = furniture.anywherePhrases.filter((p) => joined.includes(p));
	return hits.length > 0 && !isPlatformStatement(text, hits, furniture);
}

/**
 * True for a sentence of text that names a platform without asking the reader to act
 * (`此外，某某景区微信公众号开通了线上预约，游客可免费领取门票。`): a paragraph with a comma, every
 * phrase it holds a platform's name (`followPrompts.platformWords`), no call to act, no 请 or 欢迎.
 */
function isPlatformStatement(text: string, hits: string[], furniture: PageFurniture): boolean {
	const prompts = furniture.followPrompts;
	return (
		prompts !== undefined &&
		isParagraph(text) &&
		/[，,]/.test(text) &&
		hits.every((h) => prompts.platformWords.some((w) => h.includes(w))) &&
		!prompts.actWords.some((w) => text.includes(w)) &&
		!/请|欢迎/.test(text)
	);
}

// A sentence of running text that quotes a phrase (…请注明出处。) is no notice when it is long.
function endsSentenceOfProse(text: string): boolean {
	return endsSentence(text) && hanAtLeast(text, MIN_QUOTING_PROSE_HAN);
}

/** True for a column's name in brackets alone: two characters and a column's head noun (`【部门动态】`). */
export function isColumnLabel(text: string, heads: readonly string[]): boolean {
	const name = /^[【[]([\u3400-\u9fff]{4})[】\]]$/.exec(text.trim())?.[1];
	return name !== undefined && heads.includes(name.slice(2));
}
