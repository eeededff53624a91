import type { StatementSync } from 'node:sqlite';
import { fuseRankings, type HybridOptions } from './hybrid-rank.ts';
import type { SearchFilters, SearchRanking } from './types.ts';
import { nearestRows, type VectorIndex } from './vector-index.ts';

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
}

/** Writes the rescored head's scores into temp.hits; the rest keep fused 0 and follow by BM25. */
export function writeRanks(
	deps: FusionDeps,
	ranked: readonly { rowid: number; score: number }[],
): SearchRanking {
	const set = deps.stmt('UPDATE temp.hits SET fused = ? WHERE rowid = ?');
	for (const r of ranked) set.run(r.score, r.rowid);
	return 'lexical';
}

/**
 * Hybrid ranking: the rescored lexical head and the query's nearest vectors that pass the
 * filters (cosine ≥ minSimilarity; those join the set, so totals and facets count them) are
 * fused by weighted reciprocal rank, which may reorder the lexical top. For queries without quoted
 * phrases (see `fuseWithinTiers`).
 */
export function fuseWithVectors(
	deps: FusionDeps,
	p: string,
	query: Float32Array,
	filters: SearchFilters | undefined,
	ranked: readonly { rowid: number; score: number }[],
): SearchRanking {
	const index = deps.vectorIndex(p);
	if (!index || index.matrix.dimensions !== query.length) return writeRanks(deps, ranked);
	// The query's neighbours over the whole collection, then those passing the filters: a filter
	// only ever removes results, so facet counts of a result equal the totals of its filters.
	// Only the few neighbours are checked against the filters, not the whole filter set listed.
	const nearest = nearestRows(index, query, deps.options.neighbours, {
		minScore: deps.options.minSimilarity,
		shortlist: deps.vectorShortlist,
	}).map((n) => n.rowid);
	const allowed = deps.passingFilters(p, filters, nearest);
	const neighbours = nearest.filter((rowid) => allowed.has(rowid));
	const lexical = ranked.filter((r) => r.score > 0).map((r) => r.rowid);
	const fused = fuseRankings(lexical.slice(0, deps.options.lexicalDepth), neighbours, deps.options);
	// The rescored hits below the fused depth keep their order after every fused one.
	const floor = Math.min(...fused.values(), 1) / 2;
	for (const [i, rowid] of lexical.slice(deps.options.lexicalDepth).entries())
		fused.set(rowid, (floor * (lexical.length - i)) / (lexical.length + 1));
	const add = deps.stmt(
		'INSERT INTO temp.hits (rowid, score, fused) VALUES (?, 0, ?) ON CONFLICT(rowid) DO UPDATE SET fused = excluded.fused',
	);
	for (const [rowid, score] of fused) add.run(rowid, score);
	return 'hybrid';
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
	const set = deps.stmt('UPDATE temp.hits SET fused = ? WHERE rowid = ?');
	const weights = { ...deps.options, semanticWeight: deps.phraseSemanticWeight };
	for (const tier of new Set(ranked.map((r) => r.tier))) {
		const lexical = ranked.filter((r) => r.tier === tier && r.score > 0).map((r) => r.rowid);
		const semantic = nearestRows(index, query, lexical.length, { candidates: lexical }).map(
			(n) => n.rowid,
		);
		for (const [rowid, score] of fuseRankings(lexical, semantic, weights)) set.run(score, rowid);
	}
	return 'hybrid';
}
