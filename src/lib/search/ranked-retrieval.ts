import type { StatementSync } from 'node:sqlite';
import { bm25Score } from './bm25-native.ts';
import { filtersNeedDocs, filtersToSql, withoutRowSets } from './filters.ts';
import { leadFactor } from './lead-evidence.ts';
import type { LexicalPlan, QueryUnit } from './lexical-plan.ts';
import { phraseProminent } from './phrase-pieces.ts';
import type { RankingConfig } from './ranking-config.ts';
import { scoreCandidate, unitWeight, type CandidateText } from './rescore.ts';
import type { SearchFilters } from './types.ts';

/** What ranked retrieval needs of the index. */
export interface RetrievalDeps {
	/** A cached prepared statement. */
	stmt: (sql: string) => StatementSync;
	/** Table prefix of the collection. */
	p: string;
	config: RankingConfig;
	/** Field weights (title, measures, body) of the collection. */
	weights: readonly [number, number, number];
	/** A candidate's text fields and primary region, from its stored document. */
	candidate: (rowid: number) => { text: CandidateText; region: string };
	/** Reads the candidates' documents ahead, together, before `candidate` asks for each. */
	prefetch?: (rowids: readonly number[]) => void;
	/** Documents in the collection. */
	docCount: () => number;
	/** Documents holding an expression of gram phrases (an estimate, see `gramDocFrequency`). */
	docFrequency: (expr: string) => number;
	/** Each phrase's exact document count, for `bm25_counts`; absent, statements ask `bm25()`. */
	phraseCounts?: (expr: string) => Uint8Array;
	/**
	 * The region and theme filters' rows as a bitmap for `rowid_in` (`filter-bits.ts`); absent, or
	 * undefined for the filters, statements list them with IN.
	 */
	filterBits?: (filters: SearchFilters | undefined) => Uint8Array | undefined;
}

/** A rescored hit: its tier, score and coverage (the IDF-weighted share of query units held). */
export interface RankedHit {
	rowid: number;
	score: number;
	tier: number;
	coverage: number;
	/** Whether it holds every word of the query (not only some words or bigrams). */
	full: boolean;
}

/**
 * Tier of a hit in temp.hits: a quoted phrase verbatim, its near variant, or neither; with
 * `phraseOrder.fine`, a rescored exact use or variant that makes the phrase its subject rises to
 * `exactLead` or `variantLead`.
 */
export const TIER = { exactLead: 4, variantLead: 3, exact: 2, variant: 1, none: 0 } as const;

/** How a hit of the tier matched a quoted phrase. */
export function tierMatch(tier: number): 'exact' | 'variant' | null {
	if (tier === TIER.exact || tier === TIER.exactLead) return 'exact';
	if (tier === TIER.variant || tier === TIER.variantLead) return 'variant';
	return null;
}

/**
 * Fills temp.hits with the query's matching set and returns its best candidates rescored, best
 * first (tier, then score). The set: documents holding every word (a quoted phrase verbatim, tier
 * 2, or as a near variant, tier 1), plus, when those are few, the best documents holding only
 * some words or bigrams (bounded by `candidates.partial`; the rarest units fetch them, within
 * `maxPostings` postings read, so a common term cannot make the query slow) that cover at least
 * `minCoverage` of the query. `regionInside` lists
 * the codes whose items are about the filtered region (their score × `regionBoost`).
 */
export function retrieveRanked(
	deps: RetrievalDeps,
	plan: LexicalPlan,
	filters: SearchFilters | undefined,
	regionInside: readonly string[],
): RankedHit[] {
	const { stmt, p, config, weights } = deps;
	// A match of a common word passes thousands of rows through the filter: a bit of a bitmap is
	// tested per row where `IN (SELECT …)` built a b-tree of the filter's rows and searched it (at
	// 100k, 交通 under a theme: 2.3 → 1.3 ms).
	const bits = deps.filterBits?.(filters);
	const rest = bits ? withoutRowSets(filters) : filters;
	const needsDocs = filtersNeedDocs(rest);
	const listed = filtersToSql(p, rest, needsDocs ? 'd.rowid' : '+f.rowid');
	const where = bits
		? { sql: `rowid_in(?, f.rowid) AND ${listed.sql}`, params: [bits, ...listed.params] }
		: listed;
	const from = `${p}_chars f${needsDocs ? ` JOIN ${p}_docs d ON d.rowid = f.rowid` : ''}`;
	const insert = (expr: string, tier: number, partial = false) => {
		const bm25 = bm25Score(p, weights, expr, deps.phraseCounts);
		stmt(
			`INSERT OR IGNORE INTO temp.hits (rowid, score, tier, part) SELECT f.rowid, ${bm25.sql}, ${tier}, ${partial ? 1 : 0} FROM ${from} WHERE ${p}_chars MATCH ? AND ${where.sql}${partial ? ` ORDER BY 2 LIMIT ${config.candidates.partial}` : ''}`,
		).run(...bm25.params, expr, ...where.params);
	};
	stmt('DELETE FROM temp.hits').run();
	if (!plan.allExpr) return [];
	const wordsExpr = plan.words.map((w) => `(${w.expr})`);
	if (plan.phrases.length > 0) {
		insert(
			[...plan.phrases.map((ph) => `(${ph.exactExpr})`), ...wordsExpr].join(' AND '),
			TIER.exact,
		);
		insert(plan.allExpr, TIER.variant);
	} else insert(plan.allExpr, TIER.none);
	const total = () =>
		Number((stmt('SELECT count(*) AS n FROM temp.hits').get() as { n: number }).n);
	const n = deps.docCount();
	const df = (unit: QueryUnit): number => deps.docFrequency(unit.expr);
	if (total() < config.candidates.partial) {
		// Words before bigrams (a bigram of a word finds little its word does not), rarest first,
		// while the postings they read stay within budget (at least one unit).
		const byDf = (units: QueryUnit[]) =>
			units.filter((u) => df(u) > 0).sort((a, b) => df(a) - df(b));
		const units = [...byDf(plan.words), ...byDf(plan.bigrams)];
		const fetching: QueryUnit[] = [];
		let postings = 0;
		for (const unit of units) {
			postings += df(unit);
			if (fetching.length > 0 && postings > config.candidates.maxPostings) break;
			fetching.push(unit);
		}
		// Fetching the query's only word alone would ask the match just made again and add nothing
		// (at 100k, a few milliseconds per one-word query).
		const same =
			plan.phrases.length === 0 &&
			plan.words.length === 1 &&
			fetching.length === 1 &&
			fetching[0] === plan.words[0];
		if (fetching.length > 0 && !same)
			insert(fetching.map((u) => `(${u.expr})`).join(' OR '), TIER.none, true);
	}
	// The rerank pool, `rerank` documents at most: the best full matches by FTS5's BM25 in each
	// tier, then the best partial ones.
	const pool = stmt(
		`SELECT rowid AS r, tier AS t, part FROM temp.hits ORDER BY part, tier DESC, score LIMIT ?`,
	).all(config.candidates.rerank) as PoolRow[];
	const verbatim =
		plan.exactExpr && plan.exactExpr !== plan.allExpr
			? findVerbatim(deps, plan.exactExpr, plan.exactParts, pool)
			: new Set<number>();
	deps.prefetch?.(pool.map((c) => c.r));
	const candidates = pool.map(({ r, t, part }) => ({
		rowid: r,
		tier: t,
		part,
		...deps.candidate(r),
	}));
	const avg = [0, 0, 0] as [number, number, number];
	for (const c of candidates) {
		avg[0] += c.text.title.length / candidates.length;
		avg[1] += c.text.measures.length / candidates.length;
		avg[2] += Math.min(c.text.body.length, config.candidates.bodyChars) / candidates.length;
	}
	const stats = { docs: n, df, avgLength: avg };
	// A unit's weight is the same for every candidate: worked out once per query.
	const unitWeights = new Map<QueryUnit, number>();
	const weight = (unit: QueryUnit) => {
		let w = unitWeights.get(unit);
		if (w === undefined) unitWeights.set(unit, (w = unitWeight(unit, stats, config.bigramWeight)));
		return w;
	};
	const inside = new Set(regionInside);
	const scored: RankedHit[] = [];
	const drop = stmt('DELETE FROM temp.hits WHERE rowid = ?');
	const promote = stmt('UPDATE temp.hits SET tier = ? WHERE rowid = ?');
	for (const c of candidates) {
		const { score, coverage } = scoreCandidate(plan, c.text, stats, weights, config, {
			verbatim:
				verbatim.has(c.rowid) ||
				(plan.exactExpr === plan.allExpr && c.part === 0) ||
				// The exact tier holds every phrase verbatim; a query of phrases alone, every chunk.
				(c.tier === TIER.exact && plan.phrases.length === plan.chunks.length),
		});
		// A partial match must cover enough of the query to be a result at all.
		if (c.part === 1 && coverage < config.minCoverage) {
			drop.run(c.rowid);
			continue;
		}
		let tier = c.tier;
		if (
			config.phraseOrder.fine &&
			(tier === TIER.exact || tier === TIER.variant) &&
			phraseProminent(plan.phrases, c.text, tier === TIER.exact, config.phraseOrder)
		) {
			tier = tier === TIER.exact ? TIER.exactLead : TIER.variantLead;
			promote.run(tier, c.rowid);
		}
		scored.push({
			rowid: c.rowid,
			tier,
			coverage,
			full: c.part === 0,
			score:
				score *
				leadFactor(plan, c.text, weight, config.lead) *
				(inside.has(c.region) ? config.regionBoost : 1),
		});
	}
	return scored.sort((a, b) => b.tier - a.tier || b.score - a.score);
}

/** A candidate of the rerank pool: its rowid, tier and whether it matched only in part. */
// A type, not an interface: a row record converts to it.
type PoolRow = { r: number; t: number; part: number };

/**
 * The matching documents that hold every short chunk of the query verbatim (text copied from an
 * article, a quoted phrase beside words), which the rescoring boosts; the best `rerank` of them
 * join `pool`. They are found by relevance, FTS5's BM25 over the chunks' own occurrences (field
 * weights, saturation: a text using a slogan in its headline or several times first), never in
 * rowid order. Cost: while at most `verbatimPostings` documents may hold them (the rarest chunk's
 * estimate), all are read and ordered; above that, only whether each pool member holds them is
 * looked up (`rerank` seeks), and none joins.
 */
function findVerbatim(
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

/**
 * Documents holding an FTS5 expression of quoted gram phrases (`"a b" OR "c d"`), estimated from
 * the character-gram vocabulary (`gramDocs`: documents holding a gram): for each phrase the rarest
 * of its grams (an upper bound), summed.
 */
export function gramDocFrequency(gramDocs: (gram: string) => number, expr: string): number {
	let sum = 0;
	for (const match of expr.matchAll(/"([^"]*)"/gu)) {
		let least = Infinity;
		for (const g of match[1]!.split(' ')) least = Math.min(least, gramDocs(g));
		sum += least === Infinity ? 0 : least;
	}
	return sum;
}
