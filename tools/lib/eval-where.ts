import { RELEVANT_GRADE, type Judgments } from '../../src/lib/search/relevance-metrics.ts';

/** Rank bands a relevant answer may sit in, best first; `missing`: not in the ranking at all. */
export const BANDS = ['1-10', '11-20', '21-50', '51+', 'missing'] as const;
type Band = (typeof BANDS)[number];

function bandOf(rank: number): Band {
	if (rank < 0) return 'missing';
	if (rank < 10) return '1-10';
	if (rank < 20) return '11-20';
	if (rank < 50) return '21-50';
	return '51+';
}

/**
 * Where a query's relevant answers (grade ≥ 2) sit in a deep ranking: how many in each band. An
 * answer found below the top 10 needs better ordering; a missing one, better retrieval (it was
 * never a candidate, or a filter removed it).
 */
export function answerBands(ranked: readonly string[], judgments: Judgments): Record<Band, number> {
	const out = Object.fromEntries(BANDS.map((b) => [b, 0])) as Record<Band, number>;
	const at = new Map(ranked.map((id, i) => [id, i]));
	for (const [id, grade] of Object.entries(judgments))
		if (grade >= RELEVANT_GRADE) out[bandOf(at.get(id) ?? -1)]++;
	return out;
}

/** Sums of `answerBands` over queries, as one line: `1-10 81 · 11-20 45 · …`. */
export function bandLine(rows: readonly Record<Band, number>[]): string {
	return BANDS.map((b) => `${b} ${rows.reduce((s, r) => s + r[b], 0)}`).join(' · ');
}
