import { fieldKind, MAX_KEY, type FieldKind } from './field-keys.ts';
import { arabicDates, DATE, isoOf } from './meta-dates.ts';
import type { SourceLine } from './types.ts';
import { placeFeatures, type ItemPlace } from './web-item-lines.ts';

// General features of every full date a web page prints, for a learned reading of an item's date:
// where the date stands from the item's text (over it, in it, after it, in another item's part),
// the kind of key before it (the genre's field keys, `field-keys.ts`: published, written,
// effective), how many dates its line and its neighbours hold (a list of dated notices, a range of
// validity, a calendar), how often the page prints it, and the rules' own reading.

/** Names of the features, in the order {@link webDateRows} gives them. */
export const WEB_DATE_FEATURES = [
	'toText',
	'overText',
	'inText',
	'afterText',
	'beforeItem',
	'fromTop',
	'pageShare',
	'keyKind',
	'keyPublished',
	'keyWritten',
	'keyEffective',
	'keyedOther',
	'linePublishedKey',
	'keyRevised',
	'lineSourceKey',
	'pathLine',
	'datesOnLine',
	'orderOnLine',
	'datedNear',
	'recurs',
	'clock',
	'lineChars',
	'otherHan',
	'startsLine',
	'bracketed',
	'rule',
	'daysFromRule',
	'laterDates',
	'candidates',
	'unprinted',
] as const;

/** The date candidates of one item: each printed date (or the rules' date printed nowhere) and its row. */
export interface WebDateRows {
	/** ISO day of each candidate. */
	dates: string[];
	/** Index of the rules' date among the candidates (its best-placed printing); -1 when none. */
	rule: number;
	rows: number[][];
}

/** One full date printed on a page: its line, its ISO day, its place on the line. */
interface Printed {
	line: number;
	iso: string;
	at: number;
	end: number;
	order: number;
	/** A clock time follows the date. */
	clock: boolean;
}

const KIND_CODES: readonly (FieldKind | undefined)[] = [
	undefined,
	'date',
	'written',
	'effective',
	'count',
	'source',
	'people',
	'credit',
];
const GLOBAL_DATE = new RegExp(DATE.source, 'g');
/** A key set off by a colon, a bar or a bracket just before the date. */
const KEY_END = /([\u3400-\u9fff]+)\s*[:：|｜丨/【】[\]]*\s*$/u;
const KEY_MARK = /[:：|｜丨/】\]]\s*$/u;
/** A clock time in a date's match (`DATE` takes one glued to it) or after its weekday. */
const CLOCK_IN = /\d[:：]\d{2}|\d[时点]/u;
const CLOCK_AFTER =
	/^\s*(?:[（(]?(?:星期.|周.)[)）]?)?\s*(?:上午|下午)?\s*(?:\d{1,2}[:：]\d{2}|\d{1,2}[时点])/u;
const HAN = /[\u3400-\u9fff]/gu;
/** A revision's key (`更新时间`, `修改日期`): the page was changed then, not published. */
const REVISED = /更新|修改|修订/u;
/** A source's key anywhere on the line: a line of the page's fields. */
const SOURCE_KEY = /(?:来源|稿源|出处|发布机构|供稿)\s*[:：|｜]/u;
/** A breadcrumb's or a list's path marks (`首页 > 新闻 > …`). */
const PATH = /[>›»＞]/u;

/** Every full date the page prints, in page order, each line read with its Chinese numerals in digits. */
export function printedDates(page: readonly SourceLine[]): Printed[][] {
	return page.map((l, line) => {
		const text = arabicDates(l.text);
		const out: Printed[] = [];
		for (const m of text.matchAll(GLOBAL_DATE)) {
			const iso = isoOf(m);
			if (iso !== undefined)
				out.push({
					line,
					iso,
					at: m.index,
					end: m.index + m[0].length,
					order: out.length,
					clock: CLOCK_IN.test(m[0]) || CLOCK_AFTER.test(text.slice(m.index + m[0].length)),
				});
		}
		return out;
	});
}

const days = (a: string, b: string) => (Date.parse(a) - Date.parse(b)) / 86_400_000;
const flag = (b: boolean) => (b ? 1 : 0);

/** The key printed just before a date on its line, and its kind (`发布时间：` → date). */
function keyBefore(text: string): { key: string; kind: FieldKind | undefined; marked: boolean } {
	const m = KEY_END.exec(text);
	if (m === null) return { key: '', kind: undefined, marked: false };
	const key = m[1]!.slice(-MAX_KEY);
	return { key, kind: fieldKind(key), marked: KEY_MARK.test(text) };
}

/**
 * The candidates for the date of an item at `place` on `page` (`dated`: {@link printedDates}),
 * every printed date with its features, and the rules' date `ruleDate` as one more candidate when
 * the page prints it nowhere.
 */
export function webDateRows(
	page: readonly SourceLine[],
	dated: readonly Printed[][],
	place: ItemPlace,
	ruleDate: string | null,
): WebDateRows {
	const all = dated.flat();
	const distinct = [...new Set(all.map((p) => p.iso))];
	const counts = new Map<string, number>();
	for (const p of all) counts.set(p.iso, (counts.get(p.iso) ?? 0) + 1);
	const n = page.length;
	const rows = all.map((p) => {
		const text = arabicDates(page[p.line]!.text);
		const key = keyBefore(text.slice(0, p.at));
		const kinds = dated[p.line]!.map((q) => keyBefore(text.slice(0, q.at)).kind);
		let near = 0;
		for (let j = Math.max(0, p.line - 3); j <= Math.min(n - 1, p.line + 3); j++)
			if (j !== p.line && dated[j]!.length > 0) near++;
		const rest = text.slice(0, p.at) + text.slice(p.end);
		const before = text.slice(0, p.at).trimEnd();
		return [
			...placeFeatures(p.line, place),
			p.line,
			n === 0 ? 0 : p.line / n,
			KIND_CODES.indexOf(key.kind),
			flag(key.kind === 'date'),
			flag(key.kind === 'written'),
			flag(key.kind === 'effective'),
			flag(key.marked && key.kind !== 'date'),
			flag(kinds.includes('date')),
			flag(key.kind === 'date' && REVISED.test(key.key)),
			flag(SOURCE_KEY.test(text)),
			flag(PATH.test(text)),
			dated[p.line]!.length,
			p.order,
			near,
			counts.get(p.iso) ?? 0,
			flag(p.clock),
			text.length,
			(rest.match(HAN) ?? []).length,
			flag(before.length <= 1),
			flag(/[[【（(〔]\s*$/u.test(before)),
			flag(p.iso === ruleDate),
			ruleDate === null ? 9999 : days(p.iso, ruleDate),
			distinct.filter((d) => d > p.iso).length,
			distinct.length,
			0,
		];
	});
	const dates = all.map((p) => p.iso);
	if (ruleDate !== null && !counts.has(ruleDate)) {
		const row = new Array<number>(WEB_DATE_FEATURES.length).fill(0);
		row[WEB_DATE_FEATURES.indexOf('rule')] = 1;
		row[WEB_DATE_FEATURES.indexOf('candidates')] = distinct.length;
		row[WEB_DATE_FEATURES.indexOf('laterDates')] = distinct.filter((d) => d > ruleDate).length;
		row[WEB_DATE_FEATURES.indexOf('unprinted')] = 1;
		rows.push(row);
		dates.push(ruleDate);
	}
	return { dates, rule: dates.indexOf(ruleDate ?? ''), rows };
}
