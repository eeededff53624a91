import { describe, expect, it } from 'vitest';
import { median, pairedRatio, spreadOf } from './bench-stats.ts';

describe('median', () => {
	it('takes the middle of an odd count whatever the order', () => {
		expect(median([9.1, 4.2, 5.0])).toBe(5.0);
	});
	it('averages the two middle values of an even count', () => {
		expect(median([8, 2, 6, 4])).toBe(5);
	});
	it('refuses an empty list', () => {
		expect(() => median([])).toThrow(RangeError);
	});
});

describe('spreadOf', () => {
	it('gives median, minimum and maximum', () => {
		expect(spreadOf([4.1, 8.3, 5.2])).toEqual({ median: 5.2, min: 4.1, max: 8.3 });
	});
});

describe('pairedRatio', () => {
	it('divides the medians and spans the per-round ratios', () => {
		// Round 3 ran under load on both sides: its own ratio stays between the others.
		const ratio = pairedRatio([10, 12, 20], [5, 5, 9]);
		expect(ratio.median).toBeCloseTo(12 / 5);
		expect(ratio.min).toBeCloseTo(10 / 5);
		expect(ratio.max).toBeCloseTo(12 / 5);
	});
	it('refuses sides with different numbers of rounds', () => {
		expect(() => pairedRatio([1, 2], [1])).toThrow(/as many measurements/);
	});
});
