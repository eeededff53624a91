import type { VectorIndex } from './vector-index.ts';

/**
 * Pseudo-relevance feedback in embedding space (Rocchio): the query vector moved toward the mean
 * of the vectors of its first hits, `q + weight × mean`, renormalised. The first hits of a query
 * worded otherwise than the texts (a paraphrase) tend to be about its subject in the texts' own
 * terms, so their mean points where the other answers lie. Rowids without a vector are skipped;
 * with none left, the query comes back unchanged.
 */
export function feedbackQuery(
	index: VectorIndex,
	query: Float32Array,
	rowids: readonly number[],
	weight: number,
): Float32Array {
	const { dimensions, data, scales } = index.matrix;
	const mean = new Float32Array(dimensions);
	let used = 0;
	for (const rowid of rowids) {
		const row = rowid < index.rowOf.length ? index.rowOf[rowid]! : -1;
		if (row < 0) continue;
		const scale = scales[row]!;
		const offset = row * dimensions;
		for (let i = 0; i < dimensions; i++) mean[i]! += data[offset + i]! * scale;
		used++;
	}
	if (used === 0 || weight === 0) return query;
	const out = new Float32Array(dimensions);
	let norm = 0;
	for (let i = 0; i < dimensions; i++) {
		const v = query[i]! + (weight * mean[i]!) / used;
		out[i] = v;
		norm += v * v;
	}
	norm = Math.sqrt(norm);
	if (norm > 0) for (let i = 0; i < dimensions; i++) out[i]! /= norm;
	return out;
}
