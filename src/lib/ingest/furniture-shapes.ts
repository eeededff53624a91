import { fieldKind } from './field-keys.ts';
import { DATE_SEPARATORS, DATE_START } from './meta-dates.ts';
import { isPublisherName } from './outlets.ts';
import { endsSentence, hanAtLeast, hanCount, PERSON_NAME, titleCharsAtLeast } from './patterns.ts';
import { isSiteHeader } from './site-header.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

/**
 * Web page furniture told by its shape rather than its wording: contact lines (a phone number, an
 * e-mail address, a web address, a site's registration code), a media player's placeholder, a bar
 * of tool buttons, a line that names only the page's editors. Real pages word these in endless
 * ways; their shapes are few.
 */

const {
	maxContactLine: MAX_CONTACT_LINE,
	maxAddressLineHan: MAX_ADDRESS_LINE_HAN,
	minProseHan: MIN_PROSE_HAN,
	maxLatinFallback: MAX_LATIN_FALLBACK,
	maxBrowserCannot: MAX_BROWSER_CANNOT,
	maxGalleryLabel: MAX_GALLERY_LABEL,
	minGalleryTextHan: MIN_GALLERY_TEXT_HAN,
	maxViewNote: MAX_VIEW_NOTE,
	maxCommentCount: MAX_COMMENT_COUNT,
	maxCommentState: MAX_COMMENT_STATE,
	maxPathStep: MAX_PATH_STEP,
	maxPathLine: MAX_PATH_LINE,
	minPathPieces: MIN_PATH_PIECES,
	maxCachePageHan: MAX_CACHE_PAGE_HAN,
	maxCacheNotice: MAX_CACHE_NOTICE,
	maxCacheHan: MAX_CACHE_HAN,
	maxEditorsLine: MAX_EDITORS_LINE,
	maxSpacedEditorsLine: MAX_SPACED_EDITORS_LINE,
	maxSpacedToolWord: MAX_SPACED_TOOL_WORD,
	maxReadAloudVoice: MAX_READ_ALOUD_VOICE,
	maxCallToAction: MAX_CALL_TO_ACTION,
	maxWeatherLine: MAX_WEATHER_LINE,
	maxActionPrompt: MAX_ACTION_PROMPT,
	maxSponsorLine: MAX_SPONSOR_LINE,
	maxPlaceLabelLine: MAX_PLACE_LABEL_LINE,
	maxPostedLine: MAX_POSTED_LINE,
	maxNameTwice: MAX_NAME_TWICE,
	maxQrPrompt: MAX_QR_PROMPT,
	maxPrevNextLine: MAX_PREV_NEXT_LINE,
	maxPrevAndNext: MAX_PREV_AND_NEXT,
	maxPinAccount: MAX_PIN_ACCOUNT,
	maxFollowNamed: MAX_FOLLOW_NAMED,
	maxFollowPrompt: MAX_FOLLOW_PROMPT,
	maxMediaButton: MAX_MEDIA_BUTTON,
	maxAdviceLine: MAX_ADVICE_LINE,
	minTitleHeadlineHan: MIN_TITLE_HEADLINE_HAN,
	minChannelBarPieces: MIN_CHANNEL_BAR_PIECES,
	maxChannelBarPiece: MAX_CHANNEL_BAR_PIECE,
} = readIngestLines().furnitureShapes;

const PHONE =
	/(?:[(（]0\d{2,3}[)）]|(?<!\d)0\d{2,3}[-－—\s])\s*\d{7,8}(?!\d)|(?<!\d)1[3-9]\d{9}(?!\d)/;
const EMAIL = /[\w.-]+@[\w-]+(?:\.[\w-]+)+/;
const WEB_ADDRESS =
	/(?:https?:\/\/|www\.)[\w.-]+|[\w-]+\.(?:gov|com|net|org|edu)(?:\.cn)?(?![\w])/i;
/** A site's registration: ICP 备案, 公网安备, 网站标识码/识别码. */
const REGISTRATION = /ICP备|公网安备\s*\d|备案号\s*[:：]|(?:标识|识别)码\s*[:：]?\s*[\dA-Z]/i;

/**
 * Han characters of a media placeholder or viewer prompt, made only of a player's or viewer's words:
 * 播放, 观看视频, 点击播放, 视频加载中, 音频, 音频：听新闻, 点击图片查看大图, 视频加载失败，请刷新重试,
 * 视频缓冲中，请稍候; its call to act may be any tap or click word (`点这里观看视频`, `轻触收听`).
 */
const MEDIA_HAN =
	/^(?:点击|点此|点这里|点这儿|点我|轻点|轻触|点按|单击|双击|戳|此处|这里|请|播放器|出错|错误|播放|播报|朗读|观看|收听|听|查看|看|放大|视频|音频|语音|图片|大图|原图|高清图|组图|图集|正在|加载中|加载失败|加载|缓冲中|缓冲|载入中|载入|失败|刷新|重试|稍候|稍后|新闻|全文|上一张|下一张|全屏|浏览|自动|重新|返回|列表|更多|完|结束|本文)+$/;
/** A player's or viewer's core word, which such a placeholder holds. */
const MEDIA_CORE = /视频|音频|语音|图片|大图|原图|播放|收听|加载|缓冲|载入|上一张|下一张|全屏/;
const BROWSER_CANNOT =
	/浏览器.{0,6}不支持|不支持.{0,6}(?:视频|音频|播放)|\b(?:video|audio)\b|浏览器版本(?:过低|太低|过旧|太旧)|(?:无法|不能)(?:正常)?(?:播放|观看)(?:该|此)?(?:视频|音频)[。！!]?$/i;
/** A player's buttons after its clock: full screen, speed, mute, picture quality. */
const PLAYER_BUTTON =
	/^(?:全屏|退出全屏|倍速|静音|音量|高清|标清|超清|流畅|清晰度|画质|播放|暂停|重播|弹幕|画中画|[\d.]+\s*[xX×倍])$/;
/** A player's clock (`00:00`, `01:25 / 04:10`) and what follows it. */
const PLAYER_CLOCK =
	/^[▶▷►]?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[/|｜]\s*\d{1,2}:\d{2}(?::\d{2})?)?(.*)$/u;
/**
 * Where a saved page had a picture or a player, a copy as text keeps its bracketed placeholder:
 * `[图]`, `【图片】`, `（视频）`.
 */
const MEDIA_PLACEHOLDER =
	/^[[【(（〔]\s*(?:图|图片|照片|组图|动图|图表|视频|音频|动画)\s*[\]】)）〕]$/;
/** A gallery's or playlist's label with its count: `图集（共12张）`, `组图(共3张)`, `视频（共2个）`. */
const MEDIA_COUNT =
	/^(?:图集|组图|图片|相册|视频|音频)\s*[(（[【]\s*共?\s*\d{1,3}\s*(?:张|幅|个|段|集)\s*[)）\]】]$/;
/**
 * A picture viewer's counter alone on its line: `（2/6）`, `3 / 8`, `第4张 共9张`; or the gallery's size
 * with no sentence around it: `共12张图片`, `组图 | 共6张`.
 */
const PICTURE_COUNTER =
	/^[（(【[]?\s*(?:\d{1,3}\s*[/／]\s*\d{1,3}|第\s*\d{1,3}\s*[张幅]\s*[，,/／]?\s*共\s*\d{1,3}\s*[张幅])\s*[)）】\]]?$/;
/** A bare number in brackets alone on its line: `（2）`, `(3)`, `[4]`. */
const BRACKETED_NUMBER = /^[（(【[]\s*\d{1,3}\s*[)）】\]]$/;
const GALLERY_SIZE = /共\s*\d{1,3}\s*[张幅](?:图片|照片)?/;
/** A player's length, bracketed or keyed: `（视频时长 03分钟）`, `音频时长：02:45`. */
const MEDIA_LENGTH =
	/^[（(【[]?\s*(?:视频|音频|节目)?时长\s*[:：]?\s*(?:\d{1,2}\s*(?:小时|分钟?|秒)\s*)+(?:\d{1,2}\s*秒)?\s*[)）】\]]?$|^[（(【[]?\s*(?:视频|音频|节目)?时长\s*[:：]?\s*\d{1,2}:\d{2}(?::\d{2})?\s*[)）】\]]?$/;
/** A platform's note that a post is its author's, not its own view: `…不代表某某网立场`. */
const NOT_OUR_VIEW = /不代表[\u3400-\u9fff]{0,10}(?:立场|观点)[。.]?$/;
/** A site's visitor counter: `您是第1234567位访问者`, `您是本站第89012位访客`. */
const VISITOR_COUNT = /^您是(?:本站|本网)?第\s*[\d,，]+\s*位(?:访问者|访客|来访者|浏览者)/;
/** A footer's advice on the screen or browser to view the site with. */
const BROWSER_ADVICE =
	/(?:建议|推荐|最佳).{0,12}(?:分辨率|浏览器)|(?:分辨率|浏览器).{0,20}(?:浏览|访问)本(?:站|网)/;
/**
 * A comment box's prompt or a reader's button: `写评论...`, `发表您的看法`, `说点什么吧`, `我要纠错`,
 * `留言`: a verb of writing and what the reader would write, or `我要` and a reader's action.
 */
const COMMENT_PROMPT =
	/^(?:(?:写|发表|发布|说说|留下|添加|写下)(?:您|你)?的?(?:评论|留言|看法|观点|想法)|说点什么|我要(?:评论|留言|纠错|投稿|提问|咨询|举报)|留言)[吧！!。.…\s]*$/;

/**
 * A comment box's count, with its prompt after it or not: `已有26人评论`, `共有12条评论，登录后参与讨论`.
 */
const COMMENT_COUNT = /^(?:已有|共有?|共计)\s*\d+\s*(?:条|人|位网友)(?:评论|留言|跟帖|参与)/;
/**
 * A comment box's empty state or its label: `暂无评论`, `还没有人留言，快来说两句吧！`, `精选留言`,
 * `全部评论（12）`.
 */
const COMMENT_STATE =
	/^(?:(?:暂无|还没有人?|尚无|目前没有|没有)(?:评论|留言)|(?:(?:精选|热门|全部|最新)(?:评论|留言)|(?:评论|留言)(?:精选|区|列表))\s*(?:[(（]\s*\d+\s*[)）])?$|(?:评论|留言)\s*[(（]\s*\d+\s*[)）]$)/;
/**
 * A link to the page before or after, labelled in any of the ways sites word it (`上一篇`, `下篇`,
 * `上一页：`, `【下一条】`, `« 上一篇`, `⇐ 上一条`, `下一张`), alone or before the other page's title.
 */
const PREV_NEXT =
	/^[«»‹›<>【\[〔(（\s←→⇐⇒◀◁▶▷⬅➡]*(?:上|下|前|后)\s*一?\s*(?:篇|条|页|则|张|个)(?:信息|新闻|文章|内容)?\s*[】\]〕)）]?\s*(?:[:：]|\s|$)/;
/** A viewer's or pager's buttons to both sides on one line: `← 上一张 下一张 →`, `上一页 下一页`. */
const PREV_AND_NEXT = /上一(?:张|页|篇|条|幅|组|个)[^。]{0,12}下一(?:张|页|篇|条|幅|组|个)/;
/** A prompt to follow the account a post came from: `关注该公众号`, `长按关注本公众号`. */
const FOLLOW_ACCOUNT = /关注(?:该|本|我们的?|此)?(?:公众号|账号|帐号|视频号)/;
/**
 * A prompt to follow an account named with what following it gives (`关注某某县发布，第一时间了解权威信息`):
 * the name (a publisher's, group 1, in quotes or not), a comma and a short clause.
 */
const FOLLOW_NAMED =
	/^(?:请|欢迎)?关注\s*[“"「『]?([\u3400-\u9fff·]{2,20})[”"」』]?\s*[，,]\s*[\u3400-\u9fff]{2,16}[!！。]?$/;
/** A prompt to swipe on to the next post: `继续滑动看下一个`, `上滑查看下一篇`. */
const SWIPE = /^(?:继续|向上|向左)?(?:滑动|上滑|左滑)(?:查看|看|阅读)?下一/;
/**
 * A prompt to pin or star the account so as to miss none of its posts (`置顶★某某发布，不错过每一条消息`,
 * `设为星标，第一时间获取推送`): the pin or star and what it is for.
 */
const PIN_ACCOUNT =
	/(?:置顶|星标|标星)[^。；]{0,24}(?:不错过|不再错过|第一时间(?:获取|收到|看到|接收)|及时(?:获取|收到))/;
/** Another page's title after an up or down arrow (`↑ 标题`), the way some sites link their neighbours. */
const ARROW_LINK = /^[↑↓]\s*[^。！？]{4,60}$/;

/** Words of a page's tool bar: print, close, font size, colour scheme, form buttons. */
const TOOL_WORD =
	/^(?:打印|打印本页|关闭|关闭窗口|收藏|纠错|分享|返回|字号|字体|大|中|小|超大|特大|默认|标准|T|A|护眼|护眼模式|护眼色|(?:视力)?保护色|背景色|繁体|简体|繁體|无障碍|读屏|读屏专用|适老化|关怀版|长者模式|大字版|返回顶部|顶部|置顶|复制链接|复制网址|举报|反馈|提交|重置|取消|确定|登录|注册|搜索|检索|[AＡ][+\-＋－]?|朗读|朗读全文|全文朗读|语音播报|听全文|听新闻|(?:长辈|长者|老年|关怀|适老化?|大字|无障碍|读屏)(?:版|模式|浏览|阅读|服务)?)$/;
/** A read-aloud button with the voice it reads in, in brackets: `朗读全文（女声）`, `听新闻（小张）`. */
const READ_ALOUD_VOICE =
	/^(?:听全文|听新闻|朗读|朗读全文|全文朗读|语音播报)\s*[（(]\s*[\u3400-\u9fff]{1,4}\s*[)）]$/;
const TOOL_SPLIT = /[\s|｜〔〕【】[\]〖〗()（）<>《》:：/]+/;
const TOOL_SPLIT_ALL = new RegExp(TOOL_SPLIT.source, 'g');

/** Roles a byline names (the text's authors), kept for the reporters, unlike its editors. */
const BYLINE_ROLE = /记者|通讯员|作者|撰稿|撰文|摄影|摄像|^文$|^图$/;
const PEOPLE_KEY = /(?<![\u3400-\u9fff])([\u3400-\u9fff]{1,6})\s*[:：|｜丨]\s*/g;

/** A breadcrumb in any separator or arrow: `位置：首页 / 新闻 / 正文`, `您的位置 首页 - 要闻`, `首页 → 要闻`. */
export const BREADCRUMB = /首页\s*(?:[>»›/|｜\\＞〉→⇒➔➜➤▶▸►]|\s-\s|-\s*[\u3400-\u9fff])/;
/** The label of where the reader stands, whatever words it takes: `您当前所在位置：`, `所在栏目：`. */
export const PLACE_LABEL = /^(?:您|你)?(?:当前|现在)?(?:所在|的|所处)?(?:位置|栏目)\s*[:：]/;
/** A place label with more words before 位置 (`您所在的位置：`), where a path follows. */
const PATH_LABEL = /^(?:您|你)?(?:当前|现在)?(?:所在|所处)?的?(?:位置|栏目)\s*[:：]?\s*/;
/** Steps of a breadcrumb: `>`, `>>`, `»`, arrows, or a slash between spaces. */
const PATH_STEP = /\s*(?:>>|[>»›＞〉→⇒➔➜➤▸►])\s*|\s+[/／]\s+/;
/** An account's byline with its date (`某某发布 2024-05-01 发表于某某`), a WeChat post's head. */
const POSTED = new RegExp(`^\\S{2,20}\\s+${DATE_START}.{0,24}发表于`);
/** A file to download, in brackets or not: `附件【某某办法.pdf】`. */
const FILE = /\.(?:docx?|pdf|xlsx?|wps|zip|rar|ofd|pptx?|et)\s*[】\])）〕]?$/i;

/** A prompt to the reader ending a post: `觉得有用就点个赞吧！`, `记得分享哦`, `觉得不错，请点赞↓`. */
const CALL_TO_ACTION =
	/(?:点个?[“"]?(?:赞|在看)[”"]?|分享|转发|关注|收藏|留言)(?:一下|给[\u3400-\u9fff]{1,4})?(?:(?:吧|哦|噢|呀|哟)[!！~～。]*|[!！~～。]*[↓⬇👇]+)$/u;
/** The reader's buttons a post ends by asking for: two of them on a short line are a prompt (`请点赞和在看`). */
const READER_ACTION = /点赞|在看|转发|分享|收藏|关注|留言|评论/g;
/** The day's weather beside the date in a page's top bar: a sky word or a temperature range. */
const WEATHER = /天气\s*[:：]|\d{1,2}\s*℃?\s*[~～至-]\s*-?\d{1,2}\s*℃/;
/** A line that is a web address and nothing else. */
const ADDRESS_ONLY = /^(?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:\/\S*)?$/i;
/**
 * A search engine's notice over the copy of a page it cached (网页快照, 缓存): the word with what it
 * says of the copy, the page's address, when it was taken (a day or a clock time), or the page
 * itself (`该页面`, `当前页面`); or the engine's name and the word alone (`百度快照`). A headline
 * calling a story a 快照 says none.
 */
const CACHE_WORD = /快照|缓存/;
const CACHE_ABOUT =
	/https?:\/\/|www\.|\d{4}\s*[-年/.]\s*\d{1,2}|\d{1,2}:\d{2}|(?:该|此|本|当前)\s*(?:页面|网页)|^[\u3400-\u9fffA-Za-z0-9]{0,8}\s*(?:网页)?快照$/;
/**
 * The second line of such a notice, without its word: the page itself (`当前页`, `原网页`) and that it
 * may have changed or where to see it now (`当前页在此期间可能已经更改`, `请访问原网页`).
 */
const CACHE_PAGE = /当前页|原网页|原始网页|该网页|当前网页/;
const CACHE_PAGE_NOW = /更改|变化|更新|删除|访问|打开|查看/;
/**
 * A row of a page's buttons, each a short word in brackets and nothing else: `【返回】【打印】`,
 * `[收藏本页] [关闭窗口]`. A headline's kicker is one such label, and a longer one.
 */
const BUTTON_ROW = /^(?:[【[〔［]\s*[\u3400-\u9fff]{2,10}\s*[】\]〕］]\s*){2,}$/;

/**
 * WeChat's mark of an original post over its author and account: `原创 某某融媒 某某发布`,
 * `原创 某某台《某某新闻》`.
 */
const ORIGINAL_MARK = /^原创\s+[\u3400-\u9fff·《》]{2,20}(?:\s+[\u3400-\u9fff·《》]{2,20}){0,2}$/;
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
/** Symbols alone: a colour swatch or a button's icon among tool words (`■■■■`). */
const SYMBOLS_ONLY = /^[^\p{L}\p{N}]+$/u;

/** A site's greeting to its visitor: `欢迎您访问某某局！`, `您好，欢迎来到某某镇人民政府`. */
const GREETING = /^(?:您好[，,!！]?\s*)?欢迎(?:您|你)?(?:访问|来到|光临|登录)[^，。；,;]{2,30}$/;
/**
 * A help widget's greeting: a hello, the widget naming itself and a question to the reader
 * (`您好，我是某某政务助手，请问有什么可以帮您？`). Running text quotes such a greeting; it never opens a line bare.
 */
const SELF_INTRODUCTION =
	/^(?:您好|你好)[，,!！。]?\s*(?:我是|这里是)[^。？?]{2,30}[，,。！!]\s*[^。]{0,20}[？?]$/;

/** A site's sponsors standing alone: `某某县人民政府主办`, `某某县人民政府 主办 某某信息中心 维护`. */
const SPONSOR = /^(?:[\u3400-\u9fff]{2,24}\s*(?:主办|承办|协办|维护)\s*)+$/;

/** True for a line asking for two of the reader's buttons or more (`觉得不错，请点赞和在看`). */
function isActionPrompt(text: string): boolean {
	const actions = new Set(text.match(READER_ACTION));
	return actions.size >= 2;
}

function isProse(text: string): boolean {
	return endsSentence(text) && hanAtLeast(text, MIN_PROSE_HAN);
}

/** True for a line that names only the page's editors: `编辑｜某某`, `一审：某 二审：某 三审：某`. */
function isEditorsLine(text: string): boolean {
	if (text.length > MAX_EDITORS_LINE || /[。，；！？,;!?]/.test(text)) return false;
	const keys = [...text.matchAll(PEOPLE_KEY)];
	if (keys.length === 0 || text.slice(0, keys[0]!.index).replace(/[【[(（\s]/g, '') !== '')
		return false;
	// Every key names an editor's role and is followed by a name (`编辑同志：` opens a letter).
	return keys.every((k, i) => {
		const end = keys[i + 1]?.index ?? text.length;
		const value = text.slice(k.index + k[0].length, end).replace(/[】\])）\s]/g, '');
		return fieldKind(k[1]!) === 'people' && !BYLINE_ROLE.test(k[1]!) && value !== '';
	});
}

/** True for a player's clock with its buttons after it (`00:00 | 全屏`, `01:25 / 04:10 倍速 全屏`). */
function isPlayerBar(text: string): boolean {
	const rest = PLAYER_CLOCK.exec(text)?.[1];
	if (rest === undefined) return false;
	const buttons = rest.split(/[\s|｜·]+/).filter((p) => p !== '');
	return buttons.length > 0 && buttons.every((b) => PLAYER_BUTTON.test(b));
}

/**
 * True for an editors' line keyed by spaces alone: `（编辑 王某 审核 李某）`, `编辑 王某 终审 刘某`.
 * Unbracketed, it takes two roles: `编辑 某某` alone may open a sentence.
 */
function isSpacedEditorsLine(text: string): boolean {
	if (text.length > MAX_SPACED_EDITORS_LINE) return false;
	const bracketed = /^[（(【[［〔]\s*(.+?)\s*[）)】\]］〕]$/.exec(text);
	const tokens = (bracketed?.[1] ?? text).split(/\s+/);
	if (tokens.length % 2 !== 0 || tokens.length < (bracketed === null ? 4 : 2)) return false;
	return tokens.every((t, i) =>
		i % 2 === 0 ? fieldKind(t) === 'people' && !BYLINE_ROLE.test(t) : PERSON_NAME.test(t),
	);
}

/** True for a bar of tool buttons: every piece of the line is a tool word (`〔打印〕〔关闭〕`, `字号 大 中 小`). */
function isToolBar(text: string): boolean {
	// A tool word spaced out one character apart: `搜 索`.
	if (text.length <= MAX_SPACED_TOOL_WORD && TOOL_WORD.test(text.replace(/\s+/g, ''))) return true;
	if (text.length <= MAX_READ_ALOUD_VOICE && READ_ALOUD_VOICE.test(text)) return true;
	// Piece by piece, stopping at the first that is no tool word (the first, on a line of text).
	let start = 0;
	let tools = 0;
	for (;;) {
		TOOL_SPLIT_ALL.lastIndex = start;
		const split = TOOL_SPLIT_ALL.exec(text);
		const piece = text.slice(start, split === null ? text.length : split.index);
		if (piece !== '' && !SYMBOLS_ONLY.test(piece)) {
			if (!TOOL_WORD.test(piece)) return false;
			tools++;
		}
		if (split === null) return tools > 0;
		start = split.index + split[0].length;
	}
}

/**
 * True for a page footer's line known by its shape: a phone number, an e-mail or web address, a
 * site's registration code. A notice's own text may hold such lines, so only a web page's tail,
 * after its last paragraph, is cut there.
 */
export function isFooterShape(text: string): boolean {
	if (text.length > MAX_CONTACT_LINE || isProse(text)) return false;
	if (PHONE.test(text) || EMAIL.test(text) || REGISTRATION.test(text)) return true;
	return WEB_ADDRESS.test(text) && hanCount(text) <= MAX_ADDRESS_LINE_HAN;
}

/**
 * True for a breadcrumb whose last step is the headline (`您所在的位置：某某网 >> 政务动态 >> 标题`): two
 * steps or more, each before the last a short name with no sentence in it, under a place label or
 * from the home page or a site's name. The last step may hold commas, as a headline does.
 */
function isBreadcrumbPath(text: string): boolean {
	// Splitting costs far more than looking: most lines hold no step at all.
	if (text.length > MAX_PATH_LINE || !PATH_STEP.test(text)) return false;
	const label = PATH_LABEL.exec(text)?.[0] ?? '';
	const steps = text.slice(label.length).split(PATH_STEP);
	if (steps.length < MIN_PATH_PIECES) return false;
	const names = steps.slice(0, -1).map((p) => p.trim());
	if (names.some((p) => p === '' || p.length > MAX_PATH_STEP || /[。，,；;！？!?]/.test(p)))
		return false;
	return (
		(label !== '' && /位置|栏目/.test(label)) ||
		/首页|主页/.test(names[0]!) ||
		isSiteLike(names[0]!)
	);
}

/**
 * True for a gallery's counter that prints its picture's number alone (`（2）`): a bare number in
 * brackets with no running text under it (the picture's caption, its credit or the viewer's
 * buttons are). Over a paragraph it numbers that paragraph, as a list's item.
 */
export function isGalleryNumber(text: string, next: string | undefined): boolean {
	return (
		BRACKETED_NUMBER.test(text) &&
		(next === undefined || !(hanAtLeast(next, MIN_GALLERY_TEXT_HAN) && /[，。；,;]/.test(next)))
	);
}

/**
 * True for web page furniture known by its shape (player, tools, editors, breadcrumb, a file, a
 * post's original mark and hashtags, a QR-code prompt).
 */
export function isShapeFurniture(text: string): boolean {
	const fallbackLength = hanCount(text, 1) === 0 ? MAX_LATIN_FALLBACK : MAX_BROWSER_CANNOT;
	if (text.length <= fallbackLength && BROWSER_CANNOT.test(text)) return true;
	if (MEDIA_PLACEHOLDER.test(text) || MEDIA_COUNT.test(text) || VISITOR_COUNT.test(text))
		return true;
	if (PICTURE_COUNTER.test(text) || MEDIA_LENGTH.test(text)) return true;
	if (text.length <= MAX_VIEW_NOTE && NOT_OUR_VIEW.test(text) && /本文|作者/.test(text))
		return true;
	if (text.length <= MAX_GALLERY_LABEL && GALLERY_SIZE.test(text) && !/[。，,；;！？]/.test(text))
		return true;
	if (isBreadcrumbPath(text)) return true;
	if (text.length <= MAX_CALL_TO_ACTION && CALL_TO_ACTION.test(text)) return true;
	if (text.length <= MAX_WEATHER_LINE && WEATHER.test(text) && !/[，。；]/.test(text)) return true;
	if (text.length <= MAX_ACTION_PROMPT && !/[。；;]/.test(text) && isActionPrompt(text))
		return true;
	if (text.length <= MAX_SPONSOR_LINE && SPONSOR.test(text) && !/由|将|在|于/.test(text))
		return true;
	if (GREETING.test(text) || SELF_INTRODUCTION.test(text)) return true;
	if (ADDRESS_ONLY.test(text) && /[a-z]/i.test(text)) return true;
	if (BUTTON_ROW.test(text)) return true;
	if (
		text.length <= MAX_CACHE_NOTICE &&
		CACHE_WORD.test(text) &&
		CACHE_ABOUT.test(text) &&
		hanCount(text) <= MAX_CACHE_HAN
	)
		return true;
	if (
		CACHE_PAGE.test(text) &&
		CACHE_PAGE_NOW.test(text) &&
		hanCount(text, MAX_CACHE_PAGE_HAN + 1) <= MAX_CACHE_PAGE_HAN
	)
		return true;
	if (
		text.length <= MAX_PLACE_LABEL_LINE &&
		!/[。！？，,]/.test(text) &&
		(BREADCRUMB.test(text) || PLACE_LABEL.test(text))
	)
		return true;
	if (text.length <= MAX_POSTED_LINE && (POSTED.test(text) || FILE.test(text))) return true;
	if (ORIGINAL_MARK.test(text) || HASHTAGS.test(text) || ACCOUNT_LINE.test(text)) return true;
	const twice = text.length <= MAX_NAME_TWICE ? NAME_TWICE.exec(text)?.[1] : undefined;
	if (twice !== undefined && (isSiteLike(twice) || MEDIA_NAME.test(twice))) return true;
	if (text.length <= MAX_QR_PROMPT && QR_PROMPT.test(text) && !/[。；;]/.test(text)) return true;
	if (text.length <= MAX_COMMENT_STATE && COMMENT_STATE.test(text)) return true;
	if (text.length <= MAX_COMMENT_COUNT && COMMENT_COUNT.test(text) && !/[。；]/.test(text))
		return true;
	if (text.length <= MAX_PREV_NEXT_LINE && (PREV_NEXT.test(text) || ARROW_LINK.test(text)))
		return true;
	if (text.length <= MAX_PREV_AND_NEXT && !/[。；]/.test(text) && PREV_AND_NEXT.test(text))
		return true;
	if (text.length <= MAX_PIN_ACCOUNT && PIN_ACCOUNT.test(text)) return true;
	const followed = text.length <= MAX_FOLLOW_NAMED ? FOLLOW_NAMED.exec(text)?.[1] : undefined;
	if (followed !== undefined && isPublisherName(followed)) return true;
	if (
		text.length <= MAX_FOLLOW_PROMPT &&
		!/[。，；]/.test(text) &&
		(FOLLOW_ACCOUNT.test(text) || SWIPE.test(text))
	)
		return true;
	const han = text.length <= MAX_MEDIA_BUTTON ? text.replace(/[^\u3400-\u9fff]/g, '') : '';
	// `图集` alone may label a column; with a viewer's word (`返回图集列表`, `图集完`) it is a button.
	const core = MEDIA_CORE.test(han) || (han.length > 2 && han.includes('图集'));
	if (han.length >= 2 && MEDIA_HAN.test(han) && core) return true;
	if (text.length <= MAX_ADVICE_LINE && (BROWSER_ADVICE.test(text) || COMMENT_PROMPT.test(text)))
		return true;
	return isToolBar(text) || isEditorsLine(text) || isSpacedEditorsLine(text) || isPlayerBar(text);
}

/** True for the key of a source or date field (`发布机构`, `更新日期`), which no headline ends with. */
function isFieldKey(word: string): boolean {
	const kind = /^[\u3400-\u9fff]{2,6}$/.test(word) ? fieldKind(word) : undefined;
	return kind === 'source' || kind === 'date' || kind === 'written';
}

/** Separators between a browser title's headline and the site's name, the last one first. */
const TITLE_SEPARATOR = /\s*(?:——|—|–|-{2,}|\s-\s|-|－|[_＿]+|\||｜|丨)\s*(?=[^—–\-－_＿|｜丨]+$)/;
/** The first separator, for a title that prints the site's name first (`某某县人民政府-标题`). */
const FIRST_SEPARATOR = /\s*(?:——|—|–|-{1,2}|－|[_＿]|\||｜|丨)\s*/;
/** A site's column named after the headline (`标题_工作动态`): news, updates, notices, disclosure (`政务公开`). */
const COLUMN_NAME = /^[\u3400-\u9fff]{0,4}(?:动态|新闻|要闻|资讯|快讯|公告|通知|公开)$/;
/** A platform's channel of dotted short words (`某某号·政务`), a column once a site is named after it. */
const DOTTED_CHANNEL = /^[\u3400-\u9fff]{1,6}(?:\s*[·•]\s*[\u3400-\u9fff]{1,6})+$/;
/** Short words set apart by bars: a menu bar, not a headline. */
const MENU_LEFT = /^[^|｜丨]{1,8}(?:\s*[|｜丨]\s*[^|｜丨]{1,8})+$/;
/** A site's name in Latin letters (`The Daily`, `CCTV`). */
const LATIN_SITE = /^[A-Za-z][A-Za-z .&'-]{1,30}$/;

/** A place's name alone (`某某县`), which a browser title may print after the site's. */
const PLACE_NAME = /^[\u3400-\u9fff]{1,8}(?:省|市|县|区|旗|州|盟)$/;
/**
 * A site's name in brackets opening a browser title: `【某某县融媒体中心官网】标题`; a column's label
 * (`【权威部门话开局】`) is no site, whatever word closes it.
 */
const BRACKETED_SITE =
	/^【([\u3400-\u9fff]{2,20}(?:网|网站|官网|门户|在线|融媒体中心|客户端))】\s*/;

/** `text` without title marks around all of it (`《标题》`), where those marks pair with each other. */
function unmarked(text: string): string {
	if (!text.startsWith('《') || !text.endsWith('》')) return text;
	let depth = 0;
	for (const [i, ch] of [...text].entries()) {
		if (ch === '《') depth++;
		else if (ch === '》') depth--;
		if (depth === 0 && i < [...text].length - 1) return text;
	}
	return text.slice(1, -1);
}

/**
 * The headline inside a browser's page title (`标题——某某日报`, `标题 | 某某县人民政府`, `标题_中国某某`,
 * `标题 - 某某局 - 工作动态`, `标题｜某某网｜某某县`, `【某某网】标题`), or `undefined` when the line
 * is not one: the parts after the headline name a site or a publisher, its column or its place,
 * one of them a site or a column at least, and a subtitle (`——记…`) is no site.
 */
export function browserTitleHeadline(text: string): string | undefined {
	let head = text;
	let named = false;
	for (let m = TITLE_SEPARATOR.exec(head); m !== null; m = TITLE_SEPARATOR.exec(head)) {
		const before = head.slice(0, m.index).trim();
		const site = head.slice(m.index + m[0].length).trim();
		if (!titleCharsAtLeast(before, MIN_TITLE_HEADLINE_HAN) || /^记|^访|^写在/.test(site)) break;
		// A field's key before the separator sets off its value (`发布机构 | 某某局`): a field, not a title.
		if (isFieldKey(before.split(/[\s|｜丨]/).at(-1)!)) break;
		const siteOrColumn: boolean =
			isSiteLike(site) ||
			isSiteHeader(site) ||
			COLUMN_NAME.test(site) ||
			LATIN_SITE.test(site) ||
			(named && DOTTED_CHANNEL.test(site));
		if (!siteOrColumn && !PLACE_NAME.test(site)) break;
		named ||= siteOrColumn;
		head = before;
	}
	// What is left of a menu bar (`长者服务 | 在线问答 | 某某县人民政府`, `网站首页 | 新闻中心 | 政务公开`) is no headline.
	// A headline the browser's title sets in title marks (`《标题》- 某某网`) is the headline without them.
	if (named) return MENU_LEFT.test(head) || /首页/.test(head) ? undefined : unmarked(head);
	const bracketed = BRACKETED_SITE.exec(text);
	if (bracketed !== null) {
		const rest = text.slice(bracketed[0].length).trim();
		return hanCount(rest) >= MIN_TITLE_HEADLINE_HAN ? rest : undefined;
	}
	const first = FIRST_SEPARATOR.exec(text);
	if (first === null) return undefined;
	const name = text.slice(0, first.index).trim();
	const rest = text.slice(first.index + first[0].length).trim();
	if (!isSiteLike(name) || hanCount(rest) < MIN_TITLE_HEADLINE_HAN) return undefined;
	// After the site's name, a channel bar (`某某网 | 首页 | 新闻 | 视频`) is no headline either.
	const pieces = rest.split(/\s*[|｜丨]\s*/);
	return pieces.length >= MIN_CHANNEL_BAR_PIECES &&
		pieces.every((p) => p.length <= MAX_CHANNEL_BAR_PIECE)
		? undefined
		: rest;
}

/**
 * The headline of a browser title that prints the site's name first with a colon (`某某县应急管理局：标题`),
 * or `undefined`. A headline may open so too (`某某部：明年起…`), so the caller drops the line only
 * where the headline is printed again below.
 */
export function siteColonHeadline(text: string): string | undefined {
	const colon = /[:：]/.exec(text);
	if (colon === null) return undefined;
	const rest = text.slice(colon.index + 1).trim();
	return isSiteLike(text.slice(0, colon.index).trim()) && hanCount(rest) >= MIN_TITLE_HEADLINE_HAN
		? rest
		: undefined;
}

/** True for a site's or publisher's name: `某某县人民政府`, `中国·某某`, `某某新闻网`, `今日某某`. */
export function isSiteLike(name: string): boolean {
	const bare = name.replace(/^中国\s*[·•]?\s*/, '');
	if (bare !== name && /^[\u3400-\u9fff]{2,10}$/.test(bare)) return true;
	// A county paper named for its place: 今日某某.
	if (/^今日[\u3400-\u9fff]{2,8}$/.test(name)) return true;
	return (
		isPublisherName(name) ||
		/^[\u3400-\u9fff]{2,16}(?:网|网站|门户|政务网|政府网|在线|之窗|(?:公开|服务|政务|信息)平台)$/.test(
			name,
		)
	);
}

/** A day written in figures with separators: `2023.05.08`, `23-05-08`, `2023／5／8`, `2023·05·08`. */
const FIGURE_DAY = new RegExp(
	`(?<![\\d.])(?:(?:19|20)?\\d{2})\\s*[${DATE_SEPARATORS}]\\s*(?:0?[1-9]|1[0-2])\\s*[${DATE_SEPARATORS}]\\s*(?:0?[1-9]|[12]\\d|3[01])(?![\\d.])`,
);
/** A clock time with two-figure minutes: `10:21`, `08时02分`. */
const CLOCK = /(?<!\d)(?:[01]?\d|2[0-3])\s*[:时]\s*[0-5]\d(?!\d)/;
/** A day in words with its year (`2023年5月8日`, `二〇二三年五月八日`). */
const WORDED_DAY =
	/[\d〇零一二三四五六七八九]{2,4}\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日/;

/**
 * True for a line stamped with the day or the hour it was posted (`某某发布 2023.05.08 10:21`,
 * `发布于3天前（2023年5月8日 星期一）`): a day in figures, a clock time, or a day in words with its
 * weekday or hour. A headline names an event, not the minute its page went up, so such a line is
 * the page's meta, whatever words stand around the stamp.
 */
export function hasPostingStamp(text: string): boolean {
	const t = text.normalize('NFKC');
	if (FIGURE_DAY.test(t) || CLOCK.test(t)) return true;
	return WORDED_DAY.test(t) && /星期|周[一二三四五六日天]/.test(t);
}

/** A day in words alone on its line, in brackets or not. */
const WORDED_DAY_ALONE = new RegExp(`^[（(]?\\s*${WORDED_DAY.source}\\s*[)）]?$`);

/**
 * True for a day in words alone on its line (`（二〇二四年五月八日）`): a speech's or a document's
 * date under its title, never a headline, however many Han characters its numerals make.
 */
export function isWordedDayAlone(text: string): boolean {
	return WORDED_DAY_ALONE.test(text.normalize('NFKC').trim());
}
