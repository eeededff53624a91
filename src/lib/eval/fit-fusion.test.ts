import { describe, expect, test } from 'vitest';
import type { ThemeId } from '../schema/taxonomy.ts';
import { createRandom } from '../random.ts';
import {
	crossValidateFusion,
	fitAbstain,
	fitFusion,
	scoreFusion,
	scoreRules,
	type LabelledSignals,
} from './fit-fusion.ts';

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

describe('fitFusion settings', () => {
	test('a fit that keeps the classifier out of the theme set is still a valid themes.yaml setting', () => {
		// The model is sure of a theme the reader never gives: the best fit adds none of its themes.
		const items: LabelledSignals[] = Array.from({ length: 10 }, () => ({
			signals: {
				ruleThemes: ['cadre-rotation'] as ThemeId[],
				ruleScores: { 'cadre-rotation': 8 },
				titleScores: { 'cadre-rotation': 3 },
				leadScores: {},
				probabilities: new Map<ThemeId, number>([
					['ecology', 0.75],
					['cadre-rotation', 0.2],
				]),
			},
			primary: 'cadre-rotation',
			themes: ['cadre-rotation'] as ThemeId[],
		}));
		const fitted = fitFusion(items, 3);
		expect(scoreFusion(items, fitted)).toMatchObject({ primary: 1, f1: 1 });
		// themes.yaml takes a probability: at most 1.
		expect(fitted.minProbability).toBeGreaterThan(0.75);
		expect(fitted.minProbability).toBeLessThanOrEqual(1);
	});
});

const THEMES: ThemeId[] = ['rural-revitalization', 'cadre-rotation', 'ecology', 'livelihood'];

/**
 * Texts with random signals, labelled by a hidden mix of model, headline and rules that is not on
 * the grid; one in five labelled null.
 */
function randomItems(n: number, seed: number): LabelledSignals[] {
	const next = createRandom(seed);
	return Array.from({ length: n }, () => {
		const raw = THEMES.map(() => next() ** 2);
		const sum = raw.reduce((a, b) => a + b, 0);
		const scores = (k: number) =>
			Object.fromEntries(THEMES.filter(() => next() < k).map((t) => [t, Math.round(next() * 12)]));
		const ruleScores = scores(0.5);
		const titleScores = scores(0.2);
		const hidden = (t: ThemeId, i: number) =>
			Math.log((raw[i] ?? 0) / sum + 1e-6) +
			1.7 * Math.log1p(titleScores[t] ?? 0) +
			0.7 * Math.log1p(ruleScores[t] ?? 0);
		const best = THEMES.reduce((a, t, i) => (hidden(t, i) > hidden(a, THEMES.indexOf(a)) ? t : a));
		const primary = next() < 0.2 ? null : best;
		return {
			signals: {
				ruleThemes: THEMES.filter((t) => (ruleScores[t] ?? 0) >= 6),
				ruleScores,
				titleScores,
				leadScores: scores(0.3),
				probabilities: new Map(THEMES.map((t, i) => [t, (raw[i] ?? 0) / sum])),
			},
			primary,
			themes: primary ? [primary] : [],
		};
	});
}

describe('fitFusion on random signals', () => {
	test('no other setting scores a better primary accuracy than the fitted one', () => {
		const items = randomItems(300, 3);
		const fitted = scoreFusion(items, fitFusion(items, 3)).primary;

		const next = createRandom(9);
		const pick = (values: number[]) => values[Math.floor(next() * values.length)] ?? 0;
		for (let i = 0; i < 50; i++) {
			const other = {
				modelWeight: pick([0.25, 0.5, 1]),
				ruleWeight: pick([0, 0.5, 1, 2, 3, 4]),
				titleWeight: pick([0, 0.5, 1, 2, 3, 4]),
				leadWeight: pick([0, 0.5, 1, 2]),
				minProbability: pick([0.3, 0.5, 1.01]),
				abstainBelow: pick([0, 0.3]),
				maxThemes: 3,
			};
			expect(scoreFusion(items, other).primary).toBeLessThanOrEqual(fitted + 1e-12);
		}
	});
});

describe('fitAbstain', () => {
	const base = {
		modelWeight: 1,
		ruleWeight: 1,
		titleWeight: 0,
		leadWeight: 0,
		minProbability: 0.5,
		abstainBelow: 0,
		maxThemes: 3,
	};
	/** No rule theme, the model at `p`: the reader's label is `primary`. */
	const unsure = (p: number, primary: ThemeId | null): LabelledSignals => ({
		signals: {
			ruleThemes: [],
			ruleScores: {},
			titleScores: {},
			leadScores: {},
			probabilities: new Map<ThemeId, number>([
				['ecology', p],
				['livelihood', 1 - p],
			]),
		},
		primary,
		themes: primary ? [primary] : [],
	});

	test('abstains below the model probability that null labels sit under', () => {
		const items = [
			...Array.from({ length: 5 }, () => unsure(0.55, null)),
			...Array.from({ length: 3 }, () => unsure(0.8, 'ecology')),
		];
		expect(fitAbstain(items, base, [0, 0.3, 0.6, 0.9]).abstainBelow).toBe(0.6);
		expect(scoreFusion(items, fitAbstain(items, base, [0, 0.3, 0.6, 0.9])).primary).toBe(1);
	});

	test('keeps the lowest threshold when no text is labelled null', () => {
		const items = Array.from({ length: 4 }, () => unsure(0.55, 'ecology'));
		expect(fitAbstain(items, base, [0.6, 0, 0.3]).abstainBelow).toBe(0);
	});
});
