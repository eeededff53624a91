import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { searchConfigPath } from '../config-path.ts';
import { STORY_FEATURES } from '../ingest/story-features.ts';
import { readStoryModel } from './story-model.ts';

const write = (data: unknown) => {
	const path = join(mkdtempSync(join(tmpdir(), 'story-model-')), 'story-model.json');
	writeFileSync(path, typeof data === 'string' ? data : JSON.stringify(data));
	return path;
};

test('the shipped model is valid and was trained on the features the code computes', () => {
	const model = readStoryModel(searchConfigPath('story-model.json'))!;
	expect(model.features).toEqual([...STORY_FEATURES]);
	expect(model.threshold).toBeGreaterThan(0);
});

test('a model trained on other features is refused with the file and what to do', () => {
	const path = write({ features: ['length'], weights: [1], bias: 0, threshold: 0.5 });
	expect(() => readStoryModel(path)).toThrow(path);
	expect(() => readStoryModel(path)).toThrow(/train-story-model/);
});

test('weights that do not match the features, or broken JSON, name the file', () => {
	const uneven = write({ features: [...STORY_FEATURES], weights: [1], bias: 0, threshold: 0.5 });
	expect(() => readStoryModel(uneven)).toThrow(uneven);
	const broken = write('{ "features": [');
	expect(() => readStoryModel(broken)).toThrow(/not valid JSON/);
});

test('no model file means no model: the rules split alone', () => {
	expect(readStoryModel(join(tmpdir(), 'no-such-dir', 'story-model.json'))).toBeUndefined();
});
