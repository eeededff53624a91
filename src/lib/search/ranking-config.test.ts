import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { loadRankingConfig } from './ranking-config.ts';

const dir = mkdtempSync(join(tmpdir(), 'jucuo-ranking-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the shipped search-config/ranking.json is valid', () => {
	const config = loadRankingConfig();
	expect(config.fieldWeights.articles[0]).toBeGreaterThan(config.fieldWeights.articles[2]);
});

test('a bad value is reported with the file and the field', () => {
	const file = join(dir, 'ranking.json');
	const good = loadRankingConfig();
	writeFileSync(file, JSON.stringify({ ...good, k1: -1 }));
	expect(() => loadRankingConfig(file)).toThrow(/ranking\.json[\s\S]*k1/u);
});

test('a file that is not JSON names the file', () => {
	const file = join(dir, 'broken.json');
	writeFileSync(file, '{ "k1": ');
	expect(() => loadRankingConfig(file)).toThrow(/broken\.json/u);
});

test('a store level the codec does not have is reported with the file and the field', () => {
	const file = join(dir, 'store.json');
	const good = loadRankingConfig();
	writeFileSync(
		file,
		JSON.stringify({ ...good, store: { codec: 'brotli', level: 15, dictionaryKb: 0 } }),
	);
	expect(() => loadRankingConfig(file)).toThrow(
		/store\.json[\s\S]*store\.level[\s\S]*brotli 0–11/u,
	);
	writeFileSync(
		file,
		JSON.stringify({ ...good, store: { codec: 'lz4', level: 1, dictionaryKb: 0 } }),
	);
	expect(() => loadRankingConfig(file)).toThrow(/store\.codec/u);
});

test('a query limit that is not a positive count is named with the file and the key', () => {
	const file = join(dir, 'limits.json');
	const good = loadRankingConfig();
	writeFileSync(file, JSON.stringify({ ...good, limits: { ...good.limits, snippetChars: -120 } }));
	expect(() => loadRankingConfig(file)).toThrow(/limits\.json[\s\S]*limits\.snippetChars/u);
});
