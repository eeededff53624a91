import { expect, test } from 'vitest';
import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import { sampleArticles } from '../eval/sample-articles.ts';
import { openEmbeddedBackend } from './embedded-backend.ts';
import { loadRankingConfig } from './ranking-config.ts';
import { articleToSearchDocuments } from './to-search-document.ts';
import type { FacetName } from './types.ts';

test('在内存里数的地区和主题分面与 SQL 数的完全相同（样例文章与措施）', async () => {
	const segmenter = createJiebaSegmenter();
	const ranking = loadRankingConfig();
	const open = (facetTableHits: number) =>
		openEmbeddedBackend({
			file: ':memory:',
			segmenter,
			ranking: { ...ranking, io: { ...ranking.io, facetTableHits } },
		});
	const inMemory = open(1);
	const bySql = open(1e9);
	const converted = sampleArticles().map(articleToSearchDocuments);
	for (const backend of [inMemory, bySql]) {
		await backend.upsert(
			'articles',
			converted.map((c) => c.article),
		);
		await backend.upsert(
			'measures',
			converted.flatMap((c) => c.measures),
		);
	}
	const facets: FacetName[] = ['province', 'city', 'county', 'region', 'theme', 'year'];
	let counted = 0;
	for (const collection of ['articles', 'measures'] as const)
		for (const q of ['干部', '发展', '作风建设', '企业 服务', '乡村']) {
			const params = { q, facets, hitsPerPage: 3 };
			const [a, b] = await Promise.all([
				inMemory.search(collection, params),
				bySql.search(collection, params),
			]);
			expect(a.facets).toEqual(b.facets);
			expect(a.hits.map((h) => h.id)).toEqual(b.hits.map((h) => h.id));
			counted += Object.keys(a.facets.region ?? {}).length;
		}
	expect(counted).toBeGreaterThan(10);
	await inMemory.close();
	await bySql.close();
});
