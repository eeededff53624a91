import { bm25Score } from './bm25-native.ts';
import type { RetrievalDeps } from './ranked-retrieval.ts';

/** A candidate of the rerank pool: its rowid, tier and whether it matched only in part. */
// A type, not an interface: a row record converts to it.
export type PoolRow = { r: number; t: number; part: number };

/**
 * The matching documents that hold every short chunk of the query verbatim (text copied from an
 * article, a quoted phrase beside words), which the rescoring boosts; the best `rerank` of them
 * join `pool`. They are found by relevance, FTS5's BM25 over the chunks' own occurrences (field
 * weights, saturation: a text using a slogan in its headline or several times first), never in
 * rowid order. Cost: while at most `verbatimPostings` documents may hold them (the rarest chunk's
 * estimate), all are read and ordered; above that, only whether each pool member holds them is
 * looked up (`rerank` seeks), and none joins.
 */
export function findVerbatim(
	deps: RetrievalDeps,
	exactExpr: string,
	exactParts: readonly string[],
	pool: PoolRow[],
): Set<number> {
	const { stmt, p, config, weights } = deps;
	const most = Math.min(...exactParts.map((e) => deps.docFrequency(e)));
	if (most > config.candidates.verbatimPostings) {
		const rows = stmt(
			`SELECT f.rowid AS r FROM ${p}_chars f WHERE ${p}_chars MATCH ? AND f.rowid IN (SELECT value FROM json_each(?))`,
		).all(exactExpr, JSON.stringify(pool.map((c) => c.r))) as { r: number }[];
		return new Set(rows.map((row) => row.r));
	}
	const verbatim = `SELECT h.rowid AS r, h.tier AS t, h.part AS part FROM ${p}_chars f JOIN temp.hits h ON h.rowid = f.rowid WHERE ${p}_chars MATCH ?`;
	const rows = stmt(verbatim).all(exactExpr) as PoolRow[];
	const inPool = new Set(pool.map((c) => c.r));
	const outside = rows.filter((row) => !inPool.has(row.r));
	// BM25 decides only which join when more than `rerank` could: `bm25()` works out its IDF over
	// each chunk's whole doclist in every statement that asks for it (milliseconds for common
	// words), while the rows themselves are few.
	const byBm25 = () => {
		const bm25 = bm25Score(p, weights, exactExpr, deps.phraseCounts);
		return stmt(`${verbatim} ORDER BY ${bm25.sql}`).all(exactExpr, ...bm25.params) as PoolRow[];
	};
	pool.push(
		...(outside.length <= config.candidates.rerank
			? outside
			: byBm25()
					.filter((row) => !inPool.has(row.r))
					.slice(0, config.candidates.rerank)),
	);
	return new Set(rows.map((row) => row.r));
}
