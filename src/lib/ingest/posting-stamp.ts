import { DATE_SEPARATORS } from './meta-dates.ts';

// When a line says its page was posted: a day in figures, a clock time, a day in words.

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
