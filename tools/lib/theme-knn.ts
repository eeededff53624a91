import type { ThemeId } from '../../src/lib/schema/taxonomy.ts';

/** A labelled passage vector: what the nearest-neighbour vote draws on. */
export interface KnnExample {
	vector: Float32Array;
	/** Index of the theme among the classes. */
	y: number;
}

/** How many neighbours vote and how sharply their similarity weighs. */
export interface KnnSettings {
	k: number;
	/** Temperature: a neighbour at cosine `s` votes `exp((s − 1) / tau)`. */
	tau: number;
}

/**
 * Theme probabilities of `vector` from its `k` nearest examples (cosine of unit vectors), each
 * voting `exp((s − 1) / tau)` for its theme, over a floor of 1e-3 per class; `skip` leaves one
 * example out (leave-one-out on the examples themselves).
 */
export function knnVote(
	vector: Float32Array,
	examples: readonly KnnExample[],
	classes: number,
	settings: KnnSettings,
	skip = -1,
): Float64Array {
	const sims: { y: number; dot: number }[] = [];
	examples.forEach((e, i) => {
		if (i === skip) return;
		let dot = 0;
		for (let j = 0; j < e.vector.length; j++) dot += (e.vector[j] ?? 0) * (vector[j] ?? 0);
		sims.push({ y: e.y, dot });
	});
	sims.sort((a, b) => b.dot - a.dot);
	const p = new Float64Array(classes).fill(1e-3);
	for (const s of sims.slice(0, settings.k))
		p[s.y] = (p[s.y] ?? 0) + Math.exp((s.dot - 1) / settings.tau);
	const sum = p.reduce((a, b) => a + b, 0);
	return p.map((x) => x / sum);
}

/** Probabilities as the fusion reads them: theme id → probability. */
export const probabilityMap = (
	classes: readonly ThemeId[],
	p: ArrayLike<number>,
): Map<ThemeId, number> => new Map(classes.map((id, c) => [id, p[c] ?? 0]));
