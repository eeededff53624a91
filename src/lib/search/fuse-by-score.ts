import { cachedHubPenalties } from './hubness.ts';
import type { HybridOptions } from './hybrid-rank.ts';
import { nearestRows } from './nearest-rows.ts';
import { fuseScores } from './score-fusion.ts';
import type { VectorIndex } from './vector-index.ts';

/**
 * Score fusion (`fusion.scores`) of the lexical head and the fused neighbours: each scores its
 * rescored score (times coverage^`lexicalCoverageExponent` with `weighCoverage`) and its cosine,
 * worked out for the lexical hits the neighbours lack (one dot product each).
 */
export function fuseByScore(
	index: VectorIndex,
	query: Float32Array,
	o: HybridOptions,
	ranked: readonly { rowid: number; score: number; coverage: number }[],
	head: readonly number[],
	neighbours: readonly number[],
	passing: readonly { rowid: number; score: number }[],
	weighCoverage: boolean,
): Map<number, number> {
	const exponent = weighCoverage ? o.lexicalCoverageExponent : 0;
	const lexical = new Map(ranked.map((r) => [r.rowid, r.score * r.coverage ** exponent]));
	const cosine = new Map(passing.map((n) => [n.rowid, n.score]));
	const missing = head.filter((rowid) => !cosine.has(rowid));
	const penalty = cachedHubPenalties(index, o);
	for (const n of nearestRows(index, query, missing.length, { candidates: missing, penalty }))
		cosine.set(n.rowid, n.score);
	const ids = [...new Set([...head, ...neighbours])];
	return fuseScores(
		ids.map((id) => ({ id, lexical: lexical.get(id) ?? 0, cosine: cosine.get(id) ?? -1 })),
		o.scores,
		passing.at(-1)?.score ?? -1,
	);
}
