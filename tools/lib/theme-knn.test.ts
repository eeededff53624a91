import { describe, expect, test } from 'vitest';
import { knnVote, type KnnExample } from './theme-knn.ts';

const unit = (...xs: number[]) => {
	const norm = Math.hypot(...xs);
	return Float32Array.from(xs.map((x) => x / norm));
};
const examples: KnnExample[] = [
	{ vector: unit(1, 0, 0), y: 0 },
	{ vector: unit(0.9, 0.1, 0), y: 0 },
	{ vector: unit(0, 1, 0), y: 1 },
	{ vector: unit(0, 0.9, 0.1), y: 1 },
	{ vector: unit(0, 0, 1), y: 2 },
];

describe('knnVote', () => {
	test('the nearest examples carry the vote, and a lower temperature makes it surer', () => {
		const warm = knnVote(unit(1, 0.2, 0), examples, 3, { k: 3, tau: 0.5 });
		const cold = knnVote(unit(1, 0.2, 0), examples, 3, { k: 3, tau: 0.05 });
		expect(warm[0]).toBeGreaterThan(warm[1] ?? 1);
		expect(cold[0]).toBeGreaterThan(warm[0] ?? 1);
		expect(cold.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
	});

	test('only k neighbours vote: the far class keeps the floor alone', () => {
		const p = knnVote(unit(1, 0.2, 0), examples, 3, { k: 2, tau: 0.1 });
		expect(p[2]).toBeLessThan(0.01);
		expect(p[1]).toBeLessThan(0.01);
	});

	test('leave-one-out does not let an example vote for itself', () => {
		const lone: KnnExample[] = [
			{ vector: unit(0, 0, 1), y: 2 },
			{ vector: unit(0, 1, 0.5), y: 1 },
		];
		const p = knnVote(unit(0, 0, 1), lone, 3, { k: 1, tau: 0.1 }, 0);
		expect(p[1]).toBeGreaterThan(p[2] ?? 1);
	});
});
