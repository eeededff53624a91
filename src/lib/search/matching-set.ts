import { bm25Score } from './bm25-native.ts';
import { filtersNeedDocs, filtersToSql, withoutRowSets } from './filters.ts';
import { TIER } from './hit-tiers.ts';
import type { LexicalPlan, QueryUnit } from './lexical-plan.ts';
import type { RetrievalDeps } from './ranked-retrieval.ts';
import type { SearchFilters } from './types.ts';

/**
 * Empties temp.hits and fills it with the query's matching set (see `retrieveRanked`): each
 * tier's full matches, then, when those are fewer than `candidates.partial`, the best partial
 * ones the rarest units fetch within `maxPostings`. A query without words matches nothing.
 */
export function fillMatchingSet(
	deps: RetrievalDeps,
	plan: LexicalPlan,
	filters: SearchFilters | undefined,
): void {
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
	if (!plan.allExpr) return;
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
}
