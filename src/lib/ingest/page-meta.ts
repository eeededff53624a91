import { isOutletName } from './outlets.ts';

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
	'发布时间|发布日期|发稿时间|更新时间|更新日期|时间|日期|发表时间|刊发时间|出版日期';
const WRITTEN_LABELS = '成文日期|发文日期|印发日期|生成日期';
const SOURCE_LABELS =
	'信息来源|文章来源|新闻来源|稿件来源|来源于|来源|稿源|出处|发布机构|发布单位|发文机关';
const COUNT_LABELS =
	'索引号|文号|发文字号|主题分类|组配分类|体裁分类|公开方式|公开范围|有效性|浏览次数|浏览量|阅读量|阅读数|阅读次数|点击数|点击量|点击次数|访问量|访问次数|字号|字体';
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
const MASTHEAD =
	/^([\u3400-\u9fff]{2,14}?)(?:数字报|电子版|电子报|数字版|手机报)?\s*(?:((?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)\s*(?:星期[一二三四五六日天]|周[一二三四五六日])?)?$/;

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

/** Reads a masthead: a paper's name, alone with 数字报/电子版, or with the date. */
function readMasthead(text: string): PageMeta | undefined {
	const m = MASTHEAD.exec(text.replace(/\s+/g, ' ').trim());
	if (m === null) return undefined;
	const name = m[1]!;
	const labelled = m[0].slice(name.length).trim() !== '';
	if (!labelled || !/报$/.test(name) || !isOutletName(name)) return undefined;
	const date = m[2] === undefined ? undefined : isoOf(DATE.exec(m[2]));
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
		out.date = isoOf(date);
		if (out.date === undefined) return undefined;
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
			const name = value.split(/\s/)[0]!.split(/[-—–]/)[0]!;
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
