import { loadRankingConfig } from './ranking-config.ts';
import type { HubnessPenalty } from './hubness.ts';
import type { ScoreFusionOptions } from './score-fusion.ts';

/**
 * Reciprocal rank fusion of a lexical and a semantic ranking: a document scores
 * `lexicalWeight / (k + lexical rank) + semanticWeight / (k + semantic rank)` (ranks from 1; a
 * ranking that lacks it adds nothing). Rank-based, so BM25 and cosine scales never meet.
 */

/** How the two rankings are fused and which neighbours count. */
export interface HybridOptions {
	/** The RRF constant; larger flattens the head of each ranking. Default 60. */
	k: number;
	/** Weight of the lexical ranking. Default 1. */
	lexicalWeight: number;
	/** Weight of the semantic ranking. Default 0.7: vectors add recall, words keep precision. */
	semanticWeight: number;
	/** Lexical hits taken into the fusion (the rest follow in BM25 order). Default 100. */
	lexicalDepth: number;
	/** Vector neighbours taken into the fusion. Default 30. */
	neighbours: number;
	/**
	 * Cosine (query vs document vector) a neighbour needs to count at all; a neighbour that the
	 * words did not match joins the result set, so this bounds what vectors can add. Default 0.6.
	 */
	minSimilarity: number;
	/**
	 * Whether a neighbour that the words also found moves up (plain RRF). When false, vectors only
	 * add documents the words missed, placed by their fused score among the lexical order.
	 */
	rerankLexical: boolean;
	/** Nearest vectors joining the results before filters (see `ranking.json`). Default 30. */
	neighbourPool: number;
	/**
	 * Cosine a pool member needs to join the results; under a filter, also the cosine a member
	 * needs to be fused (the filter having removed the nearer ones). Default 0.45.
	 */
	poolMinSimilarity: number;
	/**
	 * How much a lexical hit's coverage (the IDF-weighted share of the query it matches) scales
	 * its lexical reciprocal rank: weight × coverage^this. 0: every lexical hit counts alike.
	 */
	lexicalCoverageExponent: number;
	/**
	 * Under a filter, the lexical weight times min(1, the IDF of the query's words inside the
	 * filtered set / this): words that most of the filtered set holds order it by frequency alone
	 * (`filter-idf.ts`). 0: off.
	 */
	filterIdfScale: number;
	/** `rank`: reciprocal rank fusion (this module); `score`: normalised scores (`score-fusion.ts`). */
	combine: 'rank' | 'score';
	/** Score fusion's lexical share and cosine floor. */
	scores: ScoreFusionOptions;
	/**
	 * Pseudo-relevance feedback of a query worded otherwise than the texts: the first `docs`
	 * neighbours move its vector (`q + weight × their mean`), whose own neighbours are fused at
	 * `semanticWeight`, when at least `minDocs` neighbours pass the floor. Absent or 0 `docs`: off.
	 */
	feedback?: { docs: number; weight: number; semanticWeight: number; minDocs: number };
	/** Hubness reduction of the neighbours' cosines (`hubness.ts`); absent or 0 `weight`: off. */
	hubness?: HubnessPenalty;
}

/** Defaults: `fusion` of `search-config/ranking.json`, vectors allowed to reorder the lexical head. */
const DEFAULT_HYBRID: HybridOptions = { ...loadRankingConfig().fusion, rerankLexical: true };

/**
 * Fused scores of every id in either ranking (each best first), larger is better. With
 * `coverage` (of each lexical id: the share of the query it matches, 0–1), a lexical hit's
 * reciprocal rank counts times coverage^`lexicalCoverageExponent`: a text holding only part of the query
 * is weaker evidence than one holding all of it, while its vector rank says as much as any.
 */
export function fuseRankings<T>(
	lexical: readonly T[],
	semantic: readonly T[],
	options: Pick<HybridOptions, 'k' | 'lexicalWeight' | 'semanticWeight' | 'rerankLexical'> &
		Partial<Pick<HybridOptions, 'lexicalCoverageExponent'>> = DEFAULT_HYBRID,
	coverage?: ReadonlyMap<T, number>,
): Map<T, number> {
	const fused = new Map<T, number>();
	const add = (ranking: readonly T[], weight: number, skip?: Set<T>, scale?: (id: T) => number) => {
		for (const [i, id] of ranking.entries())
			if (!skip?.has(id))
				fused.set(id, (fused.get(id) ?? 0) + (weight * (scale?.(id) ?? 1)) / (options.k + i + 1));
	};
	const exponent = options.lexicalCoverageExponent ?? 0;
	add(
		lexical,
		options.lexicalWeight,
		undefined,
		coverage && exponent > 0 ? (id) => (coverage.get(id) ?? 1) ** exponent : undefined,
	);
	add(semantic, options.semanticWeight, options.rerankLexical ? undefined : new Set(lexical));
	return fused;
}
