import { expect, test } from 'vitest';
import { barWidth, byCount } from './counts.ts';

test('orders 山东省 before 广东省 by article count and breaks ties by code', () => {
	const counts = { '440000': 2, '370000': 5, '110000': 2, '320000': 1 };
	expect(byCount(counts)).toEqual([
		['370000', 5],
		['110000', 2],
		['440000', 2],
		['320000', 1],
	]);
	expect(byCount(counts, 2)).toEqual([
		['370000', 5],
		['110000', 2],
	]);
	expect(byCount(undefined)).toEqual([]);
});

test('sizes bars against the largest count, never dividing by zero', () => {
	expect(barWidth(5, [5, 2, undefined], 5)).toBe(5);
	expect(barWidth(2, [5, 2], 4)).toBe(2);
	expect(barWidth(0, [0, 0], 5)).toBe(0);
});
