/**
 * The date printed on a web page's meta line, in the genre's usual forms (`2021-03-09 08:15`,
 * `2021年3月9日 星期二`, `2021.3.9`, `2021/03/09`), and a date set off after another field's value.
 */

/** Where a printed date starts: a year of this or the last century and its separator. */
export const DATE_START = '(?:19|20)\\d{2}\\s*[-/.年]';
const DATE_TEXT =
	'((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:\\s*\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?)?';
/** A printed date with its clock time, capturing year, month and day. */
export const DATE = new RegExp(DATE_TEXT);
/** `DATE` without its captures, to build larger patterns from (a masthead's issue date). */
export const DATE_PATTERN = DATE_TEXT.replace(/\((?!\?)/g, '(?:');
export const WEEKDAY = /星期[一二三四五六日天]|周[一二三四五六日]/;
/** A clock time after the date, in any of the usual forms (`10:20`, `上午10:20`, `T10:20:00+08:00`). */
export const CLOCK =
	/(?:^|\s|T)(?:上午|下午|晚上)?\d{1,2}[:：]\d{2}(?:[:：]\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?/g;

/** The ISO date of a `DATE` match, `undefined` for no match or an impossible month or day. */
export function isoOf(m: RegExpExecArray | null): string | undefined {
	if (m === null) return undefined;
	const month = Number(m[2]);
	const day = Number(m[3]);
	if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
	return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `rest`, the text after a printed date, without its weekday, clock time, `出版` (an issue's date) and separators. */
export function withoutDateTrimmings(rest: string): string {
	return rest
		.replace(/^\s*出版/, '')
		.replace(WEEKDAY, '')
		.replace(CLOCK, '')
		.replace(/[|｜丨]/g, '')
		.trim();
}

/** True when `rest` holds nothing but a weekday, a clock time, `出版` and separators. */
export function onlyDateTrimmings(rest: string): boolean {
	return withoutDateTrimmings(rest) === '';
}

/** Spaces before a date's start. */
const SPACED_DATE = new RegExp(`\\s+(?=${DATE_START}\\s*\\d)`);

/** A field's value and the date printed after it, set off by spaces, with its weekday or clock. */
export function splitBareDate(printed: string): { value: string; date?: string } {
	const at = SPACED_DATE.exec(printed);
	if (at === null) return { value: printed };
	const rest = printed.slice(at.index + at[0].length);
	const date = DATE.exec(rest);
	const iso = isoOf(date);
	if (iso === undefined || date!.index > 0) return { value: printed };
	return onlyDateTrimmings(rest.slice(date![0].length))
		? { value: printed.slice(0, at.index), date: iso }
		: { value: printed };
}
