/**
 * The grammar of a Chinese newspaper page as regular expressions: datelines, bylines, photo
 * credits, page furniture. Shared by the splitter, the cleaner and the metadata reader.
 */

import { anyPattern } from '../regex-union.ts';
import { DATE_PATTERN, WEEKDAY } from './meta-dates.ts';

const HAN = '\\u3400-\\u9fff';
/** A personal name: 2–4 Han characters, possibly with a middle dot (少数民族 names). */
const NAME = `[${HAN}][${HAN}·•]{1,5}`;
/** A name as 人民日报 prints a two-character one, padded to three places (`王 丹`), or any name. */
const PRINTED_NAME = `(?:[${HAN}]\\s[${HAN}](?![${HAN}])|${NAME})`;
const MONTH_DAY = '(\\d{1,2})月(\\d{1,2})日';

/**
 * A news lead that names the outlet it comes from, as a dateline does: `央视网消息（新闻联播）：`,
 * `新华网消息：`, `本报消息，`. A report quoting another (`据新华社消息`) is no such lead.
 */
export const OUTLET_LEAD =
	/^[【[]?[\p{Script=Han}A-Za-z]{1,12}(?:网|报|社|台|客户端|融媒|新闻)消息[】\]]?\s*(?:[(\uFF08][^()\uFF08\uFF09]{1,16}[)\uFF09])?\s*[:\uFF1A,\uFF0C]/u;

/**
 * A broadcaster's lead naming its programme in brackets (`央视网消息（新闻联播）：`): the item is a
 * broadcast's, whose headline is one line with no kicker or subtitle, its clauses set off by spaces.
 */
export const BROADCAST_LEAD =
	/^\p{Script=Han}{1,12}(?:网|台)消息[(（][^()（）]{2,12}[)）]\s*[:：]/u;

/**
 * A dateline at the start of a lead paragraph: `本报讯`, `本报北京1月18日电`, `新华社北京1月18日电`,
 * `鲁网5月10日讯`, `大众网讯`, optionally followed by a parenthesised byline.
 * Groups: 1 = `本报讯`, 2 = prefix before the date (outlet + city), 3 = month, 4 = day, 5 = outlet of `X讯`.
 */
export const DATELINE = new RegExp(
	`^[【\\[]?(?:(本报讯|本刊讯|本报电)|([${HAN}A-Za-z]{1,16}?)${MONTH_DAY}(?:电|讯)|([${HAN}]{1,12}(?:网|报|社|台|新闻|客户端|融媒))(?:讯|电))[】\\]]?`,
);

/** A parenthesised byline right after a dateline: `(记者 李若生)`, `(记者张璠 通讯员王某)`. */
export const PAREN_BYLINE =
	/^\s*[(\uFF08]([^()\uFF08\uFF09]{0,60}?(?:记者|通讯员|实习生|特约)[^()\uFF08\uFF09]{0,60})[)\uFF09]/;

/**
 * What a byline says: who wrote it (`本报记者 吕绍刚`, `文/图 张三`, the outlet's name with a middle dot
 * too: `某某晚报·某某县版全媒体记者 王某`), with any 通讯员 after.
 */
const BYLINE_CORE = `(?:(?:[${HAN}]|[·•](?=[${HAN}])){0,16}?(?:本报|本刊|全媒体|融媒体|特约|见习|实习)?(?:记者(?!手记|节|观察|调查|来信|连线|探访|笔记|札记|视线|跟踪|体验|眼中|走基层|[们并会站证问的就在对团])|通讯员|评论员)|(?:文|图|文图|撰文|撰稿|作者)\\s*(?:[/\\uFF0F]\\s*[文图])?\\s*[:\\uFF1A/\\uFF0F\\s]|(?:撰文|撰稿|作者)\\s*[|\\uFF5C\\u4E28]\\s*)[:\\uFF1A\\s]*(?:${PRINTED_NAME}(?:[\\s、,\\uFF0C]+[${HAN}·]{1,5}){0,8})(?:\\s+(?:通讯员|实习生|见习记者|摄影)[:\\uFF1A\\s]*${NAME}(?:[\\s、,\\uFF0C]+${NAME}){0,6})*`;

/**
 * A standalone byline line: `本报记者 吕绍刚`, `□记者 任婧婉 刘瑶`, `牡丹晚报全媒体记者 姜璐璐`, `文/图 张三`,
 * `作者 | 张三`.
 * 记者 followed by a character no name starts with (们, 并, 会, 站 …) is a phrase about reporters
 * (…会见中外记者并回答提问, 记者会), not a credit.
 */
export const BYLINE_LINE = new RegExp(`^(?:[□■◎●○▲△]\\s*)?${BYLINE_CORE}\\s*$`);

/**
 * A byline wrapped in round brackets on a line of its own: `（融媒体记者 张三 通讯员 李四）`, its
 * outlet named with a programme in title marks too (`（某某台《某某新闻》记者 张三）`). Under a
 * headline it credits the story; it heads none. (After the last paragraph it closes the text, as
 * the corpus prints it, and stays there.)
 */
export const BRACKETED_BYLINE = new RegExp(
	`^[(\\uFF08]\\s*(?:[${HAN}]{0,12}《[${HAN}]{1,12}》)?${BYLINE_CORE}\\s*[)\\uFF09]$`,
);

/** A trailing byline in parentheses at the end of a body: `…项目。(记者 刘振江)`. */
export const TRAILING_BYLINE =
	/[(\uFF08]((?:[\u3400-\u9fff]{0,12}?记者|通讯员)[^()\uFF08\uFF09]{1,40})[)\uFF09]\s*$/;

/** A photo credit ending a caption: `胡攀学摄(人民视觉)`, `(记者 张三 摄)`, `新华社记者 李四摄`, `王明/摄`. */
export const PHOTO_CREDIT = new RegExp(
	`(?:[${HAN}·\\s]{2,24}[/\\uFF0F]?摄(?:影)?(?:报道)?|供图|(?:图片|照片)由[^。]{1,24}提供)\\s*(?:[(\\uFF08][^()\\uFF08\\uFF09]{1,16}[)\\uFF09])?\\s*$|[(\\uFF08][^()\\uFF08\\uFF09]{0,20}摄[)\\uFF09]\\s*$`,
);

/**
 * A photo's credit keyed alone on its line (`供图：某某县融媒体中心`, `图片来源：新华社`), or its
 * photographer keyed so (`摄影：某某（特约）`), a role or outlet bracketed after the name or not: it names who gave or took the picture, not a word of the text, and stands inside a
 * story, so it marks no break between two.
 */
export const KEYED_PHOTO_CREDIT =
	/^(?:供图|图片来源|图源|图片提供|摄影)\s*[:\uFF1A]\s*[^。，；！？:\uFF1A]{2,30}$/;

/** Who gave the picture, in brackets closing its caption: `（某某县林业局 提供）`, `(某某供图)`. */
export const PICTURE_GIVER = /[(\uFF08][^()\uFF08\uFF09]{2,30}?\s*(?:提供|供图)[)\uFF09]\s*$/;

/** A picture's credit keyed by the picture at a line's start (`图：某某提供`, `摄影/某某`). */
export const PICTURE_KEY = /^(?:图|图片|照片|摄影|摄)\s*[:\uFF1A/\uFF0F]/;

/** A role on a paper's or site's desk, with the desk or part it works on or not: 本版主编, 文字编辑, 版式. */
const DESK_ROLE =
	'(?:本版|值班|当班|网络|责任|文字|图片|美术)?(?:主编|编辑|责编|美编|组版|排版|校对|审核|审签|签发|监制|制图|统筹|设计|版式|终审|初审|编审)';
/** A desk role and the name after it, keyed by a colon or a space. */
const DESK_CREDIT = `${DESK_ROLE}\\s*[:\\uFF1A]?\\s*[\\u3400-\\u9fff·]{2,5}`;

/** Page furniture lines that are never article text. */
export const FURNITURE = [
	// A line of the desk's roles and names only, two or more set apart by spaces (`本版主编 某某　组版 某某`).
	new RegExp(`^${DESK_CREDIT}(?:\\s+${DESK_CREDIT})+$`),
	/^[(\uFF08[［【〔]?(?:本版)?责(?:任)?编(?:辑)?\s*[:\uFF1A]/,
	/^(?:本版|版面)?(?:编辑|美编|校对|审核|签发|监制|制图|统筹)\s*[:\uFF1A]/,
	// A line of the desk's roles and names, bracketed or set apart by slashes (`［编辑：某某］`,
	// `值班编辑 某某 / 审签 某某`).
	/^[(\uFF08[［【〔]\s*(?:值班|本版|网络)?(?:编辑|审核|审签|校对|签发)\s*[:\uFF1A]/,
	/^(?:值班|网络|当班)?(?:编辑|审核|审签|校对|签发|监制)\s*[:\uFF1A]?\s*[\u3400-\u9fff·]{2,5}(?:\s*[/\uFF0F|｜丨]\s*(?:值班|网络|当班)?(?:编辑|审核|审签|校对|签发|监制)\s*[:\uFF1A]?\s*[\u3400-\u9fff·]{2,5})+$/,
	// The page's photographers and a column's mailbox: `本版摄影：李 明`, `栏目投稿邮箱：…`.
	/^本版(?:摄影|图片|供图|照片)\s*[:\uFF1A]/,
	KEYED_PHOTO_CREDIT,
	/^(?:栏目|本栏|本版|本刊)?(?:投稿|来稿)(?:邮箱|信箱|地址)\s*[:\uFF1A]/,
	/^新闻关键词\s*[:\uFF1A]?/,
	// A page's tags under any key of the kind, keyed by a colon or in brackets (`【主题词】…`, `文章标签：…`).
	/^[【[［〔]?\s*(?:新闻|相关|文章|内容|本文|热门)?(?:关键词|关键字|标签|主题词|Tags?|Keywords?)\s*(?:[:\uFF1A]|[】\]］〕])/i,
	/^(?:分享到|分享至|(?:用)?(?:手机|微信)?扫(?:一扫|码)|打开微信)/,
	/^【?\s*(?:字体|字号)\s*[:\uFF1A]?\s*【?大】?\s*【?中】?\s*【?小】?/,
	/^[(\uFF08]完[)\uFF09]$/,
	/^【?(?:打印|关闭|收藏|纠错|返回顶部|打印本页|关闭窗口)】?(?:\s*【?(?:打印|关闭|收藏|纠错|返回顶部|打印本页|关闭窗口)】?)*$/,
	/^(?:当前位置|您的位置|您现在的位置|所在位置)\s*[:\uFF1A]/,
	/^(?:上一篇|下一篇|相关新闻|相关阅读|延伸阅读|推荐阅读)\s*[:\uFF1A]?/,
	/^(?:大字体|小字体|字号|扫码带走|打印|默认)(?:\s+(?:大字体|小字体|中|大|小|扫码带走|打印|默认))*$/,
	/^第\s*\d{1,3}\s*版[::\s]/,
];

/** True when one of `FURNITURE` matches `text` (one call for all of them). */
export const isFurnitureLine = anyPattern(FURNITURE);

/**
 * A page furniture line that opens with a date (`meta-dates.ts`), labelled or not, and what follows
 * it: `2022-05-10 12:36:57 来源:鲁网 大字体 小字体`.
 */
export const META_LINE = new RegExp(
	`^(?:(?:发布|更新)?(?:时间|日期)[:\\uFF1A]\\s*)?${DATE_PATTERN}(?:\\s+.*)?$`,
);

/** A separator a page header may print between its parts: a bar or a dot. */
const HEADER_SEP = '\\s*[|｜·]?\\s*';

/**
 * A page header with paper, date and page number: `人民日报 2024年1月19日 第11版`, with bars between
 * its parts or the paper's name after the date (`2024年1月19日 星期五 某某日报 第3版`).
 * Groups: 1 = paper before the date, 2 = the printed date (`dateOf` reads it), 3 = paper after it.
 */
export const PAGE_HEADER = new RegExp(
	`^(?:([\\u3400-\\u9fff]{2,12}?)${HEADER_SEP})?(${DATE_PATTERN})${HEADER_SEP}(?:(?:${WEEKDAY.source})${HEADER_SEP})?(?:([\\u3400-\\u9fff]{2,12}?)${HEADER_SEP})?第\\s*[A-Z]?\\s*[\\d一二三四五六七八九十]+\\s*版`,
);

/** `来源:鲁网` anywhere in a furniture line. Group 1 = outlet. */
export const SOURCE_LABEL = /(?:来源|稿源|出处)\s*[:\uFF1A]\s*([^\s,\uFF0C;\uFF1B|]{2,20})/;

/** First line of a copyright notice: `德州新闻网版权与免责声明:`. Group 1 = outlet. */
export const COPYRIGHT_HEAD =
	/^(?:([\u3400-\u9fff]{2,20}?)\s?)?(?:版权(?:与|和|及)?免责声明|版权声明|免责声明|版权所有)|^(?:Copyright|©|[(\uFF08]c[)\uFF09])/i;

/**
 * True for lines printed as sentence ends: `。`, `!`, `?`, `…`, `;`, possibly inside closing quotes.
 * Read backwards from the end over lookup tables: a pattern anchored at the end is tried from every
 * position of the line, and this runs on every line of every page.
 */
export function endsSentence(text: string): boolean {
	let end = text.length;
	while (end > 0 && CLOSING[text.charCodeAt(end - 1)] === 1) end--;
	return end > 0 && SENTENCE_END[text.charCodeAt(end - 1)] === 1;
}

/**
 * True for a figure printed alone in a data box beside a story (`11.73亿人`, `96.98%`, `239家`):
 * a number with at most a short unit, never a headline.
 */
export function isFigureLine(text: string): boolean {
	return /^[+\-−]?\d[\d.,，]*\s*(?:%|％|‰|(?!年)[\u3400-\u9fff]{0,3})$/.test(text);
}

/** Count of Han characters, reading no further than the `limit`th. */
export function hanCount(text: string, limit = Infinity): number {
	let count = 0;
	for (let i = 0; i < text.length && count < limit; i++) {
		const code = text.charCodeAt(i);
		if (code < 0xd800 || code > 0xdfff) {
			count += HAN_BMP[code] ?? 0;
		} else if (HAN_START.test(text.slice(i, i + 2))) {
			// A Han character outside the basic plane (CJK extension B…) takes two code units.
			count++;
			i++;
		}
	}
	return count;
}

/** Whether `text` holds at least `n` Han characters (`hanCount(text) >= n`, reading only as far as the `n`th). */
export function hanAtLeast(text: string, n: number): boolean {
	return hanCount(text, n) >= n;
}

/** A person's name as meta and editors' lines print it: two to five Han characters (`王芳`, `欧阳某某`). */
export const PERSON_NAME = /^[\u3400-\u9fff·]{2,5}$/;

/** A caption's marker pointing at its picture (`▲`, `↓`, `图为`) or naming it (`上图：`). */
export const CAPTION_MARKER = /^(?:[▲△▼▽↑↓←→]|图为|[上下左右中]图\s*[:：])/u;

/**
 * Whether `text` holds at least `n` words' characters: its Han characters, a run of figures joined
 * to them counting as one (`奋斗60年` holds four, as `奋斗六十年` holds five). A headline's length is
 * in such characters; a figure set off by spaces (`阅读 3456`) is a count, not a word of it.
 */
export function titleCharsAtLeast(text: string, n: number): boolean {
	if (hanAtLeast(text, n)) return true;
	const figures = text.match(/(?<=\p{Script=Han})[\d０-９]+|[\d０-９]+(?=\p{Script=Han})/gu);
	return figures !== null && hanCount(text) + figures.length >= n && hanAtLeast(text, n - 1);
}

/**
 * 1 for every UTF-16 unit of the basic plane, from `from` on, whose character `pattern` matches:
 * a per-character Unicode property test, done once instead of once per character read.
 */
export function basicPlaneTable(pattern: RegExp, from = 0): Uint8Array {
	const table = new Uint8Array(0x10000);
	for (let code = from; code < 0x10000; code++)
		if (pattern.test(String.fromCharCode(code))) table[code] = 1;
	return table;
}

const HAN_START = /^\p{Script=Han}/u;
// What may close a sentence after its mark (quotes, brackets, white space), and the marks
// themselves: all in the basic plane, so one UTF-16 unit each.
const CLOSING = basicPlaneTable(/^[”’」』》)\uFF09】\]\s]$/u);
const SENTENCE_END = basicPlaneTable(/^[。!?\uFF01\uFF1F…;\uFF1B.]$/u);
// No Han character precedes the CJK radicals (U+2E80).
const HAN_BMP = basicPlaneTable(HAN_START, 0x2e80);

/** True for the title of an official notice: `关于…的公告`, `任前公示`, `…通告(第3号)`; not a report that 印发 one. */
export function isNoticeTitle(title: string): boolean {
	return /^(?:(?!印发|出台|发布|下发|转发).)*关于.{2,60}(?:公告|公示|通告|通知|决定)$|(?:公告|公示|通告|启事|公示公告)(?:\s*[(\uFF08]?第?[\d一二三四五六七八九十]+号?[)\uFF09]?)?$/.test(
		title,
	);
}
