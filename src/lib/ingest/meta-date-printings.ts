import { fieldKind } from './field-keys.ts';
import { DATE, DATE_PATTERN, isCalendarDay, isoOf, WEEKDAY } from './meta-dates.ts';

/**
 * The ways a meta line prints its date around the plain form `meta-dates.ts` reads, rewritten to
 * it: a date in brackets among other fields (`某某局  【2021-08-03】  阅读 12`, `来源：某某局 时间：（2021-08-03）`), a year in two digits
 * where a clock time or a date key says it is a date or the line sets it off as a field
 * (`21/08/03 09:30`, `更新时间：21-08-03`, `某某局 · 21.08.03 · 浏览 12`, `21-08-03 星期二`, `21年8月3日 09:30`), a year last
 * after a slashed month and day (`8/3/2021`, `23/8/2021` where the first number cannot be a month), a
 * date packed without separators under a date key (`发布日期：20210803`), a time relative to the reader's day printed beside the real date (`发布于 昨天 10:05 | 2021年8月3日`,
 * `某某局 发布于3天前（2021-08-03）`), which dates nothing, and a self-media platform's account mark
 * after the date (`… 2021-08-03 · 某某号`).
 */

/** A time relative to the reader's day: `3天前`, `2小时前`, `刚刚`, `今天`, `昨天`. */
export const RELATIVE_TIME = '(?:\\d{1,3}\\s*(?:秒|分钟|小时|天|周|个月|年)前|刚刚|今天|昨天|前天)';

/** A clock time as meta lines print it: `10:05`, `10:05:11`, `10:05:11.000`, `10时05分`, `10点05分`, `18时`. */
const CLOCK_TEXT =
	'\\d{1,2}(?::\\d{2}(?::\\d{2}(?:\\.\\d{1,6})?)?|[时点](?:\\d{1,2}分(?:\\d{1,2}秒)?)?)';

/**
 * A printed date with the weekday (in its own round brackets or not) and clock time that may follow
 * it inside its brackets (`〔2021年8月3日 10:05（星期二）〕`).
 */
const DATE_WITH_TRIMMINGS = `${DATE_PATTERN}(?:\\s*(?:${WEEKDAY.source}|[（(]\\s*(?:${WEEKDAY.source})\\s*[)）]))?(?:\\s*${CLOCK_TEXT})?`;

/** A date in square, lenticular or tortoise-shell brackets: `【2021-08-03】`, `〔2021.8.3 10:05〕`. */
const BRACKETED = new RegExp(`[【[〔]\\s*(${DATE_WITH_TRIMMINGS})\\s*[】\\]〕]`, 'g');
/** A date in round brackets: `（2021-08-03）`, `(2021/8/3 10:05)`. */
const ROUND_BRACKETED = new RegExp(`[（(]\\s*(${DATE_WITH_TRIMMINGS})\\s*[)）]`, 'g');
/**
 * A date alone in round brackets: a speech's or a document's date under its title or at its end,
 * a meta line only where the line stands says so (`bare-meta.ts`).
 */
const LONE_ROUND = new RegExp(`^\\s*[（(]\\s*(${DATE_WITH_TRIMMINGS})\\s*[)）]\\s*$`);

/** The date of a line that is only a date in round brackets (`（2021-08-03）`), without them. */
export function loneBracketedDate(text: string): string | undefined {
	return LONE_ROUND.exec(text)?.[1];
}

/**
 * A publishing verb with a relative time and its clock (`发布于 昨天 10:05`, `3天前`), and the date in
 * round brackets printed after it (`（2021-08-03 10:05）`), group 1.
 */
const RELATIVE = new RegExp(
	`(?:(?:发布|发表|更新)于?\\s*)?${RELATIVE_TIME}(?:\\s*${CLOCK_TEXT})?(?:\\s*[（(]\\s*(${DATE_WITH_TRIMMINGS})\\s*[)）])?`,
	'g',
);

/**
 * A date with a two-digit year (`21-08-03`, `21/8/3`, `21.08.03`): group 1 = year, 2 = month,
 * 3 = day; no digit or separator may touch it, so it is never part of a longer number or date.
 */
const TWO_DIGIT_YEAR = /(?<![\d./-])(\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?![\d./-])/g;
/** The same in words: `24年10月25日`. */
const TWO_DIGIT_YEAR_WORDED = /(?<![\d./-])(\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;
/**
 * What sets a date off as a field of its own before it and after it: the line's ends, white space,
 * a bar or a dot between fields, and after it the bracket of its weekday (`21.08.03（周二）`).
 */
const SET_OFF_BEFORE = /(?:^|[\s|｜丨·•])$/;
const SET_OFF_AFTER = /^(?:$|[\s|｜丨·•（(])/;
/**
 * A date with its four-digit year last after its month and day, slashed (`8/3/2021`), as software
 * set to an English locale prints it: group 1 and 2 = the month and day, or the day and month where
 * the first number cannot be a month (`23/8/2021`), 3 = the year.
 */
const YEAR_LAST = /(?<![\d./-])(\d{1,2})[/\uFF0F](\d{1,2})[/\uFF0F]((?:19|20)\d{2})(?![\d./-])/g;
/** A date packed without separators, `20210803`: read only where a date key keys it. */
const PACKED = /(?<![\d./-])((?:19|20)\d{2})(\d{2})(\d{2})(?![\d./-])/g;
/** A clock time after a date: what says `21-08-03` is a date and not a code. */
const CLOCK_AFTER = new RegExp(`^\\s+${CLOCK_TEXT}`);
/** A field's key and colon just before a value. */
const KEY_BEFORE = /([\u3400-\u9fff]{1,6})\s*[:：]\s*$/;

/** A platform's account mark closing a line after a separator: `· 百家号`, `| 企鹅号`. */
const PLATFORM_MARK = /\s*[·•|｜丨]\s*[\u3400-\u9fff]{1,3}号$/;

/**
 * The full year of a two-digit year, as POSIX `strptime`'s `%y` reads it: 69–99 in the 1900s,
 * 00–68 in the 2000s.
 */
function fullYear(twoDigits: string): number {
	const n = Number(twoDigits);
	return n >= 69 ? 1900 + n : 2000 + n;
}

/** True when the text before `at` ends with a date key and its colon (`发布日期：`). */
function keyedAsDate(text: string, at: number): boolean {
	const key = KEY_BEFORE.exec(text.slice(0, at))?.[1];
	return key !== undefined && ['date', 'written'].includes(fieldKind(key) ?? '');
}

/** A year-last date (`YEAR_LAST`) with its year first, where the calendar has the day. */
function yearFirst(m: string, first: string, second: string, year: string): string {
	const [month, day] = Number(first) > 12 ? [second, first] : [first, second];
	return isCalendarDay(Number(year), Number(month), Number(day)) ? `${year}/${month}/${day}` : m;
}

/**
 * Year-last dates with their year first, packed dates a date key keys, with their separators, and
 * two-digit-year dates that a clock time follows, a date key keys or the line sets off, with their
 * full year.
 */
function fullYears(text: string): string {
	const ordered = text.replace(YEAR_LAST, yearFirst);
	const unpacked = ordered.replace(PACKED, (m, y: string, mo: string, d: string, at: number) =>
		keyedAsDate(ordered, at) && isCalendarDay(Number(y), Number(mo), Number(d))
			? `${y}-${mo}-${d}`
			: m,
	);
	const full = (text: string, m: string, at: number, date: string) => {
		const after = text.slice(at + m.length);
		const setOff = SET_OFF_BEFORE.test(text.slice(0, at)) && SET_OFF_AFTER.test(after);
		if (!setOff && !keyedAsDate(text, at) && !CLOCK_AFTER.test(after)) return m;
		return isoOf(DATE.exec(date)) === undefined ? m : date;
	};
	const dashed = unpacked.replace(
		TWO_DIGIT_YEAR,
		(m, y: string, sep: string, mo: string, d: string, at: number) =>
			full(unpacked, m, at, `${fullYear(y)}${sep}${mo}${sep}${d}`),
	);
	return dashed.replace(TWO_DIGIT_YEAR_WORDED, (m, y: string, mo: string, d: string, at: number) =>
		full(dashed, m, at, `${fullYear(y)}年${mo}月${d}日`),
	);
}

/**
 * `text`, a meta line with its digits half-width, with its date in the plain form: two-digit years
 * read, brackets around a date removed (round ones only where the line holds more than the date), and, on a line that prints a date, relative times and a
 * platform's account mark left out.
 */
export function plainDatePrintings(text: string): string {
	const years = fullYears(text);
	// Round brackets are read off a date among other fields (`来源：… 时间：（2021-08-03）`), not off a
	// date alone on its line.
	const out = (LONE_ROUND.test(years) ? years : years.replace(ROUND_BRACKETED, ' $1 ')).replace(
		BRACKETED,
		' $1 ',
	);
	if (!DATE.test(out)) return out;
	const withoutRelative = out.replace(RELATIVE, (_m, date: string | undefined) =>
		date === undefined ? ' ' : ` ${date} `,
	);
	if (!DATE.test(withoutRelative)) return out;
	return withoutRelative
		.replace(PLATFORM_MARK, '')
		.replace(/^[\s·•|｜丨]+/, '')
		.replace(/\s+$/, '');
}
