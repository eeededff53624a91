import type { ArticleSearchDocument } from '../search/types.ts';
import type { DatePrecision } from '../schema/taxonomy.ts';
import { sloganKey } from '../nlp/extract-slogans.ts';

/** How one 提法 spread: who used it, when first, how often. */
export interface SloganUsage {
	slogan: string;
	/** Articles using it. */
	count: number;
	/** The earliest dated use (undated uses only count). */
	first: { date: string; datePrecision: DatePrecision; articleId: string; region: string } | null;
	/** Region code → number of articles, most first. */
	regions: [string, number][];
	/** Year → number of articles, oldest first. */
	years: [number, number][];
}

/**
 * Aggregates the slogans of `articles` (duplicates of another article are skipped so a reprinted
 * release counts once). Variants of one formula (`sloganKey`: other separators, part order, width)
 * are one row, shown in the wording most articles use. Sorted by count, then by first use.
 */
export function aggregateSlogans(articles: Iterable<ArticleSearchDocument>): SloganUsage[] {
	const acc = new Map<
		string,
		{
			count: number;
			wordings: Map<string, number>;
			first: SloganUsage['first'];
			regions: Map<string, number>;
			years: Map<number, number>;
		}
	>();
	for (const a of articles) {
		if (a.duplicateOf) continue;
		const byKey = new Map<string, string>();
		for (const slogan of a.slogans)
			if (!byKey.has(sloganKey(slogan))) byKey.set(sloganKey(slogan), slogan);
		for (const [key, slogan] of byKey) {
			let u = acc.get(key);
			if (!u) {
				u = { count: 0, wordings: new Map(), first: null, regions: new Map(), years: new Map() };
				acc.set(key, u);
			}
			u.count++;
			u.wordings.set(slogan, (u.wordings.get(slogan) ?? 0) + 1);
			u.regions.set(a.region, (u.regions.get(a.region) ?? 0) + 1);
			if (a.year !== null) u.years.set(a.year, (u.years.get(a.year) ?? 0) + 1);
			if (a.date && (!u.first || a.date < u.first.date))
				u.first = {
					date: a.date,
					datePrecision: a.datePrecision,
					articleId: a.id,
					region: a.region,
				};
		}
	}
	return [...acc.values()]
		.map((u) => ({
			// The most used wording; among equals the first met (Map order, a stable sort).
			slogan: [...u.wordings].sort((x, y) => y[1] - x[1])[0]?.[0] ?? '',
			count: u.count,
			first: u.first,
			regions: [...u.regions.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])),
			years: [...u.years.entries()].sort((x, y) => x[0] - y[0]),
		}))
		.sort(
			(x, y) =>
				y.count - x.count ||
				(x.first?.date ?? '9').localeCompare(y.first?.date ?? '9') ||
				x.slogan.localeCompare(y.slogan),
		);
}
