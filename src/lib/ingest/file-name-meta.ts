import { isCalendarDay, isoDate } from './meta-dates.ts';

/** What a saved page's file name says about it. */
export interface FileNameMeta {
	/** ISO date when the name holds a valid year-month-day (`2020-05-06`, `20200506`). */
	date?: string;
	/** `day`, or `month` for a name holding only `2020-05`. */
	datePrecision?: 'day' | 'month';
	/** Outlet named by a known abbreviation at the start (`rmrb-…` → 人民日报). */
	source?: string;
}

// A file name prints its date its own way, unlike a page (`meta-dates.ts`): packed (`20200506`) or
// with `_`, two digits for month and day, never 年月日 or spaces, and digits on either side belong
// to another number.
const DAY = /(?<!\d)((?:19|20)\d{2})([-_.]?)(\d{2})\2(\d{2})(?!\d)/;
const MONTH = /(?<!\d)((?:19|20)\d{2})[-_.](\d{2})(?![-_.]?\d)/;

/**
 * Reads the date and outlet a saved page's name carries: `rmrb-2020-05-06-p13.txt` → 2020-05-06,
 * 人民日报; `xwlb-20260106-07.txt` → 2026-01-06, 新闻联播. Only a valid calendar date counts, and
 * only an abbreviation from the table (`search-config/page-furniture.json`) names an outlet.
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
	const day = DAY.exec(name);
	if (day !== null) {
		const [y, m, d] = [Number(day[1]), Number(day[3]), Number(day[4])];
		if (isCalendarDay(y, m, d)) return { ...out, date: isoDate(y, m, d), datePrecision: 'day' };
	}
	const month = MONTH.exec(name);
	if (month !== null && Number(month[2]) >= 1 && Number(month[2]) <= 12)
		return { ...out, date: isoDate(Number(month[1]), Number(month[2])), datePrecision: 'month' };
	return out;
}
