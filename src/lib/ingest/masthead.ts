import { dateOf, DATE_PATTERN, LUNAR_DATE, WEEKDAY } from './meta-dates.ts';
import { ISSUE_CLOCK, withoutDayMarks } from './masthead-day-marks.ts';
import { isOutletName, isPublisherName } from './outlets.ts';
import type { PageMeta } from './page-meta.ts';
import { SITE_GREETING_START } from './site-greeting.ts';

/**
 * An e-paper's masthead: the paper's name with its edition word (`数字报`, `多媒体数字报刊平台`),
 * the issue's date with its weekday, lunar date or issue number, in either order, its serial number
 * (`国内统一连续出版物号：CN…`) and the links it prints after them (`往期回顾 | PDF下载`), the name in
 * title marks or not, its parts set off by dots, bars or `>`. With a page label on the line it is a
 * print page's header (`某某日报 2021年3月9日 第03版`), which the cleaner reads.
 */

/**
 * An edition word after a paper's name, set off by a dot or a bar or not, in brackets or not
 * (`某某报（数字版）`, `某某报 | 电子版`), with
 * its platform word (`数字报刊平台`), or in English (`DIGITAL EDITION`, `E-Paper`): a Latin label beside a Chinese name says the same.
 */
const EDITION =
	'\\s*[·•|｜丨]?\\s*[（(]?(?:(?:多媒体|全媒体|融媒体)?(?:数字报刊|数字报纸|电子报刊|数字报|电子版|电子报|数字版|手机报|网络版)(?:平台)?|(?:digital|electronic)\\s*(?:edition|newspaper)|e-?paper)[)）]?';
/** An edition word closing a paper's name (`某某晚报数字报`). */
const EDITION_AT_END = new RegExp(`(?:${EDITION})$`, 'i');

/**
 * A paper's name without the digital edition word a page header prints after it (`某某晚报数字报` →
 * `某某晚报`), where what is left still reads as an outlet's name (`某某县手机报` stays whole).
 */
export function withoutEditionWord(name: string): string {
	const bare = name.replace(EDITION_AT_END, '');
	return bare !== name && isOutletName(bare) ? bare : name;
}

/** The issue's number (`第5678期`, `总第12345期`) or its count of pages (`今日08版`, `本期16版`). */
const ISSUE_NUMBER =
	'(?:\\s*[·•|｜>›»]?\\s*(?:总?第\\s*\\d{1,8}\\s*期|(?:今日|本期|共)\\s*\\d{1,3}\\s*版))?';
/** The key an e-paper prints before the issue it shows (`当期：2021-03-09`), which only a periodical prints. */
const CURRENT_ISSUE = '当期|本期';
/** A weekday after the issue's date, in brackets or not (`星期二`, `（星期二）`). */
const WEEKDAY_MARK = `(?:[（(]\\s*)?(?:${WEEKDAY.source})(?:\\s*[)）])?`;
/**
 * The issue's date keyed or not (`出版日期：`, `本期日期：`, after a space or the paper's name or edition word, so
 * that `发布日期：` is no name and a key), with its clock time, `出版`, weekday and lunar date.
 */
const ISSUE_DATE = `(?:(?<=^|[\\s·|｜报刊版台])(?:(?:本期|当期|出版|发行)?(?:日期|时间)|${CURRENT_ISSUE})\\s*[:：]\\s*)?${DATE_PATTERN}(?:\\s*出版)?(?:\\s*${WEEKDAY_MARK})?(?:\\s*${LUNAR_DATE.source})?`;
/**
 * A paper's name: never the weekday, `出版` or lunar date printed beside the issue's date, nor
 * what follows a date's digits (`…17日出版` is a date with 出版, not a date and a name `日出版`).
 */
const NAME = `(?<!\\d|农历\\S{0,10})(?!星期|周[一二三四五六日天]|出版|农历)[\\u3400-\\u9fff]{2,14}?`;
/** The weekday and lunar date a masthead prints after the paper's name when the date comes first. */
const DAY_AFTER = `(?:\\s*[·•|｜]?\\s*${WEEKDAY_MARK})?(?:\\s*[·•|｜]?\\s*${LUNAR_DATE.source})?`;
/**
 * `某某日报数字报 2021年3月9日 星期二`, or the date first: `2021-03-09 某某日报`,
 * `2021-03-09 某某日报 农历辛丑年正月廿六`.
 */
const MASTHEAD = new RegExp(
	`^(${NAME})(${EDITION})?${ISSUE_NUMBER}\\s*[·•|｜>›»]?\\s*(${ISSUE_DATE})?${ISSUE_NUMBER}$|^(${ISSUE_DATE})\\s*[·•|｜>›»]?\\s*(${NAME})(${EDITION})?${ISSUE_NUMBER}${DAY_AFTER}$`,
	'i',
);
/** The page's number under its key (`版次：04`), which only a paper prints. */
const PAGE_NUMBER_KEY = /\s*版次\s*[:：]\s*\d{1,3}(?=\s|$)/;
/** An issue's number, which only a periodical prints. */
const ISSUE = /总?第\s*\d{1,8}\s*期/;
/**
 * A periodical's serial number beside its name, keyed or not: `国内统一连续出版物号：CN37-0012`,
 * `国内统一刊号 CN 11-0065/N`, `ISSN 1002-1234`.
 */
const SERIAL =
	/(?:(?:国内统一连续出版物号|国内统一刊号|统一刊号|刊号)\s*[:：]?\s*)?CN\s*\d{2}\s*[-－]\s*\d{4,8}(?:\s*\/\s*[A-Z]{1,2})?|ISSN\s*[:：]?\s*\d{4}\s*-\s*\d{3}[\dX]/g;
/**
 * The paper's office that publishes the issue, after the paper's name (`某某日报社主办`, `今日某某社出版`):
 * the name is the paper's (`某某日报`), and only a periodical prints it.
 */
const OFFICE = /^(\S{2,24}?)(报?)社(?:主办|出版|编印|编辑出版)(?=\s|$)/;
/** A paper's name in title marks opening the line: `《某某日报》2021年8月3日`. */
const TITLED_NAME = /^《([^《》]{2,14})》\s*/;
/** Links an e-paper prints after its masthead, set off by bars: `往期回顾 | PDF下载`, `上一期 | 下一期`. */
const LINKS_AFTER = /\s+[^\s|｜]{1,8}(?:\s*[|｜]\s*[^\s|｜]{1,8})+$/;

/**
 * What a paper prints after its name to name the pages a reader holds: a county's own pages inside
 * a city paper after a middle dot (`某某日报·某某县新闻`) and an edition for its readers' places in brackets
 * or after a middle dot (`某某日报（县区版）`, `某某日报·海外版`), a county's name of up to nine characters
 * before 版 (`某某晚报·某某哈萨克自治县版`); never a digital edition word (`·数字报`, `（电子版）`), nor one
 * closing the edition (`某某晚报·某某县版电子版` is 某某县版 in its digital edition), which names no
 * other pages.
 */
const NAMED_EDITION =
	/[·•](?!(?:多媒体|全媒体|融媒体)?(?:数字|电子|手机|网络))(?:[\u3400-\u9fff]{1,10}(?<!数字|电子|手机|网络)版|[\u3400-\u9fff]{1,12}?(?:新闻|报|刊))(?=[^\u3400-\u9fff]|$|(?:多媒体|全媒体|融媒体)?(?:数字|电子|手机|网络))|[（(](?!数字|电子|手机|网络)[\u3400-\u9fff]{1,10}版[)）]/g;

/** One named edition at the start of a text. */
const NAMED_EDITION_AT_START = new RegExp(`^(?:${NAMED_EDITION.source})`);

/** `paper` with the named editions printed right after it in `text` (`某某日报` → `某某日报（县区版）`). */
export function withNamedEdition(text: string, paper: string): string {
	const at = text.indexOf(paper);
	if (at < 0) return paper;
	let name = paper;
	let rest = text.slice(at + paper.length);
	for (;;) {
		const m = NAMED_EDITION_AT_START.exec(rest);
		if (m === null) return name;
		name += m[0];
		rest = rest.slice(m[0].length);
	}
}

/**
 * The paper a paper's office publishes (`某某日报社` → `某某日报`, `某某县融媒·周报社` → `某某县融媒·周报`),
 * or undefined when `office` is no office of a paper.
 */
export function paperOfOffice(office: string): string | undefined {
	// A news agency (`某某通讯社`) is an office of no paper.
	if (!/(?:报|刊|时讯|版)社$/.test(office)) return undefined;
	const paper = office.slice(0, -1);
	return isOutletName(paper) || paperWithEdition(paper) !== undefined ? paper : undefined;
}

/** A paper's name with its named editions (`某某日报（县区版）`), or undefined for any other text. */
export function paperWithEdition(text: string): string | undefined {
	const base = text.replace(NAMED_EDITION, '');
	return base !== text && isOutletName(base) && withNamedEdition(text, base) === text
		? text
		: undefined;
}

/**
 * The link back to an issue's contents or front page (`返回某某日报目录`), which names the paper: the
 * name alone.
 */
const BACK_LINK = /^返回\s*([\u3400-\u9fff·（）()]{2,24}?)\s*(?:目录|首页|版面目录)(?=\s|[|｜]|$)/;

/** A date with the issue's number and nothing else (`2021 / 03 / 09　总第1234期`), as a masthead prints under the name. */
const DATE_WITH_ISSUE = new RegExp(`^(${ISSUE_DATE})\\s*[·•|｜]?\\s*总?第\\s*\\d{1,8}\\s*期$`);

/**
 * Reads a masthead: a paper's name, alone with 数字报/电子版, or with the issue's date. The name may
 * be anything when an edition word (数字报刊), an issue or serial number (第123期, CN…) or, with
 * `anyName`, the page's page label says it is a paper's (`今日某某 2021.03.09` over `A03：要闻`).
 */
export function readMasthead(text: string, anyName: boolean): PageMeta | undefined {
	const office = OFFICE.test(text);
	const printedName = text
		.replace(OFFICE, '$1$2 ')
		.replace(SERIAL, ' ')
		.replace(TITLED_NAME, '$1 ')
		.replace(BACK_LINK, '$1 ')
		.replace(PAGE_NUMBER_KEY, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	// The date under the name, with the issue's number, dates the page as a date alone does.
	const dated = DATE_WITH_ISSUE.exec(printedName)?.[1];
	if (dated !== undefined) {
		const date = dateOf(dated);
		return date === undefined ? undefined : { kind: 'date', date };
	}
	const plain = printedName.replace(NAMED_EDITION, '');
	const marks = withoutDayMarks(plain);
	const m =
		MASTHEAD.exec(plain) ??
		MASTHEAD.exec(plain.replace(LINKS_AFTER, '')) ??
		(marks.text === plain ? null : MASTHEAD.exec(marks.text));
	if (m === null) return undefined;
	const base = m[1] ?? m[5]!;
	// A site greets its visitor beside today's date (`2024-05-08 星期三 欢迎访问某某网`): no paper's
	// name and no page's date.
	if (SITE_GREETING_START.test(base)) return undefined;
	const name = withNamedEdition(printedName, base);
	// A name with a county's pages or an edition for its readers is a paper's.
	const named = name !== base && isOutletName(base);
	const edition = m[2] ?? m[6];
	const printed = m[3] ?? m[4];
	// An issue's number or a serial number is printed only by a periodical, whatever its name ends in.
	const periodical =
		office ||
		ISSUE.test(text) ||
		new RegExp(`(?:${CURRENT_ISSUE})\\s*[:：]`).test(text) ||
		new RegExp(SERIAL.source).test(text) ||
		PAGE_NUMBER_KEY.test(text) ||
		marks.counted ||
		named;
	// A paper's name alone needs its edition word (某某时讯数字报), or its issue's number and a paper's
	// ending (某某日报, 某某晚刊); with a date an outlet's name or a periodical's number will do.
	if (printed === undefined) {
		if (edition === undefined && !named && (!ISSUE.test(text) || !/报$|报社$|刊$|网$/.test(name)))
			return undefined;
	} else if (
		edition === undefined &&
		!periodical &&
		(marks.clocked || (!anyName && ISSUE_CLOCK.test(printed)))
	) {
		// A paper prints its issue's day, not a clock time (`00:00` aside, a CMS's empty time): a
		// name and a date with one are a web page's (a post's time, a print view's) and read as fields.
		// Beside a page label, a name set off from its clock is the paper's: an outlet's name as the
		// page's fields, any other as its masthead, which only the label says is a paper's.
		const date = dateOf(printed);
		if (!anyName || date === undefined) return undefined;
		return { kind: isOutletName(name) ? 'fields' : 'masthead', date, source: name };
	} else if (edition === undefined && !anyName && !periodical && !isOutletName(name)) {
		// A government body's name with the date is the page's source and date, no paper's masthead:
		// a body beside the date under no key, which may be an account that only posted the text.
		const date = dateOf(printed);
		return isPublisherName(name) && date !== undefined
			? { kind: 'fields', date, source: name, beside: true }
			: undefined;
	}
	const date = printed === undefined ? undefined : dateOf(printed);
	return date === undefined
		? { kind: 'masthead', source: name }
		: { kind: 'masthead', date, source: name };
}
