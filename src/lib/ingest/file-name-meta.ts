import { isCalendarDay, isoDate } from './meta-dates.ts';
import { isPublisherName } from './outlets.ts';

/** What a saved page's file name says about it. */
export interface FileNameMeta {
	/** ISO date when the name holds a valid year-month-day (`2020-05-06`, `20200506`). */
	date?: string;
	/** `day`, or `month` for a name holding only `2020-05`. */
	datePrecision?: 'day' | 'month';
	/**
	 * Outlet named by a known abbreviation at the start (`rmrb-…` → 人民日报), a paper's name before its
	 * edition word (`某某晚报数字报_…`) or the site's name closing a browser title (`标题_某某县人民政府门户网站`).
	 */
	source?: string;
}

// A file name prints its date its own way, unlike a page (`meta-dates.ts`): packed (`20200506`),
// with separators that may differ (`2020_5_6`, `202005-06`), or in 年月日 where a title was saved
// with it; digits on either side belong to another number.
const DAY =
	/(?<!\d)((?:19|20)\d{2})(?:[-_.](\d{1,2})[-_.](\d{1,2})|(\d{2})[-_.]?(\d{2})|年(\d{1,2})月(\d{1,2})日)(?!\d)/;
const MONTH = /(?<!\d)((?:19|20)\d{2})[-_.](\d{2})(?![-_.]?\d)/;

/**
 * Reads the date and outlet a saved page's name carries: `rmrb-2020-05-06-p13.txt` → 2020-05-06,
 * 人民日报; `xwlb-20260106-07.txt` → 2026-01-06, 新闻联播; `某某晚报数字报_20210803.txt` → 2021-08-03,
 * 某某晚报. Only a valid calendar date counts. An abbreviation names an outlet only from the table
 * (`search-config/page-furniture.json`); a name does when a paper's edition word follows it or a
 * browser title closes with it and it reads as a publisher's.
 */
export function metaFromFileName(
	path: string,
	abbreviations: Readonly<Record<string, string>>,
): FileNameMeta {
	// A long hexadecimal run is a hash (`000_e2a729dc…`), whose digits say nothing about a date.
	const name = (path.split(/[\\/]/).at(-1) ?? path)
		.replace(/\.[A-Za-z]{1,8}$/, '')
		.replace(/(?=[0-9a-f]*[a-f])[0-9a-f]{12,}/gi, '_');
	const out: FileNameMeta = {};
	const prefix = /^([A-Za-z]{2,12})(?=[-_.\d]|$)/.exec(name)?.[1]?.toLowerCase();
	if (prefix !== undefined && Object.hasOwn(abbreviations, prefix))
		out.source = abbreviations[prefix]!;
	const outlet = editionPaper(name) ?? titleSite(name);
	if (out.source === undefined && outlet !== undefined) out.source = outlet;
	const day = DAY.exec(name);
	if (day !== null) {
		const [y, m, d] = [
			Number(day[1]),
			Number(day[2] ?? day[4] ?? day[6]),
			Number(day[3] ?? day[5] ?? day[7]),
		];
		if (isCalendarDay(y, m, d)) return { ...out, date: isoDate(y, m, d), datePrecision: 'day' };
	}
	const month = MONTH.exec(name);
	if (month !== null && Number(month[2]) >= 1 && Number(month[2]) <= 12)
		return { ...out, date: isoDate(Number(month[1]), Number(month[2])), datePrecision: 'month' };
	return out;
}

/** A paper's name before its edition word: `某某晚报数字报_…`, `…期 某某日报电子版`, `某某县报-电子版`. */
const EDITION_PAPER =
	/(?<![\u3400-\u9fff])([\u3400-\u9fff]{2,14}?)\s*[-_]?\s*(?:多媒体|全媒体)?(?:数字报刊?|电子版|电子报|数字版)/;

/** The paper an e-paper page's name names: whatever its name, the edition word says it is a paper's. */
function editionPaper(name: string): string | undefined {
	return EDITION_PAPER.exec(name)?.[1];
}

/**
 * The site's name closing a browser title, after `_`, a dash or a bar, with its 门户网站 or 官网 word:
 * `标题_某某县人民政府门户网站`, `标题——某某县应急管理局` (a copy's `(1)` after it aside).
 */
const TITLE_SITE =
	/(?:_|\s+[-－—]{1,2}\s+|——|－|--|丨|\|)\s*([\u3400-\u9fff·]{2,24}?)(?:门户网站?|门户|政府网站?|官方网站|官网|网站)?\s*(?:[（(]\d{1,2}[)）])?$/;

/** The publisher a browser title's closing site name names, if it is one. */
function titleSite(name: string): string | undefined {
	const site = TITLE_SITE.exec(name)?.[1];
	return site !== undefined && isPublisherName(site) ? site : undefined;
}
