import { describe, expect, test } from 'vitest';
import { isWithin } from '../geo/gazetteer.ts';
import { judgedAt, regionCeiling, regionViolations, scoreRuns } from './score-runs.ts';

describe('judgedAt', () => {
	test('counts the judged share of the top 10, a 0 grade included', () => {
		expect(judgedAt(['a', 'b', 'c', 'd'], { a: 3, c: 0 })).toBe(0.5);
		expect(judgedAt([], { a: 3 })).toBe(1);
	});
});

describe('scoreRuns', () => {
	test('averages nDCG, recall and judged per system and group, leaving out a query with no grade ≥ 2', () => {
		const judgments = { a: 3, b: 2 };
		const scores = scoreRuns([
			{ system: '词', queryId: 'q1', groups: ['all', 'dev'], ranked: ['a', 'b'], judgments },
			{ system: '词', queryId: 'q2', groups: ['all'], ranked: ['x'], judgments },
			{ system: '词', queryId: 'q3', groups: ['all'], ranked: ['a'], judgments: { a: 1 } },
		]);
		expect(scores.get('词')!.get('dev')).toEqual({ queries: 1, ndcg: 1, recall: 1, judged: 1 });
		expect(scores.get('词')!.get('all')).toEqual({
			queries: 2,
			ndcg: 0.5,
			recall: 0.5,
			judged: 0.5,
		});
	});
});

describe('regionViolations', () => {
	test('under a 湖北 filter, a 武汉 article passes and a national or unknown one does not', () => {
		const regions: Record<string, string> = { wuhan: '420100', nation: '000000' };
		const bad = regionViolations(
			['wuhan', 'nation', 'ghost'],
			(id) => regions[id],
			(code) => isWithin(code, '420000'),
		);
		expect(bad).toEqual(['nation', 'ghost']);
	});
});

describe('regionCeiling', () => {
	test('湖北 filter: a relevant national article cannot be returned, so the best reachable is below 1', () => {
		const regions: Record<string, string> = {
			wuhan: '420100',
			yichang: '420500',
			nation: '000000',
		};
		const judgments = { wuhan: 3, nation: 3, yichang: 1 };
		const best = regionCeiling(
			judgments,
			(id) => regions[id],
			(code) => isWithin(code, '420000'),
		);
		// Ideal in-region order: 武汉 (3), 宜昌 (1); the ideal over all judged puts both grade 3 first.
		const ideal = 7 + 7 / Math.log2(3) + 1 / 2;
		expect(best.ndcg).toBeCloseTo((7 + 1 / Math.log2(3)) / ideal, 10);
		expect(best.recall).toBe(0.5);
	});

	test('every relevant article inside the filter: 1 and 1', () => {
		const best = regionCeiling(
			{ wuhan: 3, yichang: 2 },
			(id) => ({ wuhan: '420100', yichang: '420500' })[id],
			(code) => isWithin(code, '420000'),
		);
		expect(best).toEqual({ ndcg: 1, recall: 1 });
	});
});
