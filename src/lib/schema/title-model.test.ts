import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { searchConfigPath } from '../config-path.ts';
import { TITLE_FEATURES } from '../ingest/title-features.ts';
import { readTitleModel } from './title-model.ts';

const write = (data: unknown) => {
	const path = join(mkdtempSync(join(tmpdir(), 'title-model-')), 'title-model.json');
	writeFileSync(path, typeof data === 'string' ? data : JSON.stringify(data));
	return path;
};
const trees = { base: 0, trees: [[{ v: 0 }]] };

test('the shipped title model is valid and was trained on the features the code computes', () => {
	const model = readTitleModel(searchConfigPath('title-model.json'))!;
	expect(model.features).toEqual([...TITLE_FEATURES]);
	expect(model.boosted.trees.length).toBeGreaterThan(0);
});

test('a title model trained on other features is refused with the file and what to do', () => {
	const path = write({ features: ['chars'], boosted: trees, margin: 0, keepAbove: 1 });
	expect(() => readTitleModel(path)).toThrow(path);
	expect(() => readTitleModel(path)).toThrow(/train-title-model/);
});

test('a negative margin, or broken JSON, names the file', () => {
	const bad = write({ features: [...TITLE_FEATURES], boosted: trees, margin: -1, keepAbove: 1 });
	expect(() => readTitleModel(bad)).toThrow(bad);
	const broken = write('{ "features": [');
	expect(() => readTitleModel(broken)).toThrow(/not valid JSON/);
});

test('no title model file means no model: the rules read headlines alone', () => {
	expect(readTitleModel(join(tmpdir(), 'no-such-dir', 'title-model.json'))).toBeUndefined();
});
