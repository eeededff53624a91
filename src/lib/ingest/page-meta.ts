import { fieldKind, MAX_KEY } from './field-keys.ts';
import { labelledMetaForm } from './meta-line-forms.ts';
import { isOutletName, isPublisherName } from './outlets.ts';
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

/**
 * A field's key and its colon: a run of Han characters that starts the line or follows a space,
 * a bracket or a separator (so `资金来源` inside a sentence is no key), read by `fieldKind`.
 */
const FIELD = new RegExp(
	`(?<![\\u3400-\\u9fff])[【\\[]?([\\u3400-\\u9fff]{1,${MAX_KEY}})[】\\]]?\\s*[:\\uFF1A]`,
	'g',
);

const DATE =
	/((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?/;
const WEEKDAY = /星期[一二三四五六日天]|周[一二三四五六日]/;
/** A clock time after the date, in any of the usual forms (`10:20`, `上午10:20`, `T10:20:00+08:00`). */
const CLOCK =
	/(?:^|\s|T)(?:上午|下午|晚上)?\d{1,2}[:：]\d{2}(?:[:：]\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?/g;
const TOOL_BITS =
	/[【[]?(?:字号|字体)?[:：]?\s*[大中小](?:\s*[大中小]){1,2}[】\]]?|[【[][^】\]]{1,6}[】\]]/g;
/** An edition word after a paper's name, set off or not, with its platform word (`数字报刊平台`). */
const EDITION =
	'\\s*[·•]?\\s*(?:数字报刊|数字报纸|电子报刊|数字报|电子版|电子报|数字版|手机报|网络版)(?:平台)?';
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

/**
 * Reads a masthead: a paper's name, alone with 数字报/电子版, or with the issue's date. The name may
 * be anything when an edition word (数字报刊) or, with `anyName`, the page's page label says it is a
 * paper's (`今日某某 2021.03.09` over `A03：要闻`).
 */
function readMasthead(text: string, anyName: boolean): PageMeta | undefined {
	const m = MASTHEAD.exec(text.replace(/\s+/g, ' ').trim());
	if (m === null) return undefined;
	const name = m[1] ?? m[5]!;
	const edition = m[2] ?? m[6];
	const printed = m[3] ?? m[4];
	// A paper's name alone needs its edition word (数字报); with a date an outlet's name will do.
	if (printed === undefined) {
		if (edition === undefined || !/报$|报社$|网$/.test(name)) return undefined;
	} else if (edition === undefined && !anyName && !isOutletName(name)) {
		// A government body's name with the date is the page's source and date, no paper's masthead.
		const date = isoOf(DATE.exec(printed));
		return isPublisherName(name) && date !== undefined
			? { kind: 'fields', date, source: name }
			: undefined;
	}
	const date = printed === undefined ? undefined : isoOf(DATE.exec(printed));
	return date === undefined
		? { kind: 'masthead', source: name }
		: { kind: 'masthead', date, source: name };
}

/**
 * Reads a page's meta line; `undefined` when the line is anything else (a headline, a sentence that
 * mentions a 来源). A line of labelled fields must be fields and nothing else, with a date under a
 * date label and at least one field that is not a person (a lone `作者：…` is a byline).
 * `nearPageLabel`: an e-paper's page label (第A03版) stands next to the line.
 */
export function readPageMetaLine(line: string, nearPageLabel = false): PageMeta | undefined {
	const text = labelledMetaForm(toHalfWidthDigits(line).trim());
	if (text.length > 120 || /[。！？!?]$/.test(text)) return undefined;
	const masthead = readMasthead(text, nearPageLabel);
	if (masthead !== undefined) return masthead;
	// Next to a page label, the date a reader is shown (`当前日期`) is the issue's.
	const kindOf = (key: string) =>
		fieldKind(key) ?? (nearPageLabel && /日期$/.test(key) ? 'date' : undefined);
	const fields = [...text.matchAll(FIELD)].filter((f) => kindOf(f[1]!) !== undefined);
	const lead = text.slice(0, fields[0]?.index ?? text.length).trim();
	const out: PageMeta = { kind: fields.length === 0 ? 'date' : 'fields' };
	if (lead !== '') {
		const date = DATE.exec(lead);
		const rest =
			date === null ? lead : lead.slice(0, date.index) + lead.slice(date.index + date[0].length);
		if (
			date === null ||
			date.index > 0 ||
			rest.replace(WEEKDAY, '').replace(CLOCK, '').replace(TOOL_BITS, '').trim() !== ''
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
		const kind = kindOf(f[1]!);
		const printed = text
			.slice(f.index + f[0].length, end)
			.replace(TOOL_BITS, '')
			.trim();
		// A date set off by spaces after another field's value stands unlabelled between the fields.
		const { value, date: bare } =
			kind === 'date' || kind === 'written' ? { value: printed } : splitBareDate(printed);
		if (bare !== undefined) {
			out.date ??= bare;
			substantive = true;
		}
		if (kind === 'date' || kind === 'written') {
			const date = DATE.exec(value);
			const iso = isoOf(date);
			if (iso === undefined || date!.index > 0) return undefined;
			if (kind === 'written') written ??= iso;
			else out.date ??= iso;
			substantive = true;
		} else if (kind === 'source') {
			// `来源:人民网-人民日报 大字体`: the first name of the first word.
			const name = value
				.replace(/^[【[(（]+/, '')
				.replace(/^《([^》]+)》/, '$1')
				.split(/\s|[|｜丨/】\])）(（]/)[0]!
				.split(/[-—–]/)[0]!;
			if (name.length < 2 || name.length > 30 || /[，。；,;]/.test(name)) return undefined;
			out.source ??= name;
			substantive = true;
		} else if (kind === 'count') substantive = true;
		// A person or a picture's credit alone is a byline or a caption, not the page's fields.
		else if (value.length > 30) return undefined;
	}
	if (!substantive) return undefined;
	if (out.date === undefined && written !== undefined) {
		out.date = written;
		out.dateKind = 'written';
	}
	return out;
}

/** A field's value and the date printed after it, set off by spaces, with its weekday or clock. */
function splitBareDate(printed: string): { value: string; date?: string } {
	const at = /\s+(?=(?:19|20)\d{2}\s*[-/.年]\s*\d)/.exec(printed);
	if (at === null) return { value: printed };
	const rest = printed.slice(at.index + at[0].length);
	const date = DATE.exec(rest);
	const iso = isoOf(date);
	if (iso === undefined || date!.index > 0) return { value: printed };
	const after = rest.slice(date![0].length).replace(WEEKDAY, '').replace(CLOCK, '').trim();
	return after === '' ? { value: printed.slice(0, at.index), date: iso } : { value: printed };
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
