import { afterEach, expect, test } from 'vitest';
import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import { sampleArticles } from '../eval/sample-articles.ts';
import { openEmbeddedBackend } from './embedded-backend.ts';
import { loadRankingConfig, type RankingConfig } from './ranking-config.ts';
import type { VectorSource } from './sync-index.ts';
import { articleToSearchDocuments, vectorText } from './to-search-document.ts';
import type { SearchBackend } from './types.ts';

// A stand-in for the sentence model with graded cosines to the query 调配 (which no sample holds):
// the 菏泽 cadre story is nearest, then two 枣庄 work-style stories, everything else is far.
const docs = sampleArticles().map((a) => articleToSearchDocuments(a).article);
const cosine: Record<string, number> = {
	'mudan-cadres': 0.95,
	'yicheng-style': 0.6,
	'zaozhuang-style': 0.5,
};
const byText = new Map(docs.map((d) => [vectorText(d), cosine[d.id] ?? 0]));
const graded: VectorSource = {
	modelId: 'test/graded',
	embed: (texts) =>
		Promise.resolve(
			texts.map((t) => {
				const c = byText.get(t);
				return new Float32Array(c === undefined ? [1, 0, 0] : [c, Math.sqrt(1 - c * c), 0]);
			}),
		),
};
const segmenter = createJiebaSegmenter();
const base = loadRankingConfig();
let backend: SearchBackend | undefined;

async function open(fusion: Partial<RankingConfig['fusion']>): Promise<SearchBackend> {
	const ranking = { ...base, fusion: { ...base.fusion, ...fusion } };
	backend = openEmbeddedBackend({ file: ':memory:', segmenter, embedder: graded, ranking });
	const vectors = await graded.embed(docs.map(vectorText));
	await backend.upsert('articles', docs, new Map(docs.map((d, k) => [d.id, vectors[k]!])));
	return backend;
}

afterEach(async () => {
	await backend?.close();
	backend = undefined;
});

test('地区筛选下仍找到全库最近邻之外的本地近邻，分面计数等于筛选后的总数', async () => {
	const search = await open({
		neighbours: 1,
		minSimilarity: 0.45,
		neighbourPool: 10,
		poolMinSimilarity: 0.3,
	});
	const all = await search.search('articles', { q: '调配', facets: ['city'] });
	expect(all.ranking).toBe('hybrid');
	expect(all.hits.map((h) => h.id)).toEqual(['mudan-cadres', 'yicheng-style', 'zaozhuang-style']);
	const zaozhuang = await search.search('articles', { q: '调配', filters: { region: ['370400'] } });
	expect(zaozhuang.hits.map((h) => h.id)).toEqual(['yicheng-style', 'zaozhuang-style']);
	expect(all.facets.city?.['370400']).toBe(zaozhuang.total);
});

test('近邻池的相似度下限决定谁能加入结果', async () => {
	const search = await open({
		neighbours: 1,
		minSimilarity: 0.45,
		neighbourPool: 10,
		poolMinSimilarity: 0.55,
	});
	const zaozhuang = await search.search('articles', { q: '调配', filters: { region: ['370400'] } });
	expect(zaozhuang.hits.map((h) => h.id)).toEqual(['yicheng-style']);
});
