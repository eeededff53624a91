import type { DatePrecision } from '../schema/taxonomy.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Year, month and day (as written) of an ISO date, or null when there is no date to print. */
function isoDateParts(
	iso: string | null | undefined,
	precision: DatePrecision,
): [string, string, string] | null {
	const m = iso ? ISO_DATE.exec(iso) : null;
	return m && precision !== 'unknown' ? [m[1]!, m[2]!, m[3]!] : null;
}

/**
 * Formats an ISO date the way Chinese readers expect (2024年1月19日), printing only as much as
 * the source gave: month precision gives 2024年1月, year precision 2024年, unknown or null 日期不详.
 */
export function formatDate(
	iso: string | null | undefined,
	precision: DatePrecision = 'day',
): string {
	const parts = isoDateParts(iso, precision);
	if (!parts) return '日期不详';
	const [y, mo, d] = parts;
	if (precision === 'year') return `${y}年`;
	if (precision === 'month') return `${y}年${Number(mo)}月`;
	return `${y}年${Number(mo)}月${Number(d)}日`;
}

/**
 * An ISO date cut to the precision the source gave, for machine-readable places (citations, CSV,
 * feeds): 2024-01-19, 2024-01 or 2024; empty when unknown.
 */
export function isoDateByPrecision(
	iso: string | null | undefined,
	precision: DatePrecision = 'day',
): string {
	const parts = isoDateParts(iso, precision);
	if (!parts) return '';
	const [y, mo, d] = parts;
	if (precision === 'year') return `${y}`;
	if (precision === 'month') return `${y}-${mo}`;
	return `${y}-${mo}-${d}`;
}

/** Formats a count with thousands separators as printed in Chinese UIs (12,345). */
export function formatCount(n: number): string {
	return new Intl.NumberFormat('zh-CN').format(n);
}

/** Milliseconds shown to a reader: 3.2 毫秒 under 10 ms, whole milliseconds above. */
export function formatMs(ms: number): string {
	return `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} 毫秒`;
}

/**
 * A query as a heading quotes it: `干部轮岗` → `“干部轮岗”`; a query that is already one quoted
 * phrase keeps its own quotes (`"五比五看"` or `“五比五看”` → `“五比五看”`, never `““五比五看””`); a
 * query mixing words and phrases is set in corner brackets (`「干部 “五比五看”」`).
 */
export function quoteQuery(q: string): string {
	const text = q.trim().replace(/"([^"]*)"/gu, '“$1”');
	if (/^“[^“”]*”$/u.test(text)) return text;
	return /[“”]/u.test(text) ? `「${text}」` : `“${text}”`;
}
