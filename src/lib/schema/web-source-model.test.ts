import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { WEB_SOURCE_FEATURES } from '../ingest/web-source-features.ts';
import { readWebSourceModel } from './web-source-model.ts';

const write = (data: unknown) => {
	const path = join(mkdtempSync(join(tmpdir(), 'web-source-model-')), 'web-source-model.json');
	writeFileSync(path, JSON.stringify(data));
	return path;
};
const trees = { base: 0, trees: [[{ v: 0 }]] };

test('a web source model trained on other features is refused with the file and what to do', () => {
	const path = write({ features: ['chars'], boosted: trees, margin: 0, keepAbove: 1 });
	expect(() => readWebSourceModel(path)).toThrow(path);
	expect(() => readWebSourceModel(path)).toThrow(/train-web-source/);
});

test('a negative margin names the file', () => {
	const bad = write({
		features: [...WEB_SOURCE_FEATURES],
		boosted: trees,
		margin: -1,
		keepAbove: 1,
	});
	expect(() => readWebSourceModel(bad)).toThrow(bad);
});

test('a valid file is read, and no file means the rules alone', () => {
	const good = write({
		features: [...WEB_SOURCE_FEATURES],
		boosted: trees,
		margin: 1,
		keepAbove: 0,
	});
	expect(readWebSourceModel(good)?.margin).toBe(1);
	expect(
		readWebSourceModel(join(tmpdir(), 'no-such-dir', 'web-source-model.json')),
	).toBeUndefined();
});
