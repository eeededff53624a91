import { expect, test } from 'vitest';
import { parseWithFriendlyErrors } from '../schema/friendly-errors.ts';
import { MEASURE_POINTS, MeasurePointsSchema } from './measure-points.ts';

test('the bundled measure-points.json needs more points than an action alone gives', () => {
	expect(MEASURE_POINTS.minScore).toBeGreaterThan(MEASURE_POINTS.strongAction);
	expect(MEASURE_POINTS.minLength).toBeLessThan(MEASURE_POINTS.maxLength);
});

test('a shortest clause longer than the longest is rejected naming the file and the field', () => {
	expect(() =>
		parseWithFriendlyErrors(
			MeasurePointsSchema,
			{ ...MEASURE_POINTS, minLength: 400, maxLength: 320 },
			'search-config/measure-points.json',
		),
	).toThrow(/measure-points\.json[\s\S]*minLength[\s\S]*longer than maxLength/);
});
