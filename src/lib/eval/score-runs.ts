import { RELEVANT_GRADE, ndcgAt, recallAt, type Judgments } from '../search/relevance-metrics.ts';

/** One system's ranking for one query. */
export interface Run {
	system: string;
	queryId: string;
	/** Group the query is averaged in, e.g. `dev · paraphrase`. */
	groups: readonly string[];
	ranked: readonly string[];
	judgments: Judgments;
}

/** Mean scores of one system over one group of queries. */
interface GroupScore {
	queries: number;
	ndcg: number;
	recall: number;
	/** Share of the top 10 that has a judgment (any grade); low means the numbers are unreliable. */
	judged: number;
}

/** Share of the first `k` results that carry a judgment; 1 when there are no results. */
export function judgedAt(ranked: readonly string[], judgments: Judgments, k = 10): number {
	const top = ranked.slice(0, k);
	if (top.length === 0) return 1;
	return top.filter((id) => id in judgments).length / top.length;
}

/** Whether any judged document is relevant (grade ≥ 2); a query without one cannot rank systems. */
export function hasRelevant(judgments: Judgments): boolean {
	return Object.values(judgments).some((g) => g >= RELEVANT_GRADE);
}

/**
 * system → group → mean nDCG@10, recall@10 (grade ≥ 2) and judged@10, over the queries that have
 * a relevant judgment (as TREC leaves out topics without relevant documents).
 */
export function scoreRuns(runs: readonly Run[]): Map<string, Map<string, GroupScore>> {
	const sums = new Map<string, Map<string, GroupScore>>();
	for (const run of runs) {
		if (!hasRelevant(run.judgments)) continue;
		const bySystem = sums.get(run.system) ?? new Map<string, GroupScore>();
		sums.set(run.system, bySystem);
		for (const group of run.groups) {
			const s = bySystem.get(group) ?? { queries: 0, ndcg: 0, recall: 0, judged: 0 };
			s.queries += 1;
			s.ndcg += ndcgAt(run.ranked, run.judgments);
			s.recall += recallAt(run.ranked, run.judgments);
			s.judged += judgedAt(run.ranked, run.judgments);
			bySystem.set(group, s);
		}
	}
	for (const bySystem of sums.values())
		for (const s of bySystem.values()) {
			s.ndcg /= s.queries;
			s.recall /= s.queries;
			s.judged /= s.queries;
		}
	return sums;
}

/** Results in the first `k` whose primary region lies outside the filter. */
export function regionViolations(
	ranked: readonly string[],
	regionOf: (id: string) => string | undefined,
	inside: (code: string) => boolean,
	k = 10,
): string[] {
	return ranked.slice(0, k).filter((id) => {
		const code = regionOf(id);
		return code === undefined || !inside(code);
	});
}

/**
 * The best nDCG@10 and recall@10 a region-filtered query can reach when a filter returns only
 * articles whose primary region lies inside it (the "about" scope): its judged articles inside,
 * in ideal order, scored against all its judgments. A relevant article about somewhere else (a
 * national round-up naming the region) counts in the ideal but can never be returned.
 */
export function regionCeiling(
	judgments: Judgments,
	regionOf: (id: string) => string | undefined,
	inside: (code: string) => boolean,
): { ndcg: number; recall: number } {
	const reachable = Object.keys(judgments)
		.filter((id) => {
			const code = regionOf(id);
			return code !== undefined && inside(code);
		})
		.sort((a, b) => judgments[b]! - judgments[a]!);
	return { ndcg: ndcgAt(reachable, judgments), recall: recallAt(reachable, judgments) };
}
