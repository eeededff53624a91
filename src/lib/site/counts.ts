import { NATIONAL_CODE } from '../geo/gazetteer.ts';
import type { Collection, SearchBackend, SearchFilters } from '../search/types.ts';

/** One row of a {@link BarTable}: a label (linked when `href` is set), a bar sized by `weight`, count cells. */
export interface BarRow {
	label: string;
	href?: string;
	/** Sizes the bar against the largest weight of the table; no bar without it. */
	weight?: number;
	cells: { text: string | number; href?: string }[];
}

/** One entry of a {@link CountList}: a linked label and what is counted for it. */
export interface CountItem {
	label: string;
	href: string;
	count: string | number;
}

/** Facet counts as `[value, count]` pairs, largest first (ties in facet order: ascending for numeric codes), at most `limit`. */
export function byCount(
	counts: Record<string, number> | undefined,
	limit = Number.POSITIVE_INFINITY,
): [string, number][] {
	return Object.entries(counts ?? {})
		.sort((a, b) => b[1] - a[1])
		.slice(0, limit);
}

/** Width of a bar in rem: `weight` against the largest weight (at least 1), scaled to `fullRem`. */
export function barWidth(weight: number, weights: (number | undefined)[], fullRem: number): number {
	const max = Math.max(1, ...weights.map((w) => w ?? 0));
	return Math.round((weight / max) * fullRem);
}

/**
 * How the site counts, defined once. An article is one stored original: a release reprinted by
 * another outlet is marked `duplicateOf` at ingest and never enters the index, so every count
 * below counts it once. A measure is one stored measure. "Articles of a theme" are the articles
 * tagged with it, "measures of a theme" the measures tagged with it: the two are counted apart,
 * never added, and a region's total is the number of distinct items in it, never the sum of its
 * theme cells (an item with two themes sits in two cells). National items are those tagged
 * `000000`.
 */
interface SliceCounts {
	/** Distinct articles in the slice. */
	articles: number;
	/** Distinct measures in the slice. */
	measures: number;
	/** Theme id → articles and measures tagged with it; every theme with either count. */
	themes: Record<string, { articles: number; measures: number }>;
}

/** Counts of the items matching `filters` (no query), articles and measures, in total and by theme. */
export async function countSlice(
	backend: SearchBackend,
	filters: SearchFilters = {},
): Promise<SliceCounts> {
	const [articles, measures] = await Promise.all(
		(['articles', 'measures'] as const).map((c) =>
			backend.search(c, { q: '', filters, facets: ['theme'], hitsPerPage: 1 }),
		),
	);
	const themes: SliceCounts['themes'] = {};
	for (const [t, n] of Object.entries(articles?.facets.theme ?? {}))
		themes[t] = { articles: n, measures: 0 };
	for (const [t, n] of Object.entries(measures?.facets.theme ?? {}))
		themes[t] = { articles: themes[t]?.articles ?? 0, measures: n };
	return { articles: articles?.total ?? 0, measures: measures?.total ?? 0, themes };
}

/** The themes of a slice, most articles first, then most measures, then by id. */
export function themesByCount(
	counts: SliceCounts,
): [string, { articles: number; measures: number }][] {
	return Object.entries(counts.themes).sort(
		(a, b) =>
			b[1].articles - a[1].articles || b[1].measures - a[1].measures || a[0].localeCompare(b[0]),
	);
}

/**
 * Distinct items per region at one level of the gazetteer, plus national items under `000000`
 * (counted apart: they belong to no province). Each item counts once per region however many
 * themes it has.
 */
export async function countByRegion(
	backend: SearchBackend,
	collection: Collection,
	level: 'province' | 'city' | 'county',
	filters: SearchFilters = {},
): Promise<Record<string, number>> {
	const result = await backend.search(collection, {
		q: '',
		filters,
		facets: [level, 'region'],
		hitsPerPage: 1,
	});
	const national = result.facets.region?.[NATIONAL_CODE] ?? 0;
	return { ...result.facets[level], ...(national > 0 ? { [NATIONAL_CODE]: national } : {}) };
}
