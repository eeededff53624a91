import { LTR_FEATURES, type PreparedQuery } from './ltr-model.ts';

/**
 * A pairwise logistic fit (RankNet's loss on a linear scorer) of the learned fusion: for each
 * query the model reorders, every pair of candidates with different grades (unjudged: 0) adds
 * (gᵢ − gⱼ)·log(1 + e^−(sᵢ − sⱼ)), pairs averaged per query and queries per group; plus `lambda`
 * times the squared distance of the weights from the engine's own order (1 on `fused`). Minimised
 * by plain gradient descent over the `free` weights from that start.
 */
export function pairwiseLogistic(
	groups: readonly PreparedQuery[][],
	lambda: number,
	free: readonly number[] = LTR_FEATURES.map((_, i) => i),
	{ steps = 300, rate = 0.5 } = {},
): number[] {
	// A step the regulariser cannot overshoot: 2·lambda·rate stays below 1.
	const eta = rate / (1 + 2 * lambda * rate);
	const start: number[] = LTR_FEATURES.map((_, i) => (i === 0 ? 1 : 0));
	const w = [...start];
	const pairs = groups.map((g) =>
		g
			.filter((p) => p.learned)
			.map((p) => {
				const grade = p.query.candidates.map((c) => p.query.judgments[c.id] ?? 0);
				const out: [number[], number[], number][] = [];
				for (let i = 0; i < grade.length; i++)
					for (let j = 0; j < grade.length; j++)
						if (grade[i]! > grade[j]!) out.push([p.rows[i]!, p.rows[j]!, grade[i]! - grade[j]!]);
				return out;
			})
			.filter((ps) => ps.length > 0),
	);
	for (let step = 0; step < steps; step++) {
		const grad = w.map((x, i) => 2 * lambda * (x - start[i]!));
		for (const g of pairs)
			for (const ps of g) {
				const scale = 1 / (ps.length * g.length * groups.length);
				for (const [a, b, delta] of ps) {
					let margin = 0;
					for (let i = 0; i < w.length; i++) margin += w[i]! * (a[i]! - b[i]!);
					const pull = (-delta * scale) / (1 + Math.exp(margin));
					for (const i of free) grad[i] = grad[i]! + pull * (a[i]! - b[i]!);
				}
			}
		for (const i of free) w[i] = w[i]! - eta * grad[i]!;
	}
	return w;
}
