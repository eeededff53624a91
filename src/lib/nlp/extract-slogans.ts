/**
 * Finds the quoted formulas (提法) of an article: “五比五看”, “强副职、壮中层、激活力”, “1+N”.
 *
 * Press releases put three different things in quotation marks: formulas (the slogans we want),
 * quoted speech, and scare quotes around ordinary words (走出“文件堆”). The rule, in order:
 * 1. Only text inside “” 「」 ‘’ counts; 《》 holds document titles, which are never slogans
 *    (a formula quoted inside a title still counts).
 * 2. Speech is dropped: a quotation longer than 30 characters, one with sentence punctuation
 *    (。！？；, and commas except between parallel parts), or one followed by its speaker (……”某某说).
 * 3. What remains is a formula when it has the shape of one:
 *    - it is short (≤ 10 characters) and contains a number word or a symbol such as +
 *      (十问十答, 三优, 1+N, 最多跑一次, 一人一策);
 *    - it is parallel: two or more equal-length parts separated by 、 or a space
 *      (强副职、壮中层、激活力; 无事不扰 有求必应);
 *    - it repeats a character in the ABAC / ABCB patterns of set phrases (五比五看, 双招双引, 能上能下,
 *      谁执法谁普法);
 *    - or it directly names a programme: the quotation is followed by 活动, 行动, 工程, 机制, 原则 …
 *      (“赢在中层”干部论坛活动, “满意峄城”创建), optionally after a short modifier (干部, 专项, 主题).
 *    - or it belongs to a series of quotations built alike: same length (3-5), same first character
 *      (“管人员”“管平台”“管评价”).
 *    Scare quotes of ordinary words have none of these marks and are dropped.
 * 4. Generic words that merely look like formulas (两会, 一刀切, 一站式) are dropped: the list in
 *    `search-config/slogan-stop-words.json` is measured over the corpus and jieba's dictionary.
 * 5. Variants of one formula (学思想、强党性 / 学思想 强党性; 无事不扰、有求必应 / 有求必应，无事不扰;
 *    互联网+ / 互联网＋) are one slogan: the same parts, whatever the separators, order and width.
 * Slogans are returned without quotation marks, deduplicated, in order of first use, each in the
 * wording of its first use (so a phrase search for it finds the text).
 */
import { sloganStopWords } from './slogan-stop-words.ts';
import { readSloganShapes } from '../schema/slogan-shapes.ts';

const {
	minQuoted: MIN_QUOTED,
	maxQuoted: MAX_QUOTED,
	afterChars: AFTER_CHARS,
	maxParallelPart: MAX_PARALLEL_PART,
	minHalf: MIN_HALF,
	maxHalf: MAX_HALF,
	maxNumberFormula: MAX_NUMBER_FORMULA,
	minSeriesItem: MIN_SERIES_ITEM,
	maxSeriesItem: MAX_SERIES_ITEM,
} = readSloganShapes();

const QUOTE = /[“「‘]([^“”「」‘’]{1,60})[”」’]/g;
const SPEAKER =
	/^[，,]?[^，,。；;“”]{0,20}?(?:说|表示|坦言|感慨|介绍|告诉记者|强调|指出|感叹|直言|笑道)/;
const NUMBER = /[一二两三四五六七八九十百千万双\d+＋]/;
// Number characters inside ordinary words and names (之一, 一把手, 深海一号, 12月) are not formulas.
const ORDINARY_NUMBER =
	/之一|一把手|[一\d]号|一位|一支|一些|一起|一样|一般|一直|一定|统一|唯一|万一|\d+[月日后]/g;
const PROGRAMME =
	/^(?:等)?(?:干部|专项|主题|系列|党建|志愿|宣传|实践|教育|论坛|培训|服务|评选|竞赛|提升|攻坚|集中|品牌|示范){0,2}(?:活动|行动|工程|工作法|机制|模式|品牌|理念|原则|要求|体系|制度|攻坚战|攻坚|平台|改革|创建|主题|品牌|计划|服务|工作室|工作站|系列|示范|标准|提升行动|目标|思路|举措|措施|战略|格局|路径|做法|经验|精神|作风|行动计划|专项行动)/;

function isParallel(text: string): boolean {
	const parts = text.split(/[、，,\s]+/).filter(Boolean);
	if (parts.length < 2) return false;
	const len = parts[0]?.length ?? 0;
	// Single characters form a formula only in a longer series (选、育、管、用).
	const minLength = parts.length >= 3 ? 1 : 2;
	return len >= minLength && len <= MAX_PARALLEL_PART && parts.every((p) => p.length === len);
}

function isSetPhrase(text: string): boolean {
	if (text.length !== 4 && text.length !== 6) return false;
	const half = text.length / 2;
	return text[0] === text[half] || text[half - 1] === text[text.length - 1];
}

const FULL_WIDTH = /[０-９Ａ-Ｚａ-ｚ＋]/g;
const DASHES = /[—–－‐-]+/g;
/**
 * A day named by its month and day in two numerals (三八, 五四, 六一, 七一, 八一): a date such as a
 * commemoration day, not a formula, even before 活动. Longer numerals (十一五, 十五) name plans and
 * congresses and stay.
 */
function isDayName(text: string): boolean {
	return /^[一二三四五六七八九][一二三四五六七八九]$/.test(text);
}

/**
 * A parallel formula printed without its separator (一方有难八方支援, 两不愁三保障): two halves of
 * `minHalf` to `maxHalf` characters (`slogan-shapes.json`), Han only. Read as its halves, it meets
 * its separated variant in `sloganKey`.
 */
function halves(text: string): string[] {
	const half = text.length / 2;
	if (
		!Number.isInteger(half) ||
		half < MIN_HALF ||
		half > MAX_HALF ||
		!/^\p{Script=Han}+$/u.test(text)
	)
		return [text];
	return [text.slice(0, half), text.slice(half)];
}

/**
 * The identity of a slogan across its variants: full-width letters, digits and ＋ made half-width,
 * dashes made one, then its parts (split at 、，, spaces and ·, or the two halves of an unseparated
 * parallel formula) sorted, so 有求必应，无事不扰, 无事不扰 有求必应 and 无事不扰有求必应 agree.
 */
export function sloganKey(slogan: string): string {
	const narrow = slogan
		.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
		.replace(DASHES, '-');
	const split = narrow.split(/[、，,\s·•]+/u).filter(Boolean);
	const parts = split.length === 1 ? halves(narrow) : split;
	return parts.length > 1 ? [...parts].sort().join('|') : narrow;
}

/** What `extractSlogans` needs besides the text. */
export interface ExtractSlogansOptions {
	/** Generic terms to drop; defaults to `search-config/slogan-stop-words.json`. */
	stopWords?: ReadonlySet<string>;
}

/** The quoted formulas of `text`, without quotation marks, deduplicated, in order of first use. */
export function extractSlogans(text: string, options: ExtractSlogansOptions = {}): string[] {
	const stopWords = options.stopWords ?? sloganStopWords();
	const candidates: { inner: string; formula: boolean }[] = [];
	for (const m of text.matchAll(QUOTE)) {
		const inner = (m[1] as string).trim();
		const after = text.slice(m.index + m[0].length, m.index + m[0].length + AFTER_CHARS);
		if (inner.length < MIN_QUOTED || inner.length > MAX_QUOTED) continue;
		// A comma is allowed only between parallel parts (有求必应,无事不扰).
		if (/[。！？!?；;：:]/.test(inner) || (/[，,]/.test(inner) && !isParallel(inner))) continue;
		if (SPEAKER.test(after)) continue;
		if (/^第[一二三四五六七八九十\d]/.test(inner) || isDayName(inner)) continue;
		// Model names, codes and dates (AH—64E, 北方海岸-2023, 5•12) are not formulas; 1+N and 互联网+ are.
		if (!/[+＋]/.test(inner) && /[A-Za-z]{2,}|\d{3,}|\d[•·.]\d/.test(inner)) continue;
		// Number words also occur inside ordinary words (一般, 统一): only short quotations count by them.
		const formula =
			(NUMBER.test(inner.replace(ORDINARY_NUMBER, '')) && inner.length <= MAX_NUMBER_FORMULA) ||
			isParallel(inner) ||
			isSetPhrase(inner) ||
			PROGRAMME.test(after);
		candidates.push({ inner, formula });
	}
	// A series of short quotations built alike (“管人员”“管平台”“管评价”, “开门红”“开门稳”) is a formula
	// spread over several quotation marks: same length, same first character, at least two different.
	const series = new Map<string, Set<string>>();
	for (const { inner } of candidates) {
		if (inner.length < MIN_SERIES_ITEM || inner.length > MAX_SERIES_ITEM) continue;
		const key = `${inner.length}:${inner[0] ?? ''}`;
		series.set(key, (series.get(key) ?? new Set()).add(inner));
	}
	const out: string[] = [];
	const keys = new Set<string>();
	for (const { inner, formula } of candidates) {
		const inSeries = (series.get(`${inner.length}:${inner[0] ?? ''}`)?.size ?? 0) >= 2;
		const key = sloganKey(inner);
		if (!(formula || inSeries) || keys.has(key) || stopWords.has(inner)) continue;
		keys.add(key);
		out.push(inner);
	}
	return out;
}
