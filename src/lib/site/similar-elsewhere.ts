import type {
	MeasureSearchDocument,
	SearchBackend,
	SearchHit,
	SimilarResult,
} from '../search/types.ts';

/** Marks of concrete detail in a measure: digits (counts, dates, rates) and titles of documents. */
const DETAIL = /[0-9０-９]|《[^》]+》/gu;

/**
 * The measure of an article that best stands for it when looking for precedents: the one with
 * the most concrete detail (stated quantities, then digits and document titles, then sub-themes),
 * so a general preamble ("今年以来,市委聚焦……") is not the reference. Ties keep text order.
 */
export function pickReferenceMeasure<
	T extends Pick<MeasureSearchDocument, 'text' | 'quantities' | 'subThemes'>,
>(measures: readonly T[]): T | undefined {
	const detail = (m: T) => [
		m.quantities.length,
		(m.text.match(DETAIL) ?? []).length,
		m.subThemes.length,
	];
	let best: T | undefined;
	let bestKey: number[] = [];
	for (const m of measures) {
		const key = detail(m);
		const better = key.findIndex((v, i) => v !== bestKey[i]);
		if (!best || (better >= 0 && (key[better] ?? 0) > (bestKey[better] ?? 0))) {
			best = m;
			bestKey = key;
		}
	}
	return best;
}

/**
 * Hits re-ordered so that provinces take turns: the best hit of each province in rank order,
 * then the second best of each, and so on, cut to `limit`. Precedents then come from many
 * places rather than mostly one province with many similar releases.
 */
export function spreadByProvince(hits: readonly SearchHit[], limit: number): SearchHit[] {
	const groups = new Map<string, SearchHit[]>();
	for (const h of hits) {
		const key = h.region.code.slice(0, 2);
		const group = groups.get(key);
		if (group) group.push(h);
		else groups.set(key, [h]);
	}
	const out: SearchHit[] = [];
	for (let round = 0; out.length < limit; round++) {
		let any = false;
		for (const group of groups.values()) {
			const h = group[round];
			if (!h) continue;
			any = true;
			if (out.length < limit) out.push(h);
		}
		if (!any) break;
	}
	return out;
}

/**
 * Measures like `measureId` from regions outside `exclude`, spread across provinces, at most
 * `limit`, with the method that measured likeness. `candidatesPerHit` (search-config/site-limits.json)
 * sets how many are fetched to spread.
 */
export async function similarElsewhere(
	backend: SearchBackend,
	measureId: string,
	exclude: string[],
	limit: number,
	candidatesPerHit: number,
): Promise<SimilarResult> {
	const result = await backend.similar('measures', measureId, {
		filters: exclude.length ? { excludeRegion: exclude } : {},
		limit: limit * candidatesPerHit,
	});
	return { method: result.method, hits: spreadByProvince(result.hits, limit) };
}
