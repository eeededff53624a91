/**
 * Score fusion of a lexical and a semantic list: a document scores
 * `share × lexical + (1 − share) × semantic`, each normalised per query to 0–1. The lexical
 * score is divided by the best one (a document no word matched scores 0); the cosine is placed
 * between a floor and the best candidate's cosine (clamped). Unlike reciprocal ranks, a flat
 * neighbour list gives every neighbour about the same small credit, and a lexical head far ahead
 * of the rest keeps its lead.
 */

/** How scores are fused (`fusion.scores` of `ranking.json`). */
export interface ScoreFusionOptions {
	/** Share of the lexical score, 0–1; the cosine has the rest. */
	lexicalShare: number;
	/**
	 * Cosine that counts 0: `list`, the lowest of the candidates fused; `pool`, the lowest of the
	 * query's nearest-neighbour pool (the collection's background for this query); a number, that
	 * cosine.
	 */
	cosineFloor: 'list' | 'pool' | number;
	/** Lexical first-10 hits holding every query word that score fusion needs (else ranks). */
	minFullHits: number;
}

/** A candidate: its lexical score (0: no word matched) and its cosine with the query. */
export interface ScoreCandidate<T> {
	id: T;
	lexical: number;
	cosine: number;
}

/**
 * Fused scores (0–1, larger is better) of the candidates. `poolFloor` is the pool's lowest
 * cosine, used with `cosineFloor: 'pool'`. Every candidate scores above 0, so one that counts
 * for nothing on both sides still ranks above whatever follows the fused ones.
 */
export function fuseScores<T>(
	candidates: readonly ScoreCandidate<T>[],
	options: ScoreFusionOptions,
	poolFloor: number,
): Map<T, number> {
	let best = 0;
	let top = -Infinity;
	let least = Infinity;
	for (const c of candidates) {
		best = Math.max(best, c.lexical);
		top = Math.max(top, c.cosine);
		least = Math.min(least, c.cosine);
	}
	const floor =
		options.cosineFloor === 'list'
			? least
			: options.cosineFloor === 'pool'
				? poolFloor
				: options.cosineFloor;
	const span = top - floor;
	const share = options.lexicalShare;
	const fused = new Map<T, number>();
	for (const c of candidates) {
		const lexical = best > 0 ? c.lexical / best : 0;
		const semantic = span > 0 ? Math.min(1, Math.max(0, (c.cosine - floor) / span)) : 1;
		fused.set(c.id, Math.max(share * lexical + (1 - share) * semantic, Number.EPSILON));
	}
	return fused;
}
