import { parseChineseNumeral } from '../nlp/chinese-numerals.ts';

/**
 * The one grammar of a printed date: on a web page's meta line, in a masthead or page header, in
 * HTML metadata, in the genre's usual forms (`2021-03-09 08:15`, `2021年3月9日 星期二`, `2021.3.9`,
 * `2021.3.9.` with a full stop closing it, `2021/03/09`, `2021·03·09`, `二〇二一年三月九日` once in
 * digits), its validity on the calendar and its ISO form,
 * and a date set off after another field's value. Dates read otherwise on purpose: a file name's
 * (`file-name-meta.ts`: `20200506`, `_` separators) and the years and month-days of running text
 * (`dates.ts`: `截至2023年11月`, a lead's `5月10日,`), which are evidence, not printed dates.
 */

/**
 * A dash between a date's numbers, in any of the forms typesetting and word processors give the
 * hyphen (`2021–03–09` with en dashes, `2021－03－09` full width, the minus sign).
 */
const DASH = '\\-\\u2010-\\u2015\\u2212\\uFE63\\uFF0D';
/**
 * The other marks typesetting sets between a date's numbers: the slash and the full stop in both
 * widths, and the dots a designer sets there (`2021·03·09`: the interpunct, the katakana middle dot,
 * the bullet, the hyphenation point).
 */
const DOT = '/.\\uFF0F\\uFF0E\\u00B7\\u30FB\\u2022\\u2027';
/** Every mark set between a date's numbers (`DASH`, `DOT`), for a character class. */
export const DATE_SEPARATORS = `${DASH}${DOT}`;
/**
 * A clock time after a date, glued to it, after spaces or set off by a slash or a bar: `08:15`,
 * `08:15:30`, `09:33:42.000` (seconds with the fraction a database stores), `8时15分`, `09点18分`,
 * or the hour alone (`18时`, `9点`), as Chinese pages print a time to the hour.
 */
const DATE_CLOCK =
	'(?:(?:\\s*[/\\uFF0F|｜丨]\\s*(?=\\d{1,2}[:：]\\d{2})|\\s*)\\d{1,2}(?:[:：]\\d{2}(?:[:：]\\d{2}(?:\\.\\d{1,6})?)?|[时点](?:\\d{1,2}分(?:\\d{1,2}秒)?)?))?';
/**
 * A year printed in its last two digits (`21年3月9日`, as page tools and some templates print it),
 * read only with its month and day and their words all printed, and not inside a longer number: so
 * written it can be nothing but a date of this century.
 */
const SHORT_YEAR = '(?<![\\d.．])[0-3]\\d(?=年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)';
/** The full year of a printed year, two digits read as this century's. */
function fullYear(printed: string): number {
	const year = Number(printed);
	return year < 100 ? 2000 + year : year;
}
/** Where a printed date starts: a year of this or the last century and its separator, or a two-digit year (`SHORT_YEAR`). */
export const DATE_START = `(?:(?:19|20)\\d{2}\\s*[${DASH}${DOT}年]|${SHORT_YEAR}年)`;
const DATE_TEXT = `((?:19|20)\\d{2}|${SHORT_YEAR})\\s*[${DASH}${DOT}年]\\s*(\\d{1,2})\\s*[${DASH}${DOT}月]\\s*(\\d{1,2})\\s*(?:日|[.\\uFF0E](?!\\d))?${DATE_CLOCK}`;
/** A printed date with its clock time, capturing year, month and day. */
export const DATE = new RegExp(DATE_TEXT);
/** `DATE` without its captures, to build larger patterns from (a masthead's issue date). */
export const DATE_PATTERN = DATE_TEXT.replace(/\((?!\?)/g, '(?:');
export const WEEKDAY = /星期[一二三四五六日天]|周[一二三四五六日]/;
/** A lunar date as mastheads print it beside the issue's: `农历甲辰年七月十七`, `农历正月初五`. */
export const LUNAR_DATE =
	/农历\s*(?:[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年)?闰?[正一二三四五六七八九十冬腊]{1,2}月(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十)/;
/** A weekday in its brackets after the date: `2021年4月6日（星期二）`. */
const BRACKETED_WEEKDAY = new RegExp(`[（(]\\s*(?:${WEEKDAY.source})\\s*[)）]`);
/**
 * A clock time after the date, in any of the usual forms (`10:20`, `上午10:20`, `下午 03:20:11`,
 * `10时20分`, `10点20分`, `18时`, `T10:20:00+08:00`).
 */
export const CLOCK =
	/(?:^|\s|T)(?:(?:上午|下午|晚上)\s*)?\d{1,2}(?:[:：]\d{2}(?:[:：]\d{2}(?:\.\d+)?)?|[时点](?:\d{1,2}分(?:\d{1,2}秒)?)?)(?:Z|[+-]\d{2}:?\d{2})?/g;

/** True when year, month and day name a day of the calendar (not 2月30日, not month 0). */
export function isCalendarDay(year: number, month: number, day: number): boolean {
	const date = new Date(Date.UTC(year, month - 1, day));
	return (
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
	);
}

/** True when a month and day printed without a year can be a day of some year (2月29日 of a leap year). */
export function isMonthDay(month: number, day: number): boolean {
	return isCalendarDay(2000, month, day);
}

/** ISO date from parts, padding as the precision requires (`2019`, `2019-05` read as its first day). */
export function isoDate(year: number, month = 1, day = 1): string {
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The ISO date of a `DATE` match, `undefined` for no match or a day the calendar does not have. */
export function isoOf(m: RegExpExecArray | null): string | undefined {
	if (m === null) return undefined;
	const [year, month, day] = [fullYear(m[1]!), Number(m[2]), Number(m[3])];
	return isCalendarDay(year, month, day) ? isoDate(year, month, day) : undefined;
}

/** The ISO date of the first date printed in `text`, in any of `DATE`'s forms. */
export function dateOf(text: string): string | undefined {
	return isoOf(DATE.exec(text));
}

/**
 * A date whose month and day are Chinese numerals, its year in them too (`二〇二四年五月一日`) or in
 * digits (`2024年五月一日`, as portals print a date in words beside its digit year).
 */
const CHINESE_DATE =
	/([〇零一二三四五六七八九]{4}|\d{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/g;

/**
 * Dates in Chinese numerals (`二〇二四年五月一日`, `2024年五月一日`) in Arabic digits, for `DATE` to
 * read. Callers apply it only where a line's place says it is the page's meta (a field, the head by
 * the headline, a masthead): alone at the end of a text such a date closes a speech or a document.
 */
export function arabicDates(text: string): string {
	// Most lines print no such date: finding a numeral by some 年 is far cheaper than the pattern.
	if (!hasNumeralDate(text)) return text;
	return text.replace(
		CHINESE_DATE,
		(_m, y: string, m: string, d: string) =>
			`${[...y].map((c) => (/\d/.test(c) ? c : parseChineseNumeral(c))).join('')}年${parseChineseNumeral(m)}月${parseChineseNumeral(d)}日`,
	);
}

const CHINESE_NUMERALS = '〇零一二三四五六七八九';
const MONTH_NUMERALS = '一二三四五六七八九十';

/**
 * Whether some 年 in `text` follows a Chinese numeral or is followed by one, as every
 * `CHINESE_DATE` match's is.
 */
function hasNumeralDate(text: string): boolean {
	for (let at = text.indexOf('年', 4); at >= 0; at = text.indexOf('年', at + 1))
		if (
			CHINESE_NUMERALS.includes(text.charAt(at - 1)) ||
			MONTH_NUMERALS.includes(text.charAt(at + 1))
		)
			return true;
	return false;
}

/**
 * The weekday as a calendar badge prints it, one character set off by spaces, dots or bars
 * (`2021年3月9日 星期二 二`, `2021/3/9 08:12 二`).
 */
export const LONE_WEEKDAY = /(?<=^|[\s·•|｜丨])[一二三四五六日天](?=$|[\s·•|｜丨])/gu;

/** A dot setting a clock off from the date or weekday (`2021-03-09·08:15`, `星期二·08:15`). */
const DOT_BEFORE_CLOCK = /[·•]\s*(?=\d{1,2}\s*[:：时点])/gu;

/** `rest`, the text after a printed date, without its weekday (bracketed or not), lunar date, clock time, `出版` (an issue's date) and separators. */
export function withoutDateTrimmings(rest: string): string {
	return rest
		.replace(/^\s*出版/, '')
		.replace(LUNAR_DATE, '')
		.replace(BRACKETED_WEEKDAY, '')
		.replace(WEEKDAY, '')
		.replace(DOT_BEFORE_CLOCK, ' ')
		.replace(CLOCK, '')
		.replace(/[|｜丨]/g, '')
		.trim()
		.replace(/^[·•]\s*/, '');
}

/** True when `rest` holds nothing but a weekday, a clock time, `出版` and separators. */
export function onlyDateTrimmings(rest: string): boolean {
	return withoutDateTrimmings(rest) === '';
}

/**
 * Spaces, or a dot or bar between spaces, before a date's start; or nothing, after a name's last
 * character or its closing bracket (`某某县农业农村局2024-03-05`: a template joining fields with no
 * gap, or text copied from a page whose gap was markup).
 */
const SPACED_DATE = new RegExp(
	`(?:\\s*[·•|｜丨]\\s*|\\s+|(?<=[\\u3400-\\u9fff）)]))(?=${DATE_START}\\s*\\d)`,
	'g',
);

/**
 * A field's value and the date printed after it, set off by spaces or a dot or bar
 * (`某某日报 · 2021-03-09`) or glued to its name, with its weekday or clock: the first such date
 * that closes the value.
 */
export function splitBareDate(printed: string): { value: string; date?: string } {
	for (const at of printed.matchAll(SPACED_DATE)) {
		const rest = printed.slice(at.index + at[0].length);
		const date = DATE.exec(rest);
		const iso = isoOf(date);
		if (iso === undefined || date!.index > 0) continue;
		if (onlyDateTrimmings(rest.slice(date![0].length)))
			return { value: printed.slice(0, at.index), date: iso };
	}
	return { value: printed };
}
