import { expect, test } from 'vitest';
import { ndcgAt, recallAt } from './relevance-metrics.ts';

test('a perfect ranking scores nDCG 1 and recall 1', () => {
	const judged = { a: 3, b: 2, c: 0 };
	expect(ndcgAt(['a', 'b', 'c'], judged)).toBeCloseTo(1);
	expect(recallAt(['a', 'b'], judged)).toBe(1);
});

test('a reversed ranking scores less and a miss lowers recall', () => {
	const judged = { a: 3, b: 2, c: 1 };
	expect(ndcgAt(['c', 'b', 'a'], judged)).toBeLessThan(0.8);
	expect(recallAt(['a', 'x'], judged)).toBe(0.5);
});
