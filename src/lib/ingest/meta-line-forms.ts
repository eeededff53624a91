import { fieldKind, isTextCredit } from './field-keys.ts';
import { plainDatePrintings } from './meta-date-printings.ts';
import { arabicDates, DATE_PATTERN, DATE_START, WEEKDAY } from './meta-dates.ts';
import { recordLineForm } from './meta-record-line.ts';
import { originalAuthorLine } from './original-mark-line.ts';
import { isPublisherValue } from './outlets.ts';
import { POSTED_PLACE_MARK, postStatusFirst, PROVINCE, selfMediaHead } from './self-media-heads.ts';
import type { SourceLine } from './types.ts';

/**
 * The other ways a page prints its meta fields, rewritten to the labelled form `page-meta.ts`
 * reads: a field's date in Chinese numerals (`成文日期：二〇二三年十一月二日`), a verb with 于
 * (`发布于 2023-11-02`), and a key set off by spaces instead of a colon
 * (`发布时间 2023-11-02  来源 某某县融媒体中心`), which counts only when its value has the field's shape,
 * each field in its own brackets (`[ 来源：… ]　[ 时间：… ]`), a key in brackets without its colon
 * (`【来源】某某日报`), and a WeChat article's head line
 * (`原创 作者 某某发布 2024年03月05日 18:00 某省`, its mark in brackets and its writer keyed too,
 * `【原创】 作者：某某 某某发布 …`) or its time line under the account's
 * (`2024年03月05日 18:00 发表于某省`, `发表于某省 2024年03月05日 18:00`).
 */

const DATE_AHEAD = `(?=${DATE_START})`;
const STARTS_WITH_DATE = new RegExp(`^${DATE_START}`);
const VERB_ON = new RegExp(
	`(发布|发表|更新|刊发|上传|录入|创建)于\\s*[:：]?\\s*${DATE_AHEAD}`,
	'g',
);
/**
 * A dash setting off a closing credit from the text above it (`——信息来源：某某局（2019.10.07）`), as an
 * article's sign-off prints it before its key.
 */
const DASH_BEFORE_KEY = /^[—–-]{1,2}\s*(?=[\u3400-\u9fff]{2,6}\s*[:：])/;
/** A whole line in one pair of brackets holding a field's colon (`〔来源：某某局〕` too). */
const BRACKETED = /^[[【(（〔]\s*([^[\]【】()（）〔〕]*[:：][^[\]【】()（）〔〕]*?)\s*[\]】)）〕]$/;
/** One field in its own brackets, among others: `[ 作者：… ]　[ 来源：… ]　[ 时间：… ]`. */
const FIELD_IN_BRACKETS = /[[【]\s*([\u3400-\u9fff]{1,6})(\s*[:：][^[\]【】]*?)\s*[\]】]/g;
/** A key in brackets without its colon: `【来源】某某日报`, `[发布时间] 2024-05-01`. */
const KEY_IN_BRACKETS = /[[【〔]\s*([\u3400-\u9fff]{2,6})\s*[\]】〕]\s*(?=[^\s:：])/g;
/** A date alone in brackets: `【 2024-05-01 】`, `[2024.05.01 10:20]`. */
const BRACKETED_DATE = new RegExp(`^[[【]\\s*(${DATE_START}[^[\\]【】]*?)\\s*[\\]】]$`);
/**
 * A WeChat article's head line: `原创`, the author, the account's name, the time it was posted and
 * where from (`发表于某省`) or its 原创 mark; the account's second name in brackets may touch the
 * date or the name printed again after it (normalising drops the space after `）`). Group 1 = what precedes the account, 2 = the account,
 * 3 = the date, 4 = the place or the mark.
 */
const WECHAT_HEAD = new RegExp(
	`^((?:原创\\s+)?(?:\\S{1,40}\\s+|[^\\s）]{1,40}）\\s*){0,2}?)([\\u3400-\\u9fff·《》]{2,40}(?:（[\\u3400-\\u9fff]{2,20}）)?)(?:\\s+|(?<=）))(${DATE_PATTERN}(?:\\s*(?:${WEEKDAY.source}))?(?:\\s*\\d{1,2}(?::\\d{2}|时\\d{1,2}分))?)(\\s+(?:${POSTED_PLACE_MARK}|原创))?$`,
);
/**
 * A WeChat article's time line when its account stands on the line above: the time and where it was
 * posted from (`2024年03月05日 18:00 发表于某省`, or the province's short name alone), after its
 * writer's name or not (`张某 2024-03-05 18:00 某省`), its 原创 mark closing it or not, group 1 = the date.
 */
const POSTED_FROM = new RegExp(
	`^(?:(?:原创\\s+)?[\\u3400-\\u9fff·]{2,5}\\s+)?(${DATE_PATTERN}(?:\\s*(?:${WEEKDAY.source}))?(?:\\s*\\d{1,2}(?::\\d{2}|时\\d{1,2}分))?)\\s+${POSTED_PLACE_MARK}(?:\\s+原创)?$`,
);
/** The same time line with the place it was posted from first: `发表于某省 2024-03-05 18:00`. */
const POSTED_FROM_FIRST = new RegExp(
	`^发表于[\\u3400-\\u9fff]{2,12}\\s+(${DATE_PATTERN}(?:\\s*(?:${WEEKDAY.source}))?(?:\\s*\\d{1,2}(?::\\d{2}|时\\d{1,2}分))?)$`,
);
/** A Latin label (`Source`, `Date`, `Release Time`) just before or after a Han key and its colon. */
const LATIN_BEFORE_KEY =
	/(?<![A-Za-z])[A-Za-z]{2,12}(?: [A-Za-z]{2,12})?\s*(?=([\u3400-\u9fff]{1,6})\s*[:：])/g;
const LATIN_AFTER_KEY =
	/(?<![\u3400-\u9fff])([\u3400-\u9fff]{1,6})\s*[A-Za-z]{2,12}(?: [A-Za-z]{2,12})?\s*(?=[:：])/g;
/** A key of 2–6 Han characters followed by spaces, a bar or a slash (`来源 | 某某`, `来源 / 某某`) and a value. */
const SPACED_KEY = /(?<![\u3400-\u9fff])([\u3400-\u9fff]{2,6})(?:\s*[|｜丨/／]\s*|\s+)(?=(\S+))/g;

/** True when `value` has the shape of a value of a field of `kind`. */
export function fitsKey(key: string, value: string): boolean {
	const kind = fieldKind(key);
	if (kind === 'date' || kind === 'written') return STARTS_WITH_DATE.test(arabicDates(value));
	if (kind === 'source') return isPublisherValue(value.replace(/[《》]/g, ''));
	if (kind === 'count') return /^\d/.test(value);
	if (kind === 'people' && isTextCredit(key)) return isPublisherValue(value);
	return false;
}

/** A meta line in labelled form. */
export interface LabelledForm {
	/** The line, its fields keyed `键：值`. */
	text: string;
	/** True when its source is the account a WeChat head line names, which posted the text and may not have written it. */
	account?: true;
}

/** The line with its meta fields in labelled form, when it prints them another way. */
export function labelledMetaForm(text: string): LabelledForm {
	const author = originalAuthorLine(text);
	if (author !== undefined) return { text: author };
	// A line of fields or a date in brackets (`[ 作者：… 来源：… ]`, `（转载自：…）`) is read without them,
	// and a bilingual key (`Source 来源：`, `来源 Source：`) as its Han key.
	const out = bilingualKeys(
		plainDatePrintings(
			dotSeparatedHead(spacedKeyLetters(recordLineForm(text).replace(DASH_BEFORE_KEY, ''))),
		),
	)
		.replace(BRACKETED, '$1')
		.replace(BRACKETED_DATE, '$1')
		.replace(FIELD_IN_BRACKETS, (m, key: string, rest: string) =>
			fieldKind(key) === undefined ? m : ` ${key}${rest}  `,
		)
		.replace(VERB_ON, '$1时间：')
		.replace(KEY_IN_BRACKETS, (m, key: string) => (fieldKind(key) === undefined ? m : ` ${key}：`));
	const bare = selfMediaHead(out);
	if (bare !== undefined) return bare;
	const head = postStatusFirst(out);
	const posted = wechatHead(head) ?? wechatHead(arabicDates(head));
	if (posted !== undefined) return posted;
	const time = POSTED_FROM.exec(head)?.[1] ?? POSTED_FROM_FIRST.exec(out)?.[1];
	if (time !== undefined) return { text: `发布时间：${time}` };
	// A date in numerals alone on a line closes a speech or a document: only a field's is read.
	const keyed = spacedKeys(withoutPostedPlace(out));
	if (!/[\u3400-\u9fff]\s*[:：]/.test(keyed)) return { text: keyed };
	return { text: arabicDates(keyed) };
}

/**
 * A key printed with spaces between its characters, as a table pads its keys to one width
 * (`索 引 号：`, `发 布 日 期 |`, `分  类：`), before its colon or bar.
 */
const LETTER_SPACED_KEY =
	/(?<![\u3400-\u9fff])([\u3400-\u9fff](?:[ \u3000]{1,3}[\u3400-\u9fff]){1,5})(?=[ \u3000]*[:：|｜丨])/g;

/** The line with each letter-spaced key that names a field written without its spaces. */
function spacedKeyLetters(text: string): string {
	return text.replace(LETTER_SPACED_KEY, (m) => {
		const key = m.replace(/[ \u3000]/g, '');
		return fieldKind(key) === undefined ? m : key;
	});
}

/** A middle dot between spaces, as a WeChat head sets off its fields (`某某县财政局 · 2024年03月05日 18:00 · 某省`). */
const DOT_BETWEEN = /\s+[·•]\s+/g;

/** A WeChat head line with its fields set off by middle dots, as the spaced line it otherwise is. */
function dotSeparatedHead(text: string): string {
	if (!DOT_BETWEEN.test(text)) return text;
	const spaced = text.replace(DOT_BETWEEN, ' ');
	return WECHAT_HEAD.test(spaced) || POSTED_FROM.test(spaced) ? spaced : text;
}

/** Keys printed with an English label beside them, without the label. */
function bilingualKeys(text: string): string {
	if (!/[A-Za-z]/.test(text)) return text;
	return text
		.replace(LATIN_BEFORE_KEY, (m, key: string) => (fieldKind(key) === undefined ? m : ''))
		.replace(LATIN_AFTER_KEY, (m, key: string) => (fieldKind(key) === undefined ? m : key));
}

/**
 * Keys set off by spaces (`发布时间 2023-11-02`) given their colon, where the value fits the key; a
 * date's value is read on to its day, which may be spaced (`时间/2023 年 11 月 2 日`).
 */
function spacedKeys(text: string): string {
	return text.replace(SPACED_KEY, (m, key: string, value: string, at: number) => {
		const kind = fieldKind(key);
		const read =
			kind === 'date' || kind === 'written' ? text.slice(at + m.length, at + m.length + 24) : '';
		return fitsKey(key, value) || (read !== '' && fitsKey(key, read)) ? `${key}：` : m;
	});
}

/**
 * A WeChat head line in labelled form: the account as the source (one that only posted the text
 * unless it marks it 原创), the time as the date. It is one only with what sets it apart from a publisher's name and date (`某某日报 2024-03-05`, a masthead):
 * `原创` before it or the place it was posted from after it (`发表于某省`, a province's short name).
 */
function wechatHead(text: string): LabelledForm | undefined {
	const m = WECHAT_HEAD.exec(
		text.replace(ORIGINAL_IN_BRACKETS, '原创 ').replace(KEYED_WRITER, '$1'),
	);
	// WeChat prints its 原创 mark before the account or, copied as text, after the time.
	const original = m?.[1]!.startsWith('原创') === true || m?.[4]?.trim() === '原创';
	if (m === null || !(original || m[4] !== undefined)) return undefined;
	if (!isPublisherValue(m[2]!)) return undefined;
	const form: LabelledForm = { text: `来源：${m[2]!} 发布时间：${m[3]!}` };
	// An account that marks the text 原创 wrote it; any other may only have posted it.
	if (!original) form.account = true;
	return form;
}

/** WeChat's 原创 mark in brackets, as a copied page may print it (`[原创]`, `【原创】`). */
const ORIGINAL_IN_BRACKETS = /^[[【]\s*原创\s*[\]】]\s*/;
/** The writer keyed after the 原创 mark (`原创 作者：某某`), which the head line prints bare. */
const KEYED_WRITER = /^(原创\s+)作者\s*[:：]\s*/;

/**
 * Where a platform says a post was sent from, set off as a field of its own anywhere on a meta line
 * (`2021-07-14 16:05　某某县水利局　发表于某省`, `作者：某某　2021-07-14 16:05　IP属地：某省`): the
 * platform's note, which names neither the post's publisher nor its date.
 */
const POSTED_PLACE_FIELD = new RegExp(
	`(?:^|\\s+|\\s*[·•|｜丨]\\s*)(?:发表于[\\u3400-\\u9fff]{2,12}|IP\\s*(?:归)?属地\\s*[:：]?\\s*${PROVINCE})(?=$|\\s|[·•|｜丨])`,
	'g',
);

/** The line without a post's place set off as a field of its own, on a line that prints a date. */
function withoutPostedPlace(text: string): string {
	if (!new RegExp(DATE_START).test(text)) return text;
	return text.replace(POSTED_PLACE_FIELD, ' ').trim();
}

/** A key alone on its line, with or without its colon or brackets: `来源：`, `【发布日期】`, `信息来源`. */
const KEY_ALONE = /^[[【]?\s*([\u3400-\u9fff]{2,6})\s*[\]】]?\s*[:：]?$/;

/** WeChat's place it was posted from alone on its line (`发表于某省`), as a narrow view wraps it. */
const POSTED_PLACE = /^\s*发表于[\u3400-\u9fff]{2,12}\s*$/;
/** A line that ends on a date with its clock time to the minute, as WeChat's time line does. */
const ENDS_ON_TIME = new RegExp(`(?:${DATE_PATTERN})(?<=\\d[:：]\\d{2})\\s*$`);

/**
 * The lines with each source or date key printed alone on its line joined to the value on the next
 * (`来源：` over `某某县融媒体中心`, `发布日期` over `2024-05-01`: a table of fields saved as text),
 * where that value has the field's shape, and a WeChat time line to the place it was posted from
 * wrapped onto the next (`原创 某某 2024-05-08 18:00` over `发表于某省`); the joined line keeps the
 * first line's number.
 */
export function joinSplitFields(lines: SourceLine[]): SourceLine[] {
	const out: SourceLine[] = [];
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		const key = KEY_ALONE.exec(line.text)?.[1];
		const next = lines[i + 1];
		const kind = key === undefined ? undefined : fieldKind(key);
		if (
			key !== undefined &&
			next !== undefined &&
			(kind === 'source' || kind === 'date' || kind === 'written') &&
			fitsKey(key, next.text)
		) {
			out.push({ ...line, text: `${key}：${next.text}` });
			i++;
		} else if (next !== undefined && POSTED_PLACE.test(next.text) && ENDS_ON_TIME.test(line.text)) {
			out.push({ ...line, text: `${line.text.trimEnd()} ${next.text.trim()}` });
			i++;
		} else out.push(line);
	}
	return out;
}
