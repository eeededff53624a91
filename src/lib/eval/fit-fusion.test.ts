import { describe, expect, test } from 'vitest';
import type { ThemeId } from '../schema/taxonomy.ts';
import { crossValidateFusion, fitFusion, scoreRules, type LabelledSignals } from './fit-fusion.ts';

/** Texts whose headline names the reader's theme while the body and the model lean elsewhere. */
function headlineLed(n: number): LabelledSignals[] {
	return Array.from({ length: n }, () => ({
		signals: {
			ruleThemes: ['rural-revitalization', 'cadre-rotation'] as ThemeId[],
			ruleScores: { 'rural-revitalization': 20, 'cadre-rotation': 8 },
			titleScores: { 'cadre-rotation': 3 },
			leadScores: {},
			probabilities: new Map<ThemeId, number>([
				['rural-revitalization', 0.6],
				['cadre-rotation', 0.2],
			]),
		},
		primary: 'cadre-rotation',
		themes: ['cadre-rotation', 'rural-revitalization'] as ThemeId[],
	}));
}

describe('fitFusion', () => {
	test('learns to weigh the headline when the labels follow it', () => {
		const items = headlineLed(10);
		expect(scoreRules(items).primary).toBe(0);
		expect(fitFusion(items, 3).titleWeight).toBeGreaterThan(0);
		const cv = crossValidateFusion(items, 5, 3);
		expect(cv.primary).toBe(1);
		expect(cv.folds).toHaveLength(5);
	});
});
