import { fieldKind } from './field-keys.ts';
import { arabicDates, DATE_START } from './meta-dates.ts';
import { isPublisherName } from './outlets.ts';

/**
 * The other ways a page prints its meta fields, rewritten to the labelled form `page-meta.ts`
 * reads: a field's date in Chinese numerals (`成文日期：二〇二三年十一月二日`), a verb with 于
 * (`发布于 2023-11-02`), and a key set off by spaces instead of a colon
 * (`发布时间 2023-11-02  来源 某某县融媒体中心`), which counts only when its value has the field's shape,
 * and each field in its own brackets (`[ 来源：… ]　[ 时间：… ]`).
 */

const DATE_AHEAD = `(?=${DATE_START})`;
const STARTS_WITH_DATE = new RegExp(`^${DATE_START}`);
const VERB_ON = new RegExp(`(发布|发表|更新|刊发|上传|录入|创建)于\\s*${DATE_AHEAD}`, 'g');
/** A whole line in one pair of brackets holding a field's colon. */
const BRACKETED = /^[[【(（]\s*([^[\]【】()（）]*[:：][^[\]【】()（）]*?)\s*[\]】)）]$/;
/** One field in its own brackets, among others: `[ 作者：… ]　[ 来源：… ]　[ 时间：… ]`. */
const FIELD_IN_BRACKETS = /[[【]\s*([\u3400-\u9fff]{1,6})(\s*[:：][^[\]【】]*?)\s*[\]】]/g;
/** A date alone in brackets: `【 2024-05-01 】`, `[2024.05.01 10:20]`. */
const BRACKETED_DATE = new RegExp(`^[[【]\\s*(${DATE_START}[^[\\]【】]*?)\\s*[\\]】]$`);
/** A key of 2–6 Han characters followed by spaces and a value. */
const SPACED_KEY = /(?<![\u3400-\u9fff])([\u3400-\u9fff]{2,6})\s+(?=(\S+))/g;

/** True when `value` has the shape of a value of a field of `kind`. */
function fitsKey(key: string, value: string): boolean {
	const kind = fieldKind(key);
	if (kind === 'date' || kind === 'written') return STARTS_WITH_DATE.test(value);
	if (kind === 'source') return isPublisherName(value.replace(/[《》]/g, ''));
	if (kind === 'count') return /^\d/.test(value);
	return false;
}

/** The line with its meta fields in labelled form, when it prints them another way. */
export function labelledMetaForm(text: string): string {
	// A line of fields or a date in brackets (`[ 作者：… 来源：… ]`, `（转载自：…）`) is read without them.
	const out = text
		.replace(BRACKETED, '$1')
		.replace(BRACKETED_DATE, '$1')
		.replace(FIELD_IN_BRACKETS, (m, key: string, rest: string) =>
			fieldKind(key) === undefined ? m : ` ${key}${rest}  `,
		)
		.replace(VERB_ON, '$1时间：');
	// A date in numerals alone on a line closes a speech or a document: only a field's is read.
	if (!/[\u3400-\u9fff]\s*[:：]/.test(text)) return spacedKeys(out);
	return arabicDates(out);
}

/** Keys set off by spaces (`发布时间 2023-11-02`) given their colon, where the value fits the key. */
function spacedKeys(text: string): string {
	return text.replace(SPACED_KEY, (m, key: string, value: string) =>
		fitsKey(key, value) ? `${key}：` : m,
	);
}
