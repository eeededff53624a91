import { BOX_LABEL_SOURCE } from './box-label.ts';
import { looksLikeHeading } from './clean.ts';
import {
	BYLINE_LINE,
	DATELINE,
	OUTLET_LEAD,
	PAREN_BYLINE,
	PHOTO_CREDIT,
	hanCount,
	isFigureLine,
} from './patterns.ts';
import type { SourceLine } from './types.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

const {
	maxContentsRef: MAX_CONTENTS_REF,
	minGuideTitleHan: MIN_GUIDE_TITLE_HAN,
	maxBareCredit: MAX_BARE_CREDIT,
	maxCreditRestHan: MAX_CREDIT_REST_HAN,
	maxCreditLine: MAX_CREDIT_LINE,
	maxArtCredit: MAX_ART_CREDIT,
	maxByline: MAX_BYLINE,
	maxCreditedCaption: MAX_CREDITED_CAPTION,
	maxTaggedQuestion: MAX_TAGGED_QUESTION,
} = readIngestLines().lineRoles;

/** What a block is on a newspaper page. */
export type LineRole = 'dateline' | 'byline' | 'photo' | 'contents' | 'heading' | 'figure' | 'body';

const BOX_LABEL_ALONE = new RegExp(`^[【\\[]?${BOX_LABEL_SOURCE}[】\\]]?[:\\uFF1A]?$`);

/** The label of a box printed under a headline alone on its line: `核心阅读`, `内容提要`, `编者按`. */
export function isBoxLabel(text: string): boolean {
	return BOX_LABEL_ALONE.test(text);
}

const BOX_LABEL_OPENING = new RegExp(
	`^[【\\[▍■●◆]?\\s*${BOX_LABEL_SOURCE}\\s*(?:[】\\]]\\s*[:\\uFF1A]?|[:\\uFF1A]|$)`,
);

/**
 * True for a line that opens with a box's label, the box's text after it or alone: `编者按：…`,
 * `【编者的话】…`, `导语`, `【导读】全文约3000字…`. An editors' note or a lead-in box stands between
 * a headline and its text; it heads nothing.
 */
export function opensWithBoxLabel(text: string): boolean {
	return BOX_LABEL_OPENING.test(text);
}

/**
 * True for a line of a contents list: a magazine's (`标题 / 作者 标题 / 作者 …`, `…要目`), or a
 * newspaper's guide to the issue (`今日导读`, `本期导读`, a title with its page: `…(详见第四版)`,
 * `…第5版`, `…P3`).
 */
export function isContentsLine(text: string): boolean {
	return (
		(text.match(/\s[/\uFF0F]\s/g) ?? []).length >= 3 ||
		/(?:要目|本期目录|目\s*录)$/.test(text) ||
		isGuideLabel(text) ||
		namesItsPage(text)
	);
}

/** True for a guide to the issue's label alone: `今日导读`, `【本期导读】`. */
export const isGuideLabel = (text: string) =>
	/^[【[■●◆]?\s*(?:今日|本期|本版|要闻|新闻)?导\s*读\s*[】\]]?$/.test(text);

/** A page's number closing a guide's title: `…(详见第四版)`, `…第5版`, `……7版`, `…P3`, `… B2`. */
const PAGE_AFTER =
	/(?:[(\uFF08]?\s*(?:详见|见|转)?\s*(?:第\s*[\d一二三四五六七八九十]{1,3}\s*版|[A-Z]?\d{1,2}\s*版|P\d{1,2})\s*[)\uFF09]?|\s[A-H]\d{1,2})$/;
/**
 * A page's number opening a guide's title behind a list's mark (`▶第06版　某某`, `■ B3 | 某某`): bare,
 * it reads as the page's own label (`A14版 要闻`).
 */
const PAGE_BEFORE =
	/^[▶►>·•■●◆]\s*(?:第\s*[\d一二三四五六七八九十]{1,3}\s*版|[A-H]?\d{1,2}\s*版|[A-H]\d{1,2})\s*[\s:\uFF1A|｜丨]\s*(\S.*)$/;

/**
 * True for a guide's title with the page it is on, after it or before it (`某某……第6版`,
 * `▶A5　某某`, a story's title, not a page's name after its number): a line of a contents list or
 * of a guide to the issue.
 */
export function namesItsPage(text: string): boolean {
	if (text.length > MAX_CONTENTS_REF) return false;
	if (PAGE_AFTER.test(text)) return true;
	const title = PAGE_BEFORE.exec(text)?.[1];
	return title !== undefined && hanCount(title) >= MIN_GUIDE_TITLE_HAN;
}

/** A contents list's label standing alone: `版面目录`, `今日导读`, `【本期要目】`. */
export function isContentsLabel(text: string): boolean {
	return /^[【[■●◆]?\s*(?:版面|本版|本期|今日|要闻|新闻)?\s*(?:目\s*录|导\s*读|要\s*目)\s*[】\]]?$/.test(
		text,
	);
}

/** Every `PHOTO_CREDIT` names a photographer (摄), 供图 or 图片由…提供; a line with none is no credit. */
function mayBePhotoCredit(text: string): boolean {
	return text.includes('摄') || text.includes('供图') || text.includes('图片由');
}

/** True for a photo credit standing alone on its line: `雒 圆摄（新华社发）`, `李四摄`. */
export function isBareCredit(text: string): boolean {
	return (
		text.length <= MAX_BARE_CREDIT &&
		mayBePhotoCredit(text) &&
		PHOTO_CREDIT.test(text) &&
		hanCount(text.replace(PHOTO_CREDIT, '')) < MAX_CREDIT_REST_HAN
	);
}

/**
 * A credit line of the writer and the photographer: `文/张三 图/李四`, `文：张三  摄影：李四`; or two or
 * three roles of any wording, each a word of one to three characters naming how the story was made
 * (its text, pictures, writing, photos or reporting: 文, 图, 写, 摄, 采, 编) over a person's name
 * (`采写：张三 图片：李四`, `文字/张三 图片/李四`).
 */
const CREDIT_LINE =
	/^(?:(?:文|图|文图|撰文|摄影|作者)\s*[/\uFF0F:\uFF1A]\s*[\p{Script=Han}·]{2,5}\s*){1,3}$|^(?:\p{Script=Han}{0,2}[文图写摄采编]\p{Script=Han}{0,2}\s*[/\uFF0F:\uFF1A]\s*[\p{Script=Han}·]{2,4}\s+){1,2}\p{Script=Han}{0,2}[文图写摄采编]\p{Script=Han}{0,2}\s*[/\uFF0F:\uFF1A]\s*[\p{Script=Han}·]{2,4}$/u;

/** True for a line crediting only the story's writer and photographer (`采写：张三 图片：李四`). */
export function isCreditLine(text: string): boolean {
	return text.length <= MAX_CREDIT_LINE && CREDIT_LINE.test(text);
}

/** The credit closing a cartoon or a picture with verse: `勾 犇图 羽 生文` (drawn by one, written by the other). */
const ART_CREDIT =
	/^[\p{Script=Han}·]{1,4}(?:\s*[\p{Script=Han}·]{1,3})?\s*([图文])\s+[\p{Script=Han}·]{1,4}(?:\s*[\p{Script=Han}·]{1,3})?\s*(?!\1)[图文]$/u;

/**
 * True for the credit that closes a cartoon or a picture with verse, `王 五图 赵 六文`: the item
 * ends there, so a headline after it opens another.
 */
export function isArtCredit(text: string): boolean {
	return text.length <= MAX_ART_CREDIT && ART_CREDIT.test(text);
}

/** True for a line that opens a story as a dateline does: `本报北京1月18日电`, `央视网消息：`. */
export function isDatelineLead(text: string): boolean {
	return DATELINE.test(text) || (OUTLET_LEAD.test(text) && !text.startsWith('据'));
}

/** True for a dateline alone on its line, or with only its byline in brackets: `本网讯（记者 某某）`. */
export function isBareDateline(text: string): boolean {
	const m = DATELINE.exec(text);
	return m !== null && text.slice(m[0].length).replace(PAREN_BYLINE, '').trim() === '';
}

/**
 * A headline that asks or exclaims before its column tag: `书，不加塑封可以吗？（说道）`,
 * `返岗工友们，一起看灯去！（暖相册）`. A sentence never closes on a bare tag after its `？`/`！`;
 * a short line that does is a title, though it ends like a sentence.
 */
export const TAGGED_QUESTION =
	/^[^()\uFF08\uFF09。]{2,30}[!?\uFF01\uFF1F][”’"」]?[(\uFF08][^()\uFF08\uFF09,\uFF0C。;\uFF1B!?\uFF01\uFF1F]{2,16}[)\uFF09]$/;

/** What a picture is, said in brackets after its caption: `（资料图）`, `（网络图片）`, `（视频截图）`. */
export const PICTURE_KIND =
	'资料(?:图片?|照片)|(?:网络|示意|效果)图片?|图片来[源自]于?网络|(?:视频|新闻)?截图';

/**
 * A short caption closed by the picture's giver or kind in brackets: `某某现场（图片由某某中心提供）`,
 * `…（某某局供图）`, `某某一角（资料图）`, `…（视频截图）`.
 */
const CREDITED_CAPTION = new RegExp(
	`^(?:[^()\uFF08\uFF09]{2,60}[(\uFF08](?:图片由[^()\uFF08\uFF09]{2,24}提供|[^()\uFF08\uFF09]{2,24}供图)|[^()\uFF08\uFF09。！？]{2,60}[(\uFF08](?:${PICTURE_KIND}))[)\uFF09]$`,
);

/** A caption keyed by its picture and closed by its keyed photographer: `图：某某现场　摄影：某某`. */
const KEYED_CAPTION =
	/^图[①-⑳\d]*\s*[:：][^:：。！？]{2,40}[\s\u3000](?:摄影|摄像|摄|图片|供图)\s*[:：/／]\s*[\p{Script=Han}·\s]{2,12}$/u;

/** Classifies one cleaned block by the grammar of the genre. */
export function lineRole(block: SourceLine): LineRole {
	const t = block.text;
	if (block.heading === undefined && isDatelineLead(t)) return 'dateline';
	if (isCreditLine(t)) return 'byline';
	// A reporter who took the picture (`新华社记者 刘明摄`) credits a photo: it opens no story.
	if (t.length <= MAX_BYLINE && BYLINE_LINE.test(t) && !isBareCredit(t)) return 'byline';
	if (isContentsLine(t)) return 'contents';
	if (isArtCredit(t)) return 'body';
	// The attribution under a quotation (`——习近平`, `——编 者`) ends the text above it.
	if (/^——\s*[\p{Script=Han}·\s]{1,6}$/u.test(t)) return 'body';
	// A note printed alone in parentheses ends the story above it: `(本报记者 X、Y)`,
	// `(作者为…)`, `(本报开罗2月18日电)`, also with a bracket inside (`（作者为某某大学（某某研究院）教授）`).
	if (/^[(\uFF08](?:[^()\uFF08\uFF09]|[(\uFF08][^()\uFF08\uFF09]*[)\uFF09])+[)\uFF09]$/.test(t))
		return 'body';
	// A caption closed by who gave the picture or what it is in brackets (`活动现场（图片由某某县融媒体中心提供）`,
	// `村民晾晒玉米（某某镇供图）`, `某某城区一角（资料图）`) is a picture's, never a headline: a headline
	// credits no picture.
	if (block.heading === undefined && CREDITED_CAPTION.test(t)) return 'photo';
	// A caption keyed by its picture with its photographer keyed after it (`图：某某现场　摄影：某某`)
	// is a picture's too.
	if (block.heading === undefined && t.length <= MAX_CREDITED_CAPTION && KEYED_CAPTION.test(t))
		return 'photo';
	if (
		block.heading === undefined &&
		t.length <= MAX_CREDITED_CAPTION &&
		mayBePhotoCredit(t) &&
		PHOTO_CREDIT.test(t)
	) {
		// A bare credit (`刘曙松 蔡钧庭摄影报道(人民视觉)`) belongs to the story it illustrates.
		return hanCount(t.replace(PHOTO_CREDIT, '')) < MAX_CREDIT_REST_HAN ? 'body' : 'photo';
	}
	// A data box's figure (`96.98%`) goes with the text it sums up; it heads nothing.
	if (block.heading === undefined && isFigureLine(t)) return 'figure';
	if (looksLikeHeading(block) || (t.length <= MAX_TAGGED_QUESTION && TAGGED_QUESTION.test(t)))
		return 'heading';
	return 'body';
}
