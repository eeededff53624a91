import type { StatementSync } from 'node:sqlite';
import { readIndexBuild } from '../schema/index-build.ts';
import { lexicalWeightInFilter } from './filter-idf.ts';
import { isFiltered } from './filtered.ts';
import { fuseRankings, type HybridOptions } from './hybrid-rank.ts';
import type { SearchFilters, SearchRanking } from './types.ts';
import { hubPenalties } from './hubness.ts';
import { fuseScores } from './score-fusion.ts';
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

/** Rows one statement writes at most; smaller remainders go in halving sizes (32, 16, … 1). */
const { vectorWriteBatch: WRITE_BATCH } = readIndexBuild().rows;

const rows = (size: number, row: string) => Array.from({ length: size }, () => row).join(', ');

/** Each batch statement's SQL, written once: a hybrid query writes hundreds of rows in batches. */
const FUSED_SQL = new Map<string, string>();
function fusedSql(mode: 'update' | 'upsert', size: number): string {
	const key = `${mode}:${size}`;
	let sql = FUSED_SQL.get(key);
	if (sql === undefined) {
		sql =
			mode === 'update'
				? `UPDATE temp.hits SET fused = v.column2 FROM (VALUES ${rows(size, '(?, ?)')}) AS v WHERE temp.hits.rowid = v.column1`
				: `INSERT INTO temp.hits (rowid, score, fused) VALUES ${rows(size, '(?, 0, ?)')} ON CONFLICT(rowid) DO UPDATE SET fused = excluded.fused`;
		FUSED_SQL.set(key, sql);
	}
	return sql;
}

/**
 * Sets `fused` of temp.hits rows, given as (rowid, fused) pairs with distinct rowids: `update`
 * only changes rows already there, `upsert` also adds the missing ones (score 0). A statement per
 * row cost more than the row (hundreds of rows for a hybrid query); a batch binds many rows to one
 * statement, and batch sizes are powers of two, so at most seven statements are ever prepared.
 */
export function writeFused(
	stmt: FusionDeps['stmt'],
	pairs: readonly (readonly [number, number])[],
	mode: 'update' | 'upsert',
): void {
	let at = 0;
	for (let size = WRITE_BATCH; size >= 1; size >>= 1) {
		while (pairs.length - at >= size) {
			const params: number[] = [];
			for (let i = at; i < at + size; i++) params.push(pairs[i]![0], pairs[i]![1]);
			stmt(fusedSql(mode, size)).run(...params);
			at += size;
		}
	}
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
	const penalty = penaltiesOf(index, o);
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

/** Each index's hub penalties under one setting, worked out once per loaded matrix. */
const penaltyCache = new WeakMap<VectorIndex, Map<string, Float32Array | undefined>>();
function penaltiesOf(index: VectorIndex, o: HybridOptions): Float32Array | undefined {
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
 * Score fusion (`fusion.scores`) of the lexical head and the fused neighbours: each scores its
 * rescored score (times coverage^`lexicalCoverageExponent` with `weighCoverage`) and its cosine,
 * worked out for the lexical hits the neighbours lack (one dot product each).
 */
function fuseByScore(
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
	const penalty = penaltiesOf(index, o);
	for (const n of nearestRows(index, query, missing.length, { candidates: missing, penalty }))
		cosine.set(n.rowid, n.score);
	const ids = [...new Set([...head, ...neighbours])];
	return fuseScores(
		ids.map((id) => ({ id, lexical: lexical.get(id) ?? 0, cosine: cosine.get(id) ?? -1 })),
		o.scores,
		passing.at(-1)?.score ?? -1,
	);
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
