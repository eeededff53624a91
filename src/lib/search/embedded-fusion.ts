import type { StatementSync } from 'node:sqlite';
import { lexicalWeightInFilter } from './filter-idf.ts';
import { isFiltered } from './filtered.ts';
import { fuseByScore } from './fuse-by-score.ts';
import { writeFused } from './fused-writes.ts';
import { fuseRankings, type HybridOptions } from './hybrid-rank.ts';
import type { SearchFilters, SearchRanking } from './types.ts';
import { cachedHubPenalties } from './hubness.ts';
import { feedbackQuery } from './vector-feedback.ts';
import { nearestRows } from './nearest-rows.ts';
import type { VectorIndex } from './vector-index.ts';

/** What fusing a query's rankings needs of the embedded index; results go into temp.hits. */
export interface FusionDeps {
	stmt: (sql: string) => StatementSync;
	/** A collection's vectors, or null without any. */
	vectorIndex: (p: string) => VectorIndex | null;
	/** Those of `rowids` that pass the filters (all of them without filters). */
	passingFilters: (
		p: string,
		filters: SearchFilters | undefined,
		rowids: readonly number[],
	) => Set<number>;
	options: HybridOptions;
	/** Weight of the cosine order inside a quoted phrase's tiers. */
	phraseSemanticWeight: number;
	/** Rows a whole-collection scan scores exactly (0: all). */
	vectorShortlist: number;
	/** An upper bound of the documents passing `filters`, or undefined when not known cheaply. */
	filteredSize?: (p: string, filters: SearchFilters | undefined) => number | undefined;
}

/** Writes the rescored head's scores into temp.hits; the rest keep fused 0 and follow by BM25. */
export function writeRanks(
	deps: FusionDeps,
	ranked: readonly { rowid: number; score: number }[],
): SearchRanking {
	writeFused(
		deps.stmt,
		ranked.map((r) => [r.rowid, r.score] as const),
		'update',
	);
	return 'lexical';
}

/**
 * Hybrid ranking: the rescored lexical head and the query's nearest vectors are fused by weighted
 * reciprocal rank, which may reorder the lexical top. The nearest `neighbourPool` vectors over the
 * whole collection (cosine ≥ poolMinSimilarity) join the set where they pass the filters, so
 * totals and facets count them and a filter only ever removes results. Of those passing, the first
 * `neighbours` with cosine ≥ minSimilarity are fused (under a filter, which removed the nearer
 * ones, ≥ poolMinSimilarity), and the rest follow every fused hit. With `weighCoverage` (the
 * caller's judgement that the words partly failed), a lexical hit's reciprocal rank is scaled by
 * its coverage to `fusion.lexicalCoverageExponent`, and with `fusion.feedback` the neighbours of
 * the query vector moved toward its first neighbours are fused too, and join the pool. With
 * `fusion.combine: score`, a query whose lexical first ten hold every query word
 * `scores.minFullHits` times or more, and that no filter narrows, is fused by normalised scores
 * instead of ranks (`score-fusion.ts`). For queries without quoted phrases (see
 * `fuseWithinTiers`).
 */
export function fuseWithVectors(
	deps: FusionDeps,
	p: string,
	query: Float32Array,
	filters: SearchFilters | undefined,
	ranked: readonly { rowid: number; score: number; coverage: number; full: boolean }[],
	/** Whether a lexical hit's reciprocal rank is scaled by its coverage (`fusion.lexicalCoverageExponent`). */
	weighCoverage: boolean,
): SearchRanking {
	const index = deps.vectorIndex(p);
	if (!index || index.matrix.dimensions !== query.length) return writeRanks(deps, ranked);
	const o = deps.options;
	const least = isFiltered(filters) ? o.poolMinSimilarity : o.minSimilarity;
	const penalty = cachedHubPenalties(index, o);
	// Only the pool's few rowids are checked against the filters, not the whole filter set listed.
	const nearestPassing = (vector: Float32Array) => {
		const nearest = nearestRows(index, vector, Math.max(o.neighbours, o.neighbourPool), {
			minScore: Math.min(o.minSimilarity, o.poolMinSimilarity),
			shortlist: deps.vectorShortlist,
			penalty,
		});
		const allowed = deps.passingFilters(
			p,
			filters,
			nearest.map((n) => n.rowid),
		);
		return nearest.filter((n) => allowed.has(n.rowid));
	};
	const fusedOf = (passing: readonly { rowid: number; score: number }[]) =>
		passing
			.filter((n) => n.score >= least)
			.slice(0, o.neighbours)
			.map((n) => n.rowid);
	let passing = nearestPassing(query);
	const neighbours = fusedOf(passing);
	const hits = ranked.filter((r) => r.score > 0);
	const lexical = hits.map((r) => r.rowid);
	const head = lexical.slice(0, o.lexicalDepth);
	// Most of the first ten holding every query word: the query is worded as the texts are, and
	// how far ahead a hit's words put it says more than its rank. Not under a filter: its few
	// lexical hits and what it leaves of the nearest vectors make a scale of neither list.
	const fused =
		o.combine === 'score' &&
		!isFiltered(filters) &&
		hits.slice(0, 10).filter((r) => r.full).length >= o.scores.minFullHits
			? fuseByScore(index, query, o, ranked, head, neighbours, passing, weighCoverage)
			: fuseRankings(
					head,
					neighbours,
					filteredWeights(deps, p, filters),
					weighCoverage ? new Map(ranked.map((r) => [r.rowid, r.coverage])) : undefined,
				);
	const feedback = o.feedback;
	if (
		weighCoverage &&
		feedback &&
		feedback.docs > 0 &&
		neighbours.length >= Math.max(1, feedback.minDocs)
	) {
		// One more shortlist scan: the moved vector's neighbours count beside the query's own.
		const moved = feedbackQuery(index, query, neighbours.slice(0, feedback.docs), feedback.weight);
		const again = nearestPassing(moved);
		const second = fuseRankings([], fusedOf(again), {
			...o,
			semanticWeight: feedback.semanticWeight,
		});
		for (const [rowid, score] of second) fused.set(rowid, (fused.get(rowid) ?? 0) + score);
		const seen = new Set(passing.map((n) => n.rowid));
		passing = [...passing, ...again.filter((n) => !seen.has(n.rowid))];
	}
	// The rescored hits below the fused depth keep their order after every fused one, and the
	// pool's unfused neighbours after them.
	const floor = Math.min(...fused.values(), 1) / 2;
	const tail = lexical.slice(o.lexicalDepth);
	for (const [i, rowid] of tail.entries())
		fused.set(rowid, floor / 2 + (floor * (tail.length - i)) / (2 * tail.length + 2));
	const rest = passing
		.filter((n) => n.score >= o.poolMinSimilarity && !fused.has(n.rowid))
		.map((n) => n.rowid);
	for (const [i, rowid] of rest.entries())
		fused.set(rowid, (floor * (rest.length - i)) / (2 * rest.length + 2));
	writeFused(deps.stmt, [...fused], 'upsert');
	return 'hybrid';
}

/**
 * The fusion options of a filtered query: the lexical ranking weighs less when its words hold most
 * of the filtered set (`fusion.filterIdfScale`, `filter-idf.ts`); temp.hits holds the matching set.
 */
function filteredWeights(
	deps: FusionDeps,
	p: string,
	filters: SearchFilters | undefined,
): HybridOptions {
	const o = deps.options;
	if (o.filterIdfScale <= 0 || !isFiltered(filters) || !deps.filteredSize) return o;
	const filtered = deps.filteredSize(p, filters);
	if (filtered === undefined) return o;
	const { n } = deps.stmt('SELECT count(*) AS n FROM temp.hits WHERE part = 0').get() as {
		n: number;
	};
	return {
		...o,
		lexicalWeight: lexicalWeightInFilter(o.lexicalWeight, filtered, Number(n), o.filterIdfScale),
	};
}

/**
 * Hybrid ranking of a query with quoted phrases: exact uses stay above near variants and those
 * above the rest, and within each tier the rescored lexical order and the order of the members'
 * cosine with the query are fused by weighted reciprocal rank. Vectors add no documents here.
 */
export function fuseWithinTiers(
	deps: FusionDeps,
	p: string,
	query: Float32Array,
	ranked: readonly { rowid: number; score: number; tier: number }[],
): SearchRanking {
	const index = deps.vectorIndex(p);
	if (!index || index.matrix.dimensions !== query.length) return writeRanks(deps, ranked);
	const weights = { ...deps.options, semanticWeight: deps.phraseSemanticWeight };
	for (const tier of new Set(ranked.map((r) => r.tier))) {
		const lexical = ranked.filter((r) => r.tier === tier && r.score > 0).map((r) => r.rowid);
		const semantic = nearestRows(index, query, lexical.length, { candidates: lexical }).map(
			(n) => n.rowid,
		);
		writeFused(deps.stmt, [...fuseRankings(lexical, semantic, weights)], 'update');
	}
	return 'hybrid';
}
