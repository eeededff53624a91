import type { FacetIndex } from './facet-index.ts';
import type { FilterIndexes } from './filtered.ts';
import type { SearchFilters } from './types.ts';

/**
 * How far a filtered query's words rank the filtered set. Inside a region the query's words may
 * hold most of its articles (疫情防控 in 湖北 during the epidemic): every one of them matches, and
 * the lexical order inside the region is one of word frequency, not of relevance, while the
 * vectors still tell a report on the subject from one naming it. So under a filter the lexical
 * ranking's weight in the fusion is scaled by the query's inverse document frequency inside the
 * filtered set (BM25's form), over `scale`, at most 1: words held by few of the region's articles
 * keep their full weight.
 */

/** Documents holding each label of `index` (index of `labels`), counted once per index object. */
const LABEL_COUNTS = new WeakMap<FacetIndex, Uint32Array>();
function labelCounts(index: FacetIndex): Uint32Array {
	let counts = LABEL_COUNTS.get(index);
	if (!counts) {
		counts = new Uint32Array(index.labels.length);
		for (let j = 0; j < index.offsets[index.offsets.length - 1]!; j++) counts[index.values[j]!]!++;
		LABEL_COUNTS.set(index, counts);
	}
	return counts;
}

/**
 * An upper bound of the documents passing the region and theme filters (the fewest any one of
 * them lets through; a region filter listing a region and its parts counts them twice), read from
 * the in-memory indexes; undefined when neither a region nor a theme is asked for.
 */
export function filteredSizeBound(
	filters: SearchFilters | undefined,
	indexes: FilterIndexes,
): number | undefined {
	let least: number | undefined;
	const bound = (index: FacetIndex, values: readonly string[] | undefined) => {
		if (!values?.length) return;
		const asked = new Set(values);
		const counts = labelCounts(index);
		let sum = 0;
		for (let i = 0; i < index.labels.length; i++)
			if (asked.has(String(index.labels[i]))) sum += counts[i]!;
		least = Math.min(least ?? Infinity, sum);
	};
	bound(filters?.scope === 'mentions' ? indexes.regions() : indexes.mainRegions(), filters?.region);
	bound(indexes.themes(), filters?.theme);
	return least;
}

/**
 * The lexical ranking's weight for a query whose words every one of `matching` documents of
 * `filtered` ones holds: `weight × min(1, idf / scale)`, with BM25's
 * `idf = ln(1 + (filtered − matching + 0.5) / (matching + 0.5))`; `weight` itself when `scale` is
 * 0 or the filtered set is unknown.
 */
export function lexicalWeightInFilter(
	weight: number,
	filtered: number | undefined,
	matching: number,
	scale: number,
): number {
	if (scale <= 0 || filtered === undefined || filtered <= 0) return weight;
	const idf = Math.log(1 + Math.max(0, filtered - matching + 0.5) / (matching + 0.5));
	return weight * Math.min(1, idf / scale);
}
