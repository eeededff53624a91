import { holdsAny, type FacetIndex } from './facet-index.ts';
import { filtersNeedDocs } from './filters.ts';
import type { SearchFilters } from './types.ts';

/** Whether any filter narrows the collection (a region scope alone does not). */
export function isFiltered(filters: SearchFilters | undefined): boolean {
	const { scope: _scope, ...rest } = filters ?? {};
	return Object.values(rest).some((v) =>
		Array.isArray(v) ? v.length > 0 : v !== undefined && v !== '',
	);
}

/** The in-memory indexes region and theme filters are checked against (see `passingInMemory`). */
export interface FilterIndexes {
	/** Every region code of each document. */
	regions: () => FacetIndex;
	/** Each document's primary region and its ancestors (the region rows marked `main`). */
	mainRegions: () => FacetIndex;
	/** Each document's themes. */
	themes: () => FacetIndex;
}

/**
 * Those of `rowids` that pass `filters`, as `filtersToSql` reads them, checked against indexes
 * already in memory: a few array reads a row, where SQL looked each row up in the region or theme
 * table (a hybrid query's neighbour pool of 300: 0.6–1 ms at 100k). Undefined when the filters
 * need a column of the document table (source, kind, year, dates) or name no region or theme a
 * row must hold (an exclusion alone): the caller asks SQL then.
 */
export function passingInMemory(
	filters: SearchFilters,
	rowids: readonly number[],
	indexes: FilterIndexes,
): Set<number> | undefined {
	if (filtersNeedDocs(filters) || !(filters.region?.length || filters.theme?.length)) return;
	const checks: { index: FacetIndex; wanted: Set<number>; holds: boolean }[] = [];
	const check = (index: FacetIndex, values: readonly string[] | undefined, holds = true) => {
		if (!values?.length) return;
		// An index loop: an entries() iterator allocated a pair for each of the thousands of region
		// labels, on every hybrid query.
		const asked = new Set(values);
		const wanted = new Set<number>();
		const { labels } = index;
		for (let i = 0; i < labels.length; i++) if (asked.has(String(labels[i]))) wanted.add(i);
		checks.push({ index, wanted, holds });
	};
	if (filters.region?.length)
		check(filters.scope === 'mentions' ? indexes.regions() : indexes.mainRegions(), filters.region);
	if (filters.excludeRegion?.length) check(indexes.regions(), filters.excludeRegion, false);
	check(indexes.themes(), filters.theme);
	return new Set(
		rowids.filter((rowid) => checks.every((c) => holdsAny(c.index, rowid, c.wanted) === c.holds)),
	);
}
