import { expect, test } from 'vitest';
import { articleFold, pickThreshold, tally } from './measure-examples.ts';

const rows = [
	{ p: 0.9, measure: true },
	{ p: 0.8, measure: true },
	{ p: 0.7, measure: false },
	{ p: 0.6, measure: true },
	{ p: 0.2, measure: false },
	{ p: undefined, measure: true },
];

test('tally counts a clause without a probability as dropped', () => {
	expect(tally(rows, 0.5)).toEqual({ tp: 3, fp: 1, fn: 1 });
});

test('pickThreshold takes the best F1 whose precision is at least the recall', () => {
	// 0.6: P 3/4, R 3/4 (F1 0.75); 0.8: P 1, R 1/2 (F1 0.67); 0.2 gives P 3/5 < R 3/4.
	expect(pickThreshold(rows, 1)).toBe(0.6);
	// Precision at least twice the recall leaves 0.8 (P 1, R 1/2) and 0.9 (P 1, R 1/4): 0.8 has the better F1.
	expect(pickThreshold(rows, 2)).toBe(0.8);
});

test('articleFold puts every clause of one article in one fold, spread over all folds', () => {
	expect(articleFold('rmrb-20200107-20-03', 5)).toBe(articleFold('rmrb-20200107-20-03', 5));
	const folds = new Set(Array.from({ length: 100 }, (_, i) => articleFold(`xwlb-${i}`, 5)));
	expect(folds.size).toBe(5);
});
