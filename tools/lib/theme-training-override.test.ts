import { describe, expect, test } from 'vitest';
import { readThemeTraining } from '../../src/lib/schema/theme-training.ts';
import { PROJECT_ROOT } from './project.ts';
import { overrideTraining } from './theme-training-override.ts';

const read = () => readThemeTraining(`${PROJECT_ROOT}/search-config/theme-training.json`);

describe('overrideTraining', () => {
	test('changes the named numeric settings and nothing else', () => {
		const training = read();
		overrideTraining(training, ['gold.weight=30', 'sgd.epochs=12']);
		expect(training.gold.weight).toBe(30);
		expect(training.sgd.epochs).toBe(12);
		expect(training.sgd.seed).toBe(read().sgd.seed);
	});

	test('refuses a setting that is not a number, or no number', () => {
		expect(() => overrideTraining(read(), ['labels.file=x'])).toThrow(/labels\.file=x/u);
		expect(() => overrideTraining(read(), ['gold.weight='])).toThrow(/gold\.weight=/u);
		expect(() => overrideTraining(read(), ['gold.wieght=3'])).toThrow(/numeric setting/u);
	});
});
