import type { StatementSync } from 'node:sqlite';
import { TIER } from './hit-tiers.ts';
import { leadFactor } from './lead-evidence.ts';
import type { LexicalPlan, QueryUnit } from './lexical-plan.ts';
import { fillMatchingSet } from './matching-set.ts';
import { phraseProminent } from './phrase-pieces.ts';
import type { RankingConfig } from './ranking-config.ts';
import { scoreCandidate, unitWeight, type CandidateText } from './rescore.ts';
import type { SearchFilters } from './types.ts';
import { findVerbatim, type PoolRow } from './verbatim-chunks.ts';

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
	const { stmt, config, weights } = deps;
	fillMatchingSet(deps, plan, filters);
	if (!plan.allExpr) return [];
	const n = deps.docCount();
	const df = (unit: QueryUnit): number => deps.docFrequency(unit.expr);
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
