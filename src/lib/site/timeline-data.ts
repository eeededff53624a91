import type { DatePrecision } from '../schema/taxonomy.ts';

/** What a timeline needs of an article: its date, how precise it is, its primary region, its id. */
export interface DatedItem {
	id: string;
	date: string | null;
	datePrecision: DatePrecision;
	region: string;
}

/** Items per calendar month, every month from the first to the last present (zeros included). */
export interface MonthlyCounts {
	/** `[YYYY-MM, n]`, oldest first. */
	months: [string, number][];
	/** Items dated only to a year: they have no month, so they are counted here, not in January. */
	yearOnly: number;
	/** Items without a date. */
	undated: number;
}

function nextMonth(ym: string): string {
	const [y, m] = ym.split('-').map(Number) as [number, number];
	return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Counts `items` per month; a month-less date is set aside rather than put in January. */
export function monthlyCounts(items: Iterable<DatedItem>): MonthlyCounts {
	const byMonth = new Map<string, number>();
	let yearOnly = 0;
	let undated = 0;
	for (const item of items) {
		if (!item.date || item.datePrecision === 'unknown') undated++;
		else if (item.datePrecision === 'year') yearOnly++;
		else {
			const ym = item.date.slice(0, 7);
			byMonth.set(ym, (byMonth.get(ym) ?? 0) + 1);
		}
	}
	const keys = [...byMonth.keys()].sort();
	const months: [string, number][] = [];
	const last = keys.at(-1);
	for (let ym = keys[0]; ym && last && ym <= last; ym = nextMonth(ym))
		months.push([ym, byMonth.get(ym) ?? 0]);
	return { months, yearOnly, undated };
}

/** One region's uses of a 提法: when it first used it (and in which article), and every dated use. */
export interface RegionSpread {
	region: string;
	first: { date: string; articleId: string; datePrecision: DatePrecision };
	dates: string[];
}

/**
 * How a 提法 spread: each region with its first dated use, the earliest adopter first. Undated
 * items cannot place a region in time and are left out.
 */
export function spreadByRegion(items: Iterable<DatedItem>): RegionSpread[] {
	const acc = new Map<string, RegionSpread>();
	for (const item of items) {
		if (!item.date || item.datePrecision === 'unknown') continue;
		const r = acc.get(item.region);
		const first = { date: item.date, articleId: item.id, datePrecision: item.datePrecision };
		if (!r) acc.set(item.region, { region: item.region, first, dates: [item.date] });
		else {
			r.dates.push(item.date);
			if (item.date < r.first.date) r.first = first;
		}
	}
	return [...acc.values()]
		.map((r) => ({ ...r, dates: r.dates.sort() }))
		.sort((a, b) => a.first.date.localeCompare(b.first.date) || a.region.localeCompare(b.region));
}
