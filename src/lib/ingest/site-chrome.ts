import { endsSentence, hanAtLeast, hanCount } from './patterns.ts';
import { readIngestLines } from '../schema/ingest-lines.ts';

const {
	maxContactLine: MAX_CONTACT_LINE,
	maxAddressLineHan: MAX_ADDRESS_LINE_HAN,
	minProseHan: MIN_PROSE_HAN,
	maxWeatherLine: MAX_WEATHER_LINE,
	maxSponsorLine: MAX_SPONSOR_LINE,
	maxAdviceLine: MAX_ADVICE_LINE,
} = readIngestLines().furnitureShapes;

// A site's lines about itself, around every page: its contacts and registration (a phone number,
// an e-mail or web address, ICP 备案), its sponsors, its visitor counter, its greeting, the day's
// weather, its advice on the browser to use.

/** A phone number with its area code (in brackets, or before a dash or a space) or a mobile's. */
export const PHONE =
	/(?:[(（]0\d{2,3}[)）]|(?<!\d)0\d{2,3}[-－—\s])\s*\d{7,8}(?!\d)|(?<!\d)1[3-9]\d{9}(?!\d)/;
const EMAIL = /[\w.-]+@[\w-]+(?:\.[\w-]+)+/;
const WEB_ADDRESS =
	/(?:https?:\/\/|www\.)[\w.-]+|[\w-]+\.(?:gov|com|net|org|edu)(?:\.cn)?(?![\w])/i;
/** A site's registration: ICP 备案, 公网安备, 网站标识码/识别码. */
const REGISTRATION = /ICP备|公网安备\s*\d|备案号\s*[:：]|(?:标识|识别)码\s*[:：]?\s*[\dA-Z]/i;
/** A line that is a registration and its number: `公安机关备案号：4102…`, `京ICP备1234号`, `网站识别码：…`. */
const REGISTRATION_LINE =
	/^[\u3400-\u9fff]{0,8}(?:ICP备|公网安备|备案号\s*[:：]|(?:标识|识别)码\s*[:：]?)\s*[\dA-Z（）()-]*[\d][\dA-Z（）()号-]*$/i;
/** A site's visitor counter: `您是第1234567位访问者`, `您是本站第89012位访客`. */
const VISITOR_COUNT = /^您是(?:本站|本网)?第\s*[\d,，]+\s*位(?:访问者|访客|来访者|浏览者)/;
/**
 * A site's advice on the screen or browser to view it with, as a footer or a banner over the page
 * prints it: recommended (`建议使用IE9以上浏览器`), asked for (`请使用某某浏览器`) or for a better
 * view (`为获得更好的浏览效果`).
 */
const BROWSER_ADVICE =
	/(?:建议|推荐|最佳).{0,12}(?:分辨率|浏览器)|(?:分辨率|浏览器).{0,20}(?:浏览|访问)本(?:站|网)|请(?:使用|用|升级).{0,24}浏览器|(?:为了?|以)(?:获得|保证|确保|达到)?(?:更好|更佳|最佳|良好)的?(?:浏览|访问|显示)(?:效果|体验)/;
/** The day's weather beside the date in a page's top bar: a sky word or a temperature range. */
const WEATHER = /天气\s*[:：]|\d{1,2}\s*℃?\s*[~～至-]\s*-?\d{1,2}\s*℃/;
/** A line that is a web address and nothing else. */
const ADDRESS_ONLY = /^(?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:\/\S*)?$/i;
/**
 * A site's greeting to its visitor: `欢迎您访问某某局！`, `您好，欢迎来到某某镇人民政府`, the top bar's
 * day after it or not (`… 今天是星期三 农历甲辰年三月三十`).
 */
const GREETING =
	/^(?:您好[，,!！]?\s*)?欢迎(?:您|你)?(?:访问|来到|光临|登录)(?:[^，。；,;]{2,30}|\s*[^，。；,;\s]{2,30}[\s\u3000]+(?:今天是|今日是|今天|今日)[^，。；,;]{2,30})$/;
/** The widget's name keying its greeting as a chat window prints it: `某某导办员：`. */
const SPEAKER = String.raw`(?:[\u3400-\u9fff\w]{2,12}\s*[:：]\s*)?`;
/**
 * A help widget's greeting: a hello, the widget naming itself and a question to the reader
 * (`您好，我是某某政务助手，请问有什么可以帮您？`), keyed by the widget's name or not. Running text
 * quotes such a greeting; it never opens a line bare.
 */
const SELF_INTRODUCTION = new RegExp(
	String.raw`^${SPEAKER}(?:您好|你好)[，,!！。]?\s*(?:我是|这里是)[^。？?]{2,30}[，,。！!]\s*[^。]{0,20}[？?]$`,
);
/**
 * A help widget's greeting that offers its help without naming itself: a hello and a question of
 * what it can do for the reader (`您好，请问有什么可以帮您？`, `你好！需要什么帮助吗？`), keyed or not.
 */
const OFFER_OF_HELP = new RegExp(
	String.raw`^${SPEAKER}(?:您好|你好)[，,!！。]?\s*(?:请问)?(?:有什么|有哪些|需要什么|有啥)[^。？?]{0,8}(?:帮|为|服务)[^。？?]{0,6}[？?]$`,
);

/** A site's sponsors standing alone: `某某县人民政府主办`, `某某县人民政府 主办 某某信息中心 维护`. */
const SPONSOR = /^(?:[\u3400-\u9fff]{2,24}\s*(?:主办|承办|协办|维护)\s*)+$/;

function isProse(text: string): boolean {
	return endsSentence(text) && hanAtLeast(text, MIN_PROSE_HAN);
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
 * True for a site's own line known by its shape: a visitor counter, a registration and its number,
 * the weather, its sponsors, a greeting, a bare web address, advice on the browser.
 */
export function isSiteChrome(text: string): boolean {
	if (VISITOR_COUNT.test(text)) return true;
	// A site's registration number alone names no article's matter, wherever it stands (an e-paper's
	// page prints it under its last story).
	if (text.length <= MAX_CONTACT_LINE && REGISTRATION_LINE.test(text) && !isProse(text))
		return true;
	if (text.length <= MAX_WEATHER_LINE && WEATHER.test(text) && !/[，。；]/.test(text)) return true;
	if (text.length <= MAX_SPONSOR_LINE && SPONSOR.test(text) && !/由|将|在|于/.test(text))
		return true;
	if (GREETING.test(text) || SELF_INTRODUCTION.test(text) || OFFER_OF_HELP.test(text)) return true;
	if (ADDRESS_ONLY.test(text) && /[a-z]/i.test(text)) return true;
	return text.length <= MAX_ADVICE_LINE && BROWSER_ADVICE.test(text);
}
