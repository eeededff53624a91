import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import { openEmbeddedBackend } from '../search/embedded-backend.ts';
import { sampleArticles } from '../eval/sample-articles.ts';
import { upsertArticles } from '../search/upsert-articles.ts';
import type { SearchBackend } from '../search/types.ts';
import { THEME_IDS } from '../schema/taxonomy.ts';
import type { Article } from '../schema/release.ts';
import { countByRegion, countSlice, themesByCount } from './counts.ts';
import { buildMatrix } from './matrix.ts';

let dir = '';
let backend: SearchBackend;
let corpus: Article[] = [];

// The sample articles (real text, hand-tagged), plus two cases the counts must get right: a
// national release (000000) and a measure whose theme its article does not carry.
beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'jucuo-counts-'));
	backend = openEmbeddedBackend({ dataDir: dir, segmenter: createJiebaSegmenter() });
	const samples = sampleArticles();
	const baoan = samples.find((a) => a.id === 'baoan-cadres');
	const yicheng = samples.find((a) => a.id === 'yicheng-style');
	if (!baoan || !yicheng) throw new Error('sample articles changed');
	corpus = [
		...samples.filter((a) => a !== yicheng),
		{ ...baoan, id: 'national-copy', region: '000000', regions: ['000000'] },
		{
			...yicheng,
			measures: yicheng.measures.map((m) => ({ ...m, themes: ['discipline' as const] })),
		},
	];
	await upsertArticles(backend, corpus);
}, 60_000);

afterAll(async () => {
	await backend.close();
	rmSync(dir, { recursive: true, force: true });
});

test('the corpus totals are distinct articles and measures', async () => {
	const all = await countSlice(backend);
	expect(all.articles).toBe(corpus.length);
	expect(all.measures).toBe(corpus.reduce((n, a) => n + a.measures.length, 0));
});

test('山东 counts agree between the region page, the matrix total and the province breakdown', async () => {
	const shandong = await countSlice(backend, { region: ['370000'] });
	const provinces = await countByRegion(backend, 'articles', 'province');
	const perTheme = await Promise.all(
		THEME_IDS.map(async (theme) => ({
			theme,
			counts: await countByRegion(backend, 'articles', 'province', { theme: [theme] }),
		})),
	);
	const matrix = buildMatrix(perTheme, provinces, undefined);
	const row = matrix.rows.find((r) => r.code === '370000');
	const inShandong = corpus.filter((a) => a.regions.some((c) => c.startsWith('37')));
	expect(shandong.articles).toBe(inShandong.length);
	expect(provinces['370000']).toBe(shandong.articles);
	expect(row?.total).toBe(shandong.articles);
	// Articles with two themes sit in two cells: the sum of the cells is larger than the total.
	expect(row?.counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(shandong.articles);
});

test('national (000000) items get a 全国 row of their own in the matrix', async () => {
	const provinces = await countByRegion(backend, 'articles', 'province');
	const national = await countSlice(backend, { region: ['000000'] });
	expect(national.articles).toBe(1);
	expect(provinces['000000']).toBe(national.articles);
	const matrix = buildMatrix([], provinces, undefined);
	expect(matrix.rows[0]?.code).toBe('000000');
});

test('a theme that has measures but no articles in 峄城区 is still listed with its measures', async () => {
	const yicheng = await countSlice(backend, { region: ['370404'] });
	const themes = Object.fromEntries(themesByCount(yicheng));
	expect(themes['discipline']?.articles).toBe(0);
	expect(themes['discipline']?.measures).toBeGreaterThan(0);
	expect(themes['cadre-work-style']?.articles).toBe(1);
});
