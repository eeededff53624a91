import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { loadMeilisearchConfig } from './config.ts';

const write = (text: string) => {
	const file = join(
		mkdtempSync(join(tmpdir(), 'jucuo-meili-config-')),
		'meilisearch.settings.json',
	);
	writeFileSync(file, text);
	return file;
};

test('the shipped configuration is valid', () => {
	expect(loadMeilisearchConfig().matchingStrategy).toBe('frequency');
});

test('a wrong field is reported with the file and the field', () => {
	const shipped = loadMeilisearchConfig();
	const file = write(
		JSON.stringify({ ...shipped, maxValuesPerFacet: 100, matchingStrategy: 'any' }),
	);
	expect(() => loadMeilisearchConfig(file)).toThrow(file);
	expect(() => loadMeilisearchConfig(file)).toThrow(/maxValuesPerFacet/u);
	expect(() => loadMeilisearchConfig(file)).toThrow(/matchingStrategy/u);
});

test('a file that is not JSON names the file', () => {
	const file = write('{ "searchableAttributes": ');
	expect(() => loadMeilisearchConfig(file)).toThrow(new RegExp(`${file}.*not valid JSON`, 'u'));
});
