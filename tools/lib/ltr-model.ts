import { judgedAt } from '../../src/lib/eval/score-runs.ts';
import { ndcgAt, recallAt, type Judgments } from '../../src/lib/search/relevance-metrics.ts';

/** One candidate of a query's pool as `bench/ltr-features.ts` dumps it (ranks 1-based, 0: absent). */
export interface LtrCandidate {
	id: string;
	/** Rank in the engine's hybrid order as configured. */
	fusedRank: number;
	/** Rank in lexical-only search. */
	lexicalRank: number;
	/** Rescored lexical score over the query's best (0: no word matched). */
	lexicalScore: number;
	/** Rank in dense-only retrieval. */
	denseRank: number;
	/** Cosine of the passage vector with the query vector. */
	cosine: number;
	/** Whether the text holds every query word. */
	full: boolean;
	/** Share of the query words its headline holds. */
	titleShare: number;
}

/** One query of the dump: its own features, judgments and candidates. */
export interface LtrQuery {
	id: string;
	kind: string;
	split: string;
	filtered: boolean;
	/** Whether the query quotes a phrase (its tiers are kept: the model leaves it alone). */
	quoted: boolean;
	chars: number;
	words: number;
	/** How many of the lexical first ten hold every query word (the gate of score fusion). */
	fullHits: number;
	judgments: Judgments;
	candidates: LtrCandidate[];
}

/** Names of the model's features, in weight order. */
export const LTR_FEATURES = [
	'fused',
	'lexicalScore',
	'lexicalRank',
	'cosineGap',
	'denseRank',
	'full',
	'cosineGap×sentence',
	'lexicalScore×sentence',
	'cosineGap×filtered',
	'full×sentence',
	'titleShare',
	'titleShare×sentence',
] as const;

/** A rank as a 0–1 feature, 1 at the top (absent: 0). */
const rankFeature = (rank: number) => (rank > 0 ? 10 / (10 + rank) : 0);

/** Minimum fused-first-ten full hits of a query read as worded like the texts (not a sentence). */
const KEYWORD_GATE = 5;

/** Feature vectors of a query's candidates (cosine as its gap below the query's nearest). */
export function featureRows(q: LtrQuery): number[][] {
	const top = Math.max(...q.candidates.map((c) => c.cosine));
	const sentence = q.fullHits < KEYWORD_GATE ? 1 : 0;
	const filtered = q.filtered ? 1 : 0;
	return q.candidates.map((c) => {
		const gap = (c.cosine - top) * 5;
		const full = c.full ? 1 : 0;
		return [
			rankFeature(c.fusedRank),
			c.lexicalScore,
			rankFeature(c.lexicalRank),
			gap,
			rankFeature(c.denseRank),
			full,
			gap * sentence,
			c.lexicalScore * sentence,
			gap * filtered,
			full * sentence,
			c.titleShare,
			c.titleShare * sentence,
		];
	});
}

/** A query ready to score: its candidates' ids and feature rows. */
export interface PreparedQuery {
	query: LtrQuery;
	rows: number[][];
	/** Whether the model reorders it (quoted phrases keep their tiers). */
	learned: boolean;
}

/** Prepares a dump's queries; quoted-phrase queries keep the engine's order. */
export function prepare(queries: readonly LtrQuery[]): PreparedQuery[] {
	return queries.map((query) => ({
		query,
		rows: featureRows(query),
		learned: !query.quoted,
	}));
}

/** The top ten of a query under weights `w` (the engine's order where the model does not apply). */
export function ranking(p: PreparedQuery, w: readonly number[]): string[] {
	const cs = p.query.candidates;
	const scores = p.learned
		? p.rows.map((r) => r.reduce((s, x, i) => s + x * w[i]!, 0))
		: cs.map((c) => rankFeature(c.fusedRank));
	return cs
		.map((c, i) => [c.id, scores[i]!, c.fusedRank || 1e9] as const)
		.sort((a, b) => b[1] - a[1] || a[2] - b[2])
		.slice(0, 10)
		.map(([id]) => id);
}

/** Mean nDCG@10, recall@10 of prepared queries under weights `w`. */
export function meanScores(ps: readonly PreparedQuery[], w: readonly number[]) {
	let ndcg = 0;
	let recall = 0;
	let judged = 0;
	for (const p of ps) {
		const top = ranking(p, w);
		ndcg += ndcgAt(top, p.query.judgments);
		recall += recallAt(top, p.query.judgments);
		judged += judgedAt(top, p.query.judgments);
	}
	const n = Math.max(1, ps.length);
	return { ndcg: ndcg / n, recall: recall / n, judged: judged / n };
}

/**
 * Coordinate ascent (Metzler & Croft) on the mean of each group's mean nDCG@10, minus `lambda`
 * times the squared distance from the start (the engine's own order, weight 1 on `fused`), so
 * "no change" is always reachable. Only the `free` weights move. Each pass tries every weight moved by each step; stops when no
 * move gains.
 */
export function coordinateAscent(
	groups: readonly PreparedQuery[][],
	lambda: number,
	/** Indices of the weights that may move (`fused` stays 1: scores are scale-free). */
	free: readonly number[] = LTR_FEATURES.map((_, i) => i).slice(1),
): number[] {
	const start: number[] = LTR_FEATURES.map((_, i) => (i === 0 ? 1 : 0));
	const objective = (w: readonly number[]) =>
		groups.reduce((s, g) => s + meanScores(g, w).ndcg, 0) / groups.length -
		lambda * w.reduce((s, x, i) => s + (x - start[i]!) ** 2, 0);
	const w = [...start];
	let best = objective(w);
	const steps = [-1, -0.3, -0.1, -0.03, 0.03, 0.1, 0.3, 1];
	for (let pass = 0; pass < 6; pass++) {
		let moved = false;
		for (const i of free) {
			let bestStep = 0;
			for (const step of steps) {
				w[i] = w[i]! + step;
				const score = objective(w);
				w[i] = w[i] - step;
				if (score > best + 1e-9) {
					best = score;
					bestStep = step;
				}
			}
			if (bestStep !== 0) {
				w[i] = w[i]! + bestStep;
				moved = true;
			}
		}
		if (!moved) break;
	}
	return w;
}
