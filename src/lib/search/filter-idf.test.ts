import { afterAll, beforeAll, expect, test } from 'vitest';
import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import { sampleArticles } from '../eval/sample-articles.ts';
import { openEmbeddedBackend } from './embedded-backend.ts';
import { lexicalWeightInFilter } from './filter-idf.ts';
import type { VectorSource } from './sync-index.ts';
import { articleToSearchDocuments, vectorText } from './to-search-document.ts';
import type { SearchBackend } from './types.ts';

test('查询词几乎为筛选范围内每篇所有时，词序的权重随其在范围内的 IDF 降低', () => {
	// 11 of a region's 14 articles hold the words: they say little about which comes first.
	expect(lexicalWeightInFilter(1, 14, 11, 1.2)).toBeCloseTo(Math.log(1 + 3.5 / 11.5) / 1.2, 9);
	// 3 of 71: rare inside the region, the words keep their whole weight.
	expect(lexicalWeightInFilter(1, 71, 3, 1.2)).toBe(1);
	expect(lexicalWeightInFilter(1, 14, 11, 0)).toBe(1);
	expect(lexicalWeightInFilter(1, undefined, 11, 1.2)).toBe(1);
});

// A stand-in for the sentence model that orders the region's articles for the query 牡丹: the
// wildlife report nearest, the business-environment release next, the rest further (all within
// the fusion's cosine floor), so the fused order under the filter is known.
const topical: VectorSource = {
	modelId: 'test/topical',
	embed: (texts) =>
		Promise.resolve(
			texts.map((t) => {
				const v =
					/野生动物/u.test(t) || t === '牡丹'
						? [1, 0, 0.1]
						: /营商环境/u.test(t)
							? [0.6, 1, 0.1]
							: [0.4, 1, 0.1];
				const norm = Math.hypot(...v);
				return new Float32Array(v.map((x) => x / norm));
			}),
		),
};

const docs = sampleArticles().map((a) => articleToSearchDocuments(a).article);
const heze = docs.filter((d) => d.regionCodes.includes('371700'));
let lexical: SearchBackend;
let hybrid: SearchBackend;

beforeAll(async () => {
	const segmenter = createJiebaSegmenter();
	const vectors = await topical.embed(docs.map(vectorText));
	lexical = openEmbeddedBackend({ file: ':memory:', segmenter });
	hybrid = openEmbeddedBackend({ file: ':memory:', segmenter, embedder: topical });
	for (const backend of [lexical, hybrid])
		await backend.upsert('articles', docs, new Map(docs.map((d, k) => [d.id, vectors[k]!])));
});

afterAll(async () => {
	await lexical.close();
	await hybrid.close();
});

test('筛选菏泽市时“牡丹”篇篇都有（牡丹区、牡丹晚报）：排序交给向量，最近的野生动物报道居首', async () => {
	const filters = { region: ['371700'] };
	const words = await lexical.search('articles', { q: '牡丹', filters });
	// Every article of the region holds the query word; by words alone the wildlife report is not first.
	expect(words.total).toBe(heze.length);
	expect(words.hits[0]?.id).not.toBe('mudan-wildlife');
	const fused = await hybrid.search('articles', { q: '牡丹', filters });
	expect(fused.ranking).toBe('hybrid');
	expect(fused.hits.map((h) => h.id)).toHaveLength(heze.length);
	expect(fused.hits[0]?.id).toBe('mudan-wildlife');
});
