import { isOutletName } from './outlets.ts';
import type { PageContext } from './types.ts';

/**
 * The meta lines a web page prints around its headline: labelled fields (`发布时间：… 来源：… 浏览次数：…`,
 * the 政府信息公开 table's `索引号` / `发布机构` / `成文日期`), a line that opens with the date, and an
 * e-paper's masthead (`某某日报 2021年3月9日`, `某某晚报电子版`). The genre's standard labels, not
 * any one site's wording.
 */

/** What a meta line says about the page. */
export interface PageMeta {
	/** `fields` for labelled fields or a date with fields, `masthead`, `date` for a date alone (a letter's or a diary's date too). */
	kind: 'fields' | 'masthead' | 'date';
	/** ISO date printed on the line. */
	date?: string;
	/** `written` when the only date is the document's (成文日期), not the page's. */
	dateKind?: 'written';
	/** Outlet or publishing body named by a source label or a masthead. */
	source?: string;
}

const DATE_LABELS =
	'发布时间|发布日期|发稿时间|发稿日期|发表时间|发表日期|刊发时间|刊发日期|出版日期|更新时间|更新日期|录入时间|添加时间|上传时间|信息时间|公开日期|公开时间|时间|日期';
const WRITTEN_LABELS = '成文日期|发文日期|印发日期|生成日期';
const SOURCE_LABELS =
	'信息来源|文章来源|新闻来源|稿件来源|内容来源|本文来源|来源于|来源|稿源|出处|供稿单位|供稿|发布机构|发布单位|发布者|发文机关|发文单位|信息提供|转自|转载自';
const COUNT_LABELS =
	'索引号|文号|发文字号|主题分类|组配分类|体裁分类|公开方式|公开范围|有效性|浏览次数|浏览量|浏览|阅读量|阅读数|阅读次数|阅读|点击数|点击量|点击次数|点击率|点击|访问量|访问次数|人气|热度|评论数|字数|字号|字体';
const PEOPLE_LABELS = '作者|编辑|责任编辑|责编|审核|校对|撰稿|摄影|通讯员|记者';
const ALL_LABELS = [DATE_LABELS, WRITTEN_LABELS, SOURCE_LABELS, COUNT_LABELS, PEOPLE_LABELS].join(
	'|',
);
/** A field label and its colon; the lookbehind keeps `资金来源` from reading as `来源`. */
const FIELD = new RegExp(`(?<![\\u3400-\\u9fff])【?(${ALL_LABELS})】?\\s*[:\\uFF1A]`, 'g');

const DATE =
	/((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?/;
const WEEKDAY = /星期[一二三四五六日天]|周[一二三四五六日]/;
const TOOL_BITS =
	/[【[]?(?:字号|字体)?[:：]?\s*[大中小](?:\s*[大中小]){1,2}[】\]]?|[【[][^】\]]{1,6}[】\]]/g;
const EDITION = '(?:数字报|电子版|电子报|数字版|手机报)';
const ISSUE_DATE =
	'(?:19|20)\\d{2}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?(?:\\s*(?:星期[一二三四五六日天]|周[一二三四五六日]))?';
/** `某某日报数字报 2021年3月9日 星期二`, or the date first: `2021-03-09 某某日报`. */
const MASTHEAD = new RegExp(
	`^([\\u3400-\\u9fff]{2,14}?)(${EDITION})?\\s*[·|｜]?\\s*(${ISSUE_DATE})?$|^(${ISSUE_DATE})\\s*[·|｜]?\\s*([\\u3400-\\u9fff]{2,14}?)(${EDITION})?$`,
);

const FULL_WIDTH = /[\uFF10-\uFF19\uFF0F\uFF0D\uFF0E\uFF1A]/g;

/** Full-width digits and date separators (`２０２１／３／９ ０８：１５`) as ASCII. */
export function toHalfWidthDigits(text: string): string {
	return text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function isoOf(m: RegExpExecArray | null): string | undefined {
	if (m === null) return undefined;
	const month = Number(m[2]);
	const day = Number(m[3]);
	if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
	return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Reads a masthead: a paper's name, alone with 数字报/电子版, or with the issue's date. */
function readMasthead(text: string): PageMeta | undefined {
	const m = MASTHEAD.exec(text.replace(/\s+/g, ' ').trim());
	if (m === null) return undefined;
	const name = m[1] ?? m[5]!;
	const edition = m[2] ?? m[6];
	const printed = m[3] ?? m[4];
	// A paper's name alone needs its edition word (数字报); with a date any outlet's name will do.
	if (printed === undefined ? edition === undefined || !/报$/.test(name) : !isOutletName(name))
		return undefined;
	const date = printed === undefined ? undefined : isoOf(DATE.exec(printed));
	return date === undefined
		? { kind: 'masthead', source: name }
		: { kind: 'masthead', date, source: name };
}

/**
 * Reads a page's meta line; `undefined` when the line is anything else (a headline, a sentence that
 * mentions a 来源). A line of labelled fields must be fields and nothing else, with a date under a
 * date label and at least one field that is not a person (a lone `作者：…` is a byline).
 */
export function readPageMetaLine(line: string): PageMeta | undefined {
	const text = toHalfWidthDigits(line).trim();
	if (text.length > 120 || /[。！？!?]$/.test(text)) return undefined;
	const masthead = readMasthead(text);
	if (masthead !== undefined) return masthead;
	const fields = [...text.matchAll(FIELD)];
	const lead = text.slice(0, fields[0]?.index ?? text.length).trim();
	const out: PageMeta = { kind: fields.length === 0 ? 'date' : 'fields' };
	if (lead !== '') {
		const date = DATE.exec(lead);
		const rest =
			date === null ? lead : lead.slice(0, date.index) + lead.slice(date.index + date[0].length);
		if (
			date === null ||
			date.index > 0 ||
			rest.replace(WEEKDAY, '').replace(TOOL_BITS, '').trim() !== ''
		)
			return undefined;
		const iso = isoOf(date);
		if (iso === undefined) return undefined;
		out.date = iso;
	}
	let substantive = lead !== '';
	let written: string | undefined;
	for (const [i, f] of fields.entries()) {
		const end = fields[i + 1]?.index ?? text.length;
		const value = text
			.slice(f.index + f[0].length, end)
			.replace(TOOL_BITS, '')
			.trim();
		const label = f[1]!;
		if (new RegExp(`^(?:${DATE_LABELS}|${WRITTEN_LABELS})$`).test(label)) {
			const date = DATE.exec(value);
			const iso = isoOf(date);
			if (iso === undefined || date!.index > 0) return undefined;
			if (new RegExp(`^(?:${WRITTEN_LABELS})$`).test(label)) written ??= iso;
			else out.date ??= iso;
			substantive = true;
		} else if (new RegExp(`^(?:${SOURCE_LABELS})$`).test(label)) {
			// `来源:人民网-人民日报 大字体`: the first name of the first word.
			const name = value
				.replace(/^[【[(（]+/, '')
				.split(/\s|[|｜丨/】\])）]/)[0]!
				.split(/[-—–]/)[0]!;
			if (name.length < 2 || name.length > 30 || /[，。；,;]/.test(name)) return undefined;
			out.source ??= name;
			substantive = true;
		} else if (!new RegExp(`^(?:${PEOPLE_LABELS})$`).test(label)) substantive = true;
		else if (value.length > 30) return undefined;
	}
	if (!substantive) return undefined;
	if (out.date === undefined && written !== undefined) {
		out.date = written;
		out.dateKind = 'written';
	}
	return out;
}

/**
 * Keeps what a meta line at `line` says on the page: its first publication date (a 成文日期, or a
 * date alone on a line that follows no masthead — a letter's or a diary's — only while none is
 * printed), its first labelled source, which beats an outlet guessed from a copyright line or the
 * site's name, and where the page's first meta fields or masthead stand.
 */
export function takePageMeta(
	page: PageContext,
	meta: PageMeta,
	line: number,
	previous?: PageMeta,
): void {
	const own =
		meta.dateKind === undefined && (meta.kind !== 'date' || previous?.kind === 'masthead');
	if (meta.date !== undefined && page.datePublished !== true) {
		if (own) {
			page.date = meta.date;
			page.datePublished = true;
		} else page.date ??= meta.date;
	}
	if (meta.source !== undefined && page.sourceLabelled !== true) {
		page.source = meta.source;
		page.sourceLabelled = true;
	}
	if (meta.kind !== 'date') page.firstMeta ??= { kind: meta.kind, line };
}
