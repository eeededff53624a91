import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { THEME_IDS } from './taxonomy.ts';
import { compileThemeModel, readThemeModel } from './theme-model.ts';
import { ThemeModelError } from '../errors.ts';
import { readThemeTraining } from './theme-training.ts';

const root = join(import.meta.dirname, '../../..');
const small = {
	about: 'test',
	features: { titleWeight: 1, maxChars: 100, leadChars: 10, leadWeight: 1 },
	classes: ['talent', 'ecology'],
	bias: [0, 0],
	bigrams: '人才',
	titleBigrams: '生态',
	weights: Buffer.from(Int8Array.from([100, -100, -50, 50]).buffer).toString('base64'),
	scale: 0.01,
};

describe('theme model file', () => {
	test('search-config/theme-model.json loads, with a row for every taxonomy theme', () => {
		const model = readThemeModel(join(root, 'search-config/theme-model.json'));
		expect(model?.classes.slice().sort()).toEqual([...THEME_IDS].sort());
		expect(model?.matrix.length).toBeGreaterThan(1000 * THEME_IDS.length);
	});

	test('a missing file means no model, not an error', () => {
		expect(readThemeModel(join(tmpdir(), 'no-such-theme-model.json'))).toBeUndefined();
	});

	test('unpacks int8 weights with their scale', () => {
		const model = compileThemeModel(small);
		expect(Array.from(model.matrix, (q) => model.levels[q + 128])).toEqual([1, -1, -0.5, 0.5]);
	});

	test('names the file and the field when the weights do not fit the bigrams', () => {
		const dir = mkdtempSync(join(tmpdir(), 'jucuo-theme-model-'));
		const path = join(dir, 'theme-model.json');
		writeFileSync(path, JSON.stringify({ ...small, bigrams: '人才干部' }));
		try {
			expect(() => readThemeModel(path)).toThrow(ThemeModelError);
			expect(() => readThemeModel(path)).toThrow(
				/theme-model\.json.*\*\*weights\*\*: needs 6 bytes/su,
			);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('search-config/theme-training.json', () => {
	test('is valid, and the shipped model was built with its feature settings', () => {
		const training = readThemeTraining(join(root, 'search-config/theme-training.json'));
		const model = readThemeModel(join(root, 'search-config/theme-model.json'));
		expect(model?.features).toEqual(training.features);
	});
});
