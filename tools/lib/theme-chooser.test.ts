import { describe, expect, test } from 'vitest';
import type { ThemeId } from '../../src/lib/schema/taxonomy.ts';
import { candidateRows, choose, fitConditionalLogit, type ChoiceSet } from './theme-chooser.ts';

describe('fitConditionalLogit', () => {
	test('learns to pick the candidate whose first feature is larger', () => {
		// Two candidates per set; the right one has the larger first feature, the second is noise.
		const sets: ChoiceSet[] = [];
		for (let i = 0; i < 40; i++) {
			const a = (i % 7) / 7;
			const b = ((i * 3) % 5) / 5;
			sets.push({
				rows: [
					[a + 0.5, b],
					[a, 1 - b],
				],
				answer: 0,
			});
		}
		// A few sets the other way round, so the weight stays finite.
		sets.push({
			rows: [
				[0.2, 0],
				[0.6, 0],
			],
			answer: 1,
		});
		const w = fitConditionalLogit(sets, 0.01);
		expect(w[0]).toBeGreaterThan(1);
		expect(
			choose(
				[
					[0.9, 0],
					[0.1, 0],
				],
				w,
			),
		).toBe(0);
	});

	test('ignores a set whose right answer is not among its candidates', () => {
		const w = fitConditionalLogit([{ rows: [[1], [0]], answer: -1 }], 1);
		expect(w).toEqual([0]);
	});
});

describe('candidateRows', () => {
	test('gives each scored theme the fusion terms, the top flags and the national copies', () => {
		const signals = {
			ruleThemes: ['discipline'] as ThemeId[],
			ruleScores: { discipline: 6 },
			titleScores: {},
			leadScores: { discipline: 3 },
			probabilities: new Map<ThemeId, number>([
				['discipline', 0.3],
				['party-building', 0.7],
			]),
		};
		const { themes, rows } = candidateRows(signals, true, { tops: true, scope: true });
		expect(themes).toEqual(['discipline', 'party-building']);
		expect(rows[0]?.slice(4, 6)).toEqual([1, 0]);
		expect(rows[1]?.slice(4, 6)).toEqual([0, 1]);
		expect(rows[0]?.[1]).toBeCloseTo(Math.log(7), 9);
		expect(rows[0]?.slice(6)).toEqual(rows[0]?.slice(0, 4));
		const local = candidateRows(signals, false, { tops: false, scope: true });
		expect(local.rows[1]?.slice(4)).toEqual([0, 0, 0, 0]);
	});
});
