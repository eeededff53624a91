import { RELEVANT_GRADE, type Judgments } from '../../src/lib/search/relevance-metrics.ts';

/** What one line of an explanation shows of an article. */
export interface ExplainedDoc {
	title: string;
	region: string;
}

/** Ranks from 1; 0 where a ranking does not hold the id. */
const rankIn = (ranking: readonly string[], id: string) => ranking.indexOf(id) + 1;

/**
 * One query's explanation, as lines: the engine's top 10 (grade or `?` when ungraded, the match
 * mark, the rank each reference ranking gives it) and then every relevant answer (grade ≥ 2) left
 * out of that top 10, best grade first, with its rank in the engine's deep ranking and in each
 * reference (`-`: not in that ranking at all). An answer found deep down wants better ordering;
 * one no ranking holds wants better retrieval, or lies outside a filter.
 */
export function explainQuery(
	ranked: readonly { id: string; match?: string | undefined }[],
	references: Readonly<Record<string, readonly string[]>>,
	judgments: Judgments,
	doc: (id: string) => ExplainedDoc | undefined,
): string[] {
	const ids = ranked.map((r) => r.id);
	// Found answers before those no ranking reached, each group in rank order.
	const deep = (id: string) => rankIn(ids, id) || Number.MAX_SAFE_INTEGER;
	const at = (ranking: readonly string[], id: string) => String(rankIn(ranking, id) || '-');
	const refs = (id: string) =>
		Object.entries(references)
			.map(([name, ranking]) => `${name}#${at(ranking, id)}`)
			.join(' ');
	const show = (id: string) => {
		const d = doc(id);
		return d ? `${d.region} ${d.title.slice(0, 40)}` : '(not in the collection)';
	};
	const lines = ranked
		.slice(0, 10)
		.map(
			(r, i) =>
				`  ${String(i + 1).padStart(2)} g${judgments[r.id] ?? '?'} ${(r.match ?? '-').padEnd(7)} ${refs(r.id)} ${show(r.id)}`,
		);
	const missed = Object.entries(judgments)
		.filter(([id, grade]) => grade >= RELEVANT_GRADE && !ids.slice(0, 10).includes(id))
		.sort((a, b) => b[1] - a[1] || deep(a[0]) - deep(b[0]));
	for (const [id, grade] of missed)
		lines.push(`   missed g${grade} at #${at(ids, id)} ${refs(id)} ${show(id)}`);
	return lines;
}
