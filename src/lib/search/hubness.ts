import type { VectorSource } from './sync-index.ts';
import { nearestRows } from './nearest-rows.ts';
import type { HybridOptions } from './hybrid-rank.ts';
import type { VectorIndex } from './vector-index.ts';

/** How a collection's hubs are measured at index time (`hubness` of `index-build.json`). */
export interface HubnessProbes {
	/** Headlines asked as queries at most, spread evenly over the collection. */
	probes: number;
	/** Share of the collection each probe's nearest neighbours reach (its k over the rows). */
	share: number;
}

/** How much a hub's cosine is lowered at query time (`fusion.hubness` of `ranking.json`). */
export interface HubnessPenalty {
	/** Cosine taken off per unit of ln(1 + scale × ratio) above an average text's; 0: off. */
	weight: number;
	/** Occurrences a text of average hubness counts (the k of a k-occurrence). */
	scale: number;
}

/** Matrix rows whose headlines probe the collection: at most `probes`, evenly spread. */
export function probeRows(rows: number, probes: number): number[] {
	const n = Math.min(rows, Math.max(0, Math.floor(probes)));
	return Array.from({ length: n }, (_, i) => Math.floor((i * rows) / n));
}

/**
 * Each matrix row's k-occurrence over the probes (how many of them have it among their nearest
 * `share` of the collection, itself left out), over what an average row gets: 1 is average, a hub
 * (a text near every query, whatever it asks) lies far above. Probes are query vectors of the
 * collection's own headlines, short texts asked as queries are.
 */
export function occurrenceRatios(
	index: VectorIndex,
	probes: readonly { row: number; vector: Float32Array }[],
	share: number,
	shortlist: number,
): Float32Array {
	const { rows } = index.matrix;
	const ratios = new Float32Array(rows);
	if (rows < 2 || probes.length === 0) return ratios.fill(1);
	const depth = Math.max(1, Math.min(rows - 1, Math.round(share * rows)));
	for (const probe of probes)
		for (const n of nearestRows(index, probe.vector, depth, {
			exclude: index.rowids[probe.row],
			shortlist: Math.max(shortlist, 2 * depth),
		}))
			ratios[index.rowOf[n.rowid]!]! += 1;
	const expected = (probes.length * depth) / rows;
	for (let i = 0; i < rows; i++) ratios[i] = ratios[i]! / expected;
	return ratios;
}

/**
 * Each row's cosine penalty for `ratios` (one per matrix row), or undefined when off: `weight` ×
 * ln((1 + scale × ratio) / (1 + scale)), so a text of average hubness keeps its cosine (and the
 * similarity floors keep their meaning), a hub loses and a text no probe reached gains.
 */
export function hubPenalties(
	ratios: Float32Array | undefined,
	o: HubnessPenalty | undefined,
): Float32Array | undefined {
	if (!ratios || !o || o.weight <= 0) return undefined;
	const average = Math.log1p(o.scale);
	return ratios.map((r) => o.weight * (Math.log1p(o.scale * r) - average));
}

/** Each index's hub penalties under one setting, worked out once per loaded matrix. */
const penaltyCache = new WeakMap<VectorIndex, Map<string, Float32Array | undefined>>();
export function cachedHubPenalties(index: VectorIndex, o: HybridOptions): Float32Array | undefined {
	if (!index.hubs || !o.hubness || o.hubness.weight <= 0) return undefined;
	const key = `${o.hubness.weight}:${o.hubness.scale}`;
	let byKey = penaltyCache.get(index);
	if (!byKey) {
		byKey = new Map<string, Float32Array | undefined>();
		penaltyCache.set(index, byKey);
	}
	if (!byKey.has(key)) byKey.set(key, hubPenalties(index.hubs, o.hubness));
	return byKey.get(key);
}

/**
 * The hubness of every row of `index` as (rowid, ratio) pairs: `texts` (the headlines of `rows`)
 * embedded as queries are the probes of {@link occurrenceRatios}.
 */
export async function measureHubs(
	probed: { index: VectorIndex; rows: readonly number[]; texts: string[] },
	embedder: Pick<VectorSource, 'embed'>,
	share: number,
	shortlist: number,
): Promise<[number, number][]> {
	const { index, rows, texts } = probed;
	const vectors = await embedder.embed(texts, { kind: 'query' });
	const probes = rows.map((row, i) => ({ row, vector: vectors[i]! }));
	const ratios = occurrenceRatios(index, probes, share, shortlist);
	return [...ratios].map((ratio, row) => [index.rowids[row]!, ratio]);
}
