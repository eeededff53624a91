import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { QUERY_KINDS, readDevSet } from './dev-set.ts';

const dir = mkdtempSync(join(tmpdir(), 'jucuo-dev-set-'));
const write = (name: string, text: string) => {
	const file = join(dir, name);
	writeFileSync(file, text);
	return file;
};

describe('the committed search development set', () => {
	const set = readDevSet(join(import.meta.dirname, '../../../search-config/eval/search-dev.json'));
	test('has at least 80 queries, every kind in both splits', () => {
		expect(set.queries.length).toBeGreaterThanOrEqual(80);
		for (const kind of QUERY_KINDS)
			for (const split of ['tune', 'dev'])
				expect(set.queries.some((q) => q.kind === kind && q.split === split)).toBe(true);
	});
	test('region queries carry a region filter', () => {
		for (const q of set.queries.filter((q) => q.kind === 'region')) expect(q.region).toBeDefined();
	});
});

describe('readDevSet on bad input', () => {
	test('names the file and the field of a grade out of range', () => {
		const file = write(
			'bad-grade.json',
			JSON.stringify({
				slice: { seed: 's', quota: { 人民日报: 1 }, minChars: 0, leadChars: 10, domesticWeight: 1 },
				queries: [{ id: 'a', kind: 'keyword', split: 'tune', q: '营商环境', judgments: { x: 5 } }],
			}),
		);
		expect(() => readDevSet(file)).toThrow(/bad-grade\.json[\s\S]*queries\.0\.judgments\.x/u);
	});
	test('names the file when it is not JSON', () => {
		const file = write('broken.json', '{ "queries": [');
		expect(() => readDevSet(file)).toThrow(/broken\.json is not valid JSON/u);
	});
});
