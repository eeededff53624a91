import { describe, expect, test } from 'vitest';
import { planBatches } from './batching.ts';

describe('planBatches', () => {
	test('sorts by length and fills batches up to the batch size', () => {
		expect(planBatches([30, 10, 20, 40], 2, Infinity)).toEqual([
			[1, 2],
			[0, 3],
		]);
	});

	test('closes a batch when texts × longest would pass the character budget', () => {
		// 498 + [CLS]/[SEP] = 500 per passage: two fit in 1000, three would not.
		expect(planBatches([498, 498, 498, 10], 16, 1000)).toEqual([
			[3, 0],
			[1, 2],
		]);
	});

	test('keeps a text longer than the budget as a batch of its own', () => {
		expect(planBatches([5000, 10], 16, 100)).toEqual([[1], [0]]);
	});

	test('covers every index exactly once', () => {
		const lengths = Array.from({ length: 100 }, (_, i) => (i * 37) % 300);
		const batches = planBatches(lengths, 8, 1024);
		expect(batches.flat().sort((a, b) => a - b)).toEqual(lengths.map((_, i) => i));
		expect(batches.every((batch) => batch.length <= 8)).toBe(true);
		expect(planBatches([], 8, 1024)).toEqual([]);
	});
});
