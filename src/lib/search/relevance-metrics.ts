/** Graded judgments of one query: document id → grade 0 (not relevant) … 3 (exactly what was asked). */
export type Judgments = Record<string, number>;

/** Grade from which a document counts as relevant for recall. */
export const RELEVANT_GRADE = 2;

/** nDCG@k with gains 2^grade − 1; unjudged documents count as 0. */
export function ndcgAt(ranked: readonly string[], judgments: Judgments, k = 10): number {
	const gain = (g: number) => 2 ** g - 1;
	const dcg = ranked
		.slice(0, k)
		.reduce((sum, id, i) => sum + gain(judgments[id] ?? 0) / Math.log2(i + 2), 0);
	const ideal = Object.values(judgments)
		.sort((a, b) => b - a)
		.slice(0, k)
		.reduce((sum, g, i) => sum + gain(g) / Math.log2(i + 2), 0);
	return ideal === 0 ? 0 : dcg / ideal;
}

/** Share of the relevant documents (grade ≥ 2) found in the top k. */
export function recallAt(ranked: readonly string[], judgments: Judgments, k = 10): number {
	const relevant = Object.entries(judgments)
		.filter(([, g]) => g >= RELEVANT_GRADE)
		.map(([id]) => id);
	if (relevant.length === 0) return 0;
	const top = new Set(ranked.slice(0, k));
	return relevant.filter((id) => top.has(id)).length / relevant.length;
}
