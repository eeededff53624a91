import { isWithin } from '../geo/gazetteer.ts';

/** One passage vector with what a region filter needs. */
interface DensePassage {
	id: string;
	/** Primary region code. */
	region: string;
	/** L2-normalised, so the dot product is the cosine. */
	vector: Float32Array;
}

/**
 * Dense-only retrieval for evaluation: every passage scored by cosine with the query vector (an
 * exhaustive scan, exact at a few thousand passages), best first, restricted to passages whose
 * primary region lies inside `region` when given.
 */
export function denseSearch(
	passages: readonly DensePassage[],
	query: Float32Array,
	limit: number,
	region?: string,
): string[] {
	const scored: [string, number][] = [];
	for (const p of passages) {
		if (region !== undefined && !isWithin(p.region, region)) continue;
		let dot = 0;
		for (let i = 0; i < query.length; i++) dot += query[i]! * p.vector[i]!;
		scored.push([p.id, dot]);
	}
	return scored
		.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
		.slice(0, limit)
		.map(([id]) => id);
}
