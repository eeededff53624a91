import { DATE_START } from './meta-dates.ts';
import { isPublisherName } from './outlets.ts';
import { isSiteLike } from './site-like.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

const {
	maxViewNote: MAX_VIEW_NOTE,
	maxCallToAction: MAX_CALL_TO_ACTION,
	maxActionPrompt: MAX_ACTION_PROMPT,
	maxPostedLine: MAX_POSTED_LINE,
	maxNameTwice: MAX_NAME_TWICE,
	maxQrPrompt: MAX_QR_PROMPT,
	maxPinAccount: MAX_PIN_ACCOUNT,
	maxFollowNamed: MAX_FOLLOW_NAMED,
	maxFollowPrompt: MAX_FOLLOW_PROMPT,
} = readIngestLines().furnitureShapes;

// What a platform's post (a WeChat account's above all) prints around its text: the account's name,
// id and 原创 mark, its hashtags, prompts to follow, pin, scan, swipe, like or share, and the note
// that the post is not the platform's view.

/** A platform's note that a post is its author's, not its own view: `…不代表某某网立场`. */
const NOT_OUR_VIEW = /不代表[\u3400-\u9fff]{0,10}(?:立场|观点)[。.]?$/;
/** A prompt to follow the account a post came from: `关注该公众号`, `长按关注本公众号`. */
const FOLLOW_ACCOUNT = /关注(?:该|本|我们的?|此)?(?:公众号|账号|帐号|视频号)/;
/** Marks pointing at an account's card or button before a prompt: `👆`, `↓`. */
const POINTER = '(?:[👆👇☝👉↑↓⬆⬇▲▼]\\s*)*';
/** An invitation before 关注: `请`, `欢迎`, `诚邀`, `敬请`, and a button's `点击` after them or alone. */
const INVITE = '(?:请|欢迎|诚邀|敬请)?(?:点击|轻触|点此)?';
/**
 * A prompt to follow an account named with what following it gives (`关注某某县发布，第一时间了解权威信息`):
 * the name (a publisher's, group 1 or 2), a comma and a short clause; a name in quotes is set off by
 * them, and the comma may go (`欢迎关注“某某发布”获取更多资讯。`).
 */
const FOLLOW_NAMED = new RegExp(
	`^${POINTER}${INVITE}关注\\s*(?:[“"「『]([\\u3400-\\u9fff·]{2,20})[”"」』]\\s*[，,]?|([\\u3400-\\u9fff·]{2,20})\\s*[，,])\\s*[\\u3400-\\u9fff]{2,16}[!！。]?$`,
	'u',
);
/** The platform named after the account (`“某某融媒”微信公众号`) and a site's `（官方）`. */
const ON_PLATFORM =
	'(?:[(（]官方[)）])?(?:(?:微信)?(?:公众号|视频号|服务号)|客户端|APP|抖音号|微博)?';
/**
 * A bare prompt to follow an account it names in quotes, a button's verb before it or none:
 * `↓↓↓ 长按关注“某某县发布”`, `点击关注「某某融媒」`, `扫码关注“某某县融媒体中心”`; the name is group 1.
 */
const FOLLOW_QUOTED = new RegExp(
	`^${POINTER}(?:请|欢迎)?(?:点击|轻触|点此|长按(?:识别(?:二维码)?)?|扫码|扫描二维码)?\\s*关注\\s*[“"「『]([\\u3400-\\u9fff·]{2,20})[”"」』]${ON_PLATFORM}[!！。]?$`,
	'u',
);
/**
 * The same prompt with what following gives first, in brackets or not, or as a bare welcome:
 * `（更多资讯请关注某某发布）`, `更多精彩，敬请关注“某某融媒”`, `更多资讯请关注“某某融媒”微信公众号。`,
 * `欢迎关注某某县政府网！`; the name is group 1.
 */
const MORE_FOLLOW = new RegExp(
	`^[（(【[]?\\s*(?:更多[\\u3400-\\u9fff]{0,8}[，,]?\\s*${INVITE}|欢迎|敬请)关注\\s*[“"「『]?([\\u3400-\\u9fff·]{2,20}?)[”"」』]?${ON_PLATFORM}\\s*[)）】\\]]?[!！。]?$`,
	'u',
);
/**
 * A rating widget's question to the reader about the page itself: `此页面是否对您有帮助？`,
 * `这篇文章对你有用吗？`, `您对本页内容满意吗？`; the page or the article may be named with its
 * 内容 (`本网页内容…`).
 */
const PAGE_RATING =
	/^(?:[您你]对)?(?:本|此|该|这)(?:个|篇)?(?:(?:页面?|网页|文章|信息)(?:内容)?|内容)(?:是否)?对?[您你]?(?:是否)?(?:有(?:没有)?(?:帮助|用|价值)|满意)(?:吗|么)?[？?]$/u;
/**
 * A link box's prompt to click a title or link for the rest, alone on its line, in brackets or not:
 * `（点击标题查看全文）`, `点此阅读原文`.
 */
const CLICK_PROMPT =
	/^[（(【[]?\s*请?(?:点击|点此|单击|轻触|点按)[\u3400-\u9fff]{0,6}?(?:查看|阅读|浏览|进入|了解|观看)[\u3400-\u9fff]{0,6}\s*[)）】\]]?$/u;
/**
 * A note that a platform collected the post (`本文已被收录至某某学习平台`, `此文被某某号收录`): the
 * text named, then 收录 within a short clause.
 */
const COLLECTED = /^(?:本文|此文|该文|本篇)(?:已经?)?被?[^。，,；]{0,16}收录/u;
/** A prompt to swipe on to the next post: `继续滑动看下一个`, `上滑查看下一篇`. */
const SWIPE = /^(?:继续|向上|向左)?(?:滑动|上滑|左滑)(?:查看|看|阅读)?下一/;
/**
 * A prompt to pin or star the account so as to miss none of its posts (`置顶★某某发布，不错过每一条消息`,
 * `设为星标，第一时间获取推送`, `星标不迷路`): the pin or star and what it is for.
 */
const PIN_ACCOUNT =
	/(?:置顶|星标|标星)[^。；]{0,24}(?:不错过|不再错过|不迷路|第一时间(?:获取|收到|看到|接收)|及时(?:获取|收到))/;
/** An account's byline with its date (`某某发布 2024-05-01 发表于某某`), a WeChat post's head. */
const POSTED = new RegExp(`^\\S{2,20}\\s+${DATE_START}.{0,24}发表于`);
/** A prompt to the reader ending a post: `觉得有用就点个赞吧！`, `记得分享哦`, `觉得不错，请点赞↓`. */
const CALL_TO_ACTION =
	/(?:点个?[“"]?(?:赞|在看)[”"]?|分享|转发|关注|收藏|留言)(?:一下|给[\u3400-\u9fff]{1,6})?(?:(?:吧|哦|噢|呀|哟)[!！~～。]*|[!！~～。]*[↓⬇👇]+)$/u;
/** The same request bare, as a whole line: `觉得不错，请点个在看`, `请点个“赞”`. */
const ASK_BUTTON =
	/^(?:觉得[\u3400-\u9fff]{1,6}[，,]\s*)?请?点个?[“"]?(?:赞|在看)[”"]?[!！~～。]*$/u;
/**
 * The reader's counters under a post, two or more, each a button's word and its count: `评论 52　赞 1359`
 * (one alone, `赞66`, may be a comment's own, which the comment thread reads).
 */
const READER_COUNTS =
	/^(?:(?:阅读|浏览|评论|留言|点赞|赞|在看|分享|转发|收藏|喜欢)\s*[:：]?\s*\d+(?:\.\d+)?[万wW]?\+?\s*){2,6}$/u;
/** The reader's buttons a post ends by asking for: two of them on a short line are a prompt (`请点赞和在看`). */
const READER_ACTION = /点赞|在看|转发|分享|收藏|关注|留言|评论/g;
/**
 * WeChat's mark of an original post over its author and account: `原创 某某融媒 某某发布`,
 * `原创 某某台《某某新闻》`.
 */
const ORIGINAL_MARK =
	/^原创(?:\s+|\s*[:：]\s*)[\u3400-\u9fff·《》]{2,20}(?:\s+[\u3400-\u9fff·《》]{2,20}){0,2}$/;
/** A post's hashtags, with the album they are filed in and its count: `收录于合集 #某某新闻 12个`. */
const HASHTAGS = /^(?:收录于[\u3400-\u9fff]{0,4}\s*)?(?:#[^\s#]{1,20}\s*)+(?:\d{1,4}\s*[个篇])?$/;
/** A prompt to scan or hold a QR code: `用手机扫描二维码阅读本文`, `长按识别二维码 关注我们`. */
const QR_PROMPT = /(?:扫|识别|长按).{0,6}二维码|二维码.{0,4}(?:扫|识别)/;
/** A WeChat account's id (`微信号 gh_0123abcd`, `微信号：某某发布`) or its album's label alone (`收录于合集`). */
const ACCOUNT_LINE =
	/^(?:微信号(?:\s*[:：]\s*[\w\u3400-\u9fff-]{3,30}|\s+[\w-]{3,30})|收录于(?:合集|话题|专辑))$/;
/** One name printed twice, an account's name over its avatar: `某某融媒 某某融媒`. */
const NAME_TWICE = /^(\S{2,16})\s+\1$/;
/** An account's or outlet's name: `某某融媒`, `某某发布`, `某某新闻`. */
const MEDIA_NAME = /(?:融媒|发布|新闻|在线|网|报|台|客户端|头条)$/;

/**
 * True for a prompt to follow an account it names by a publisher's name, with what following it gives
 * (`欢迎关注“某某发布”获取更多资讯。`, `（更多资讯请关注某某发布）`) or bare with the name in quotes
 * (`长按关注“某某县发布”`): a prompt by its grammar, though it closes its sentence.
 */
export function isNamedFollowPrompt(text: string): boolean {
	if (text.length > MAX_FOLLOW_NAMED) return false;
	const named = FOLLOW_NAMED.exec(text);
	const followed =
		named?.[1] ?? named?.[2] ?? MORE_FOLLOW.exec(text)?.[1] ?? FOLLOW_QUOTED.exec(text)?.[1];
	return followed !== undefined && isPublisherName(followed);
}

/** True for a link box's prompt to click a title for the rest (`（点击标题查看全文）`). */
export function isClickPrompt(text: string): boolean {
	return CLICK_PROMPT.test(text);
}

/** True for a line asking for two of the reader's buttons or more (`觉得不错，请点赞和在看`). */
function isActionPrompt(text: string): boolean {
	const actions = new Set(text.match(READER_ACTION));
	return actions.size >= 2;
}

/**
 * True for a post's furniture known by its shape: the account's lines, its hashtags, and its
 * prompts to the reader.
 */
export function isPostFurniture(text: string): boolean {
	if (text.length <= MAX_VIEW_NOTE && NOT_OUR_VIEW.test(text) && /本文|作者/.test(text))
		return true;
	if (text.length <= MAX_CALL_TO_ACTION && (CALL_TO_ACTION.test(text) || ASK_BUTTON.test(text)))
		return true;
	if (text.length <= MAX_ACTION_PROMPT && READER_COUNTS.test(text)) return true;
	if (text.length <= MAX_ACTION_PROMPT && !/[。；;]/.test(text) && isActionPrompt(text))
		return true;
	if (text.length <= MAX_POSTED_LINE && POSTED.test(text)) return true;
	if (ORIGINAL_MARK.test(text) || HASHTAGS.test(text) || ACCOUNT_LINE.test(text)) return true;
	const twice = text.length <= MAX_NAME_TWICE ? NAME_TWICE.exec(text)?.[1] : undefined;
	if (twice !== undefined && (isSiteLike(twice) || MEDIA_NAME.test(twice))) return true;
	if (text.length <= MAX_QR_PROMPT && QR_PROMPT.test(text) && !/[。；;]/.test(text)) return true;
	if (text.length <= MAX_PIN_ACCOUNT && PIN_ACCOUNT.test(text)) return true;
	if (isNamedFollowPrompt(text)) return true;
	if (PAGE_RATING.test(text) || isClickPrompt(text)) return true;
	if (text.length <= MAX_FOLLOW_NAMED && COLLECTED.test(text)) return true;
	return (
		text.length <= MAX_FOLLOW_PROMPT &&
		!/[。，；]/.test(text) &&
		(FOLLOW_ACCOUNT.test(text) || SWIPE.test(text))
	);
}
