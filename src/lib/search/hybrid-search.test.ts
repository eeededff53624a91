import { afterAll, beforeAll, expect, test } from 'vitest';
import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import { openEmbeddedBackend } from './embedded-backend.ts';
import { loadRankingConfig } from './ranking-config.ts';
import { vectorText } from './to-search-document.ts';
import type { VectorSource } from './sync-index.ts';
import { sampleArticles } from '../eval/sample-articles.ts';
import { articleToSearchDocuments } from './to-search-document.ts';
import type { ArticleSearchDocument, SearchBackend } from './types.ts';

// A stand-in for the sentence model: texts about work style (作风, or the query word 调配)
// point one way, everything else another, so a query sharing no word with them finds them.
const topical: VectorSource = {
	modelId: 'test/topical',
	embed: (texts) =>
		Promise.resolve(
			texts.map((t) => {
				const v = /作风|调配/u.test(t) ? [1, 0, 0.1] : [0, 1, 0.1];
				const norm = Math.hypot(...v);
				return new Float32Array(v.map((x) => x / norm));
			}),
		),
};

const segmenter = createJiebaSegmenter();
const docs: ArticleSearchDocument[] = sampleArticles().map(
	(a) => articleToSearchDocuments(a).article,
);
const workStyle = docs.filter((d) => /作风/u.test(vectorText(d))).map((d) => d.id);
const embedded = await topical.embed(docs.map(vectorText));
let lexical: SearchBackend;
let hybrid: SearchBackend;

beforeAll(async () => {
	lexical = openEmbeddedBackend({ file: ':memory:', segmenter });
	hybrid = openEmbeddedBackend({ file: ':memory:', segmenter, embedder: topical });
	for (const backend of [lexical, hybrid])
		await backend.upsert('articles', docs, new Map(docs.map((d, k) => [d.id, embedded[k]!])));
});

afterAll(async () => {
	await lexical.close();
	await hybrid.close();
});

test('无模型时按词检索并标明 lexical', async () => {
	const result = await lexical.search('articles', { q: '调配' });
	expect(result.ranking).toBe('lexical');
	expect(result.total).toBe(0);
});

test('调配 经向量找到谈作风的文章，总数与分面计数一致', async () => {
	expect(workStyle.length).toBeGreaterThan(0);
	const result = await hybrid.search('articles', { q: '调配', facets: ['province'] });
	expect(result.ranking).toBe('hybrid');
	expect(new Set(result.hits.map((h) => h.id))).toEqual(new Set(workStyle));
	expect(result.total).toBe(result.hits.length);
	const shandong = docs.filter((d) => workStyle.includes(d.id) && d.regionCodes.includes('370000'));
	expect(result.facets.province?.['370000'] ?? 0).toBe(shandong.length);
});

test('只凭语义找到、不含检索词的结果标为 meaning，含词的不标', async () => {
	const byMeaning = await hybrid.search('articles', { q: '调配' });
	expect(byMeaning.hits.length).toBeGreaterThan(0);
	expect(byMeaning.hits.every((h) => h.match === 'meaning')).toBe(true);
	const byWord = await hybrid.search('articles', { q: '作风' });
	expect(byWord.ranking).toBe('hybrid');
	expect(byWord.hits.length).toBeGreaterThan(0);
	expect(byWord.hits.filter((h) => h.match === 'meaning')).toEqual([]);
});

test('向量近邻只取筛选范围内的文档', async () => {
	const result = await hybrid.search('articles', { q: '调配', filters: { region: ['370400'] } });
	const zaozhuang = docs.filter(
		(d) => workStyle.includes(d.id) && d.regionCodes.includes('370400'),
	);
	expect(zaozhuang.length).toBeGreaterThan(0);
	expect(zaozhuang.length).toBeLessThan(workStyle.length);
	expect(result.hits.map((h) => h.id).sort()).toEqual(zaozhuang.map((d) => d.id).sort());
});

test('按日期排序不用向量', async () => {
	expect((await hybrid.search('articles', { q: '调配', sort: 'date-desc' })).ranking).toBe(
		'lexical',
	);
});

test('引号短语：向量只在同一层内调整次序，不添文档，原文命中仍在前', async () => {
	// Vectors weighted far above words inside the tiers, so their order shows.
	const ranking = loadRankingConfig();
	const leaning = openEmbeddedBackend({
		file: ':memory:',
		segmenter,
		embedder: topical,
		ranking: { ...ranking, fusion: { ...ranking.fusion, phraseSemanticWeight: 20 } },
	});
	await leaning.upsert('articles', docs, new Map(docs.map((d, k) => [d.id, embedded[k]!])));
	const words = await lexical.search('articles', { q: '“干部”', hitsPerPage: 50 });
	const fused = await leaning.search('articles', { q: '“干部”', hitsPerPage: 50 });
	await leaning.close();
	expect(fused.ranking).toBe('hybrid');
	expect(new Set(fused.hits.map((h) => h.id))).toEqual(new Set(words.hits.map((h) => h.id)));
	const exact = fused.hits.filter((h) => h.match === 'exact').map((h) => h.id);
	expect(exact.length).toBeGreaterThan(workStyle.length);
	expect(fused.hits.slice(0, exact.length).map((h) => h.id)).toEqual(exact);
	// Inside the exact tier the documents the vectors favour (the query's vector points away from
	// 作风) come first, which the words alone do not do.
	const favoured = exact.filter((id) => !workStyle.includes(id));
	expect(favoured.length).toBeGreaterThan(0);
	expect(new Set(exact.slice(0, favoured.length))).toEqual(new Set(favoured));
	const lexicalExact = words.hits.filter((h) => h.match === 'exact').map((h) => h.id);
	expect(new Set(lexicalExact.slice(0, favoured.length))).not.toEqual(new Set(favoured));
});

test('similar 用同一向量矩阵，排除自身并遵守筛选', async () => {
	const self = workStyle[0]!;
	const result = await hybrid.similar('articles', self, { limit: 3 });
	expect(result.method).toBe('embedding');
	expect(result.hits.map((h) => h.id)).not.toContain(self);
	expect(workStyle).toContain(result.hits[0]!.id);
	const elsewhere = await hybrid.similar('articles', self, {
		filters: { excludeRegion: ['370000'] },
	});
	expect(elsewhere.hits.every((h) => !h.document.regionCodes.includes('370000'))).toBe(true);
});

test('没有文章含全部检索词时，只含部分词的词法结果按覆盖度让位于向量近邻（调配 野生动物）', async () => {
	const wildlife = docs.find((d) => d.title.includes('野生动物'))!.id;
	const rank = async (lexicalCoverageExponent: number) => {
		const backend = openEmbeddedBackend({
			file: ':memory:',
			segmenter,
			embedder: topical,
			// Coverage alone: the vectors' second look (`feedback`) would lift the neighbours too.
			hybrid: {
				lexicalCoverageExponent,
				feedback: { docs: 0, weight: 0, semanticWeight: 0, minDocs: 1 },
			},
		});
		await backend.upsert('articles', docs, new Map(docs.map((d, k) => [d.id, embedded[k]!])));
		const result = await backend.search('articles', { q: '调配 野生动物' });
		await backend.close();
		return result.hits.map((h) => h.id);
	};
	// No text holds 调配: the one holding 野生动物 covers part of the query only.
	expect((await rank(0)).indexOf(wildlife)).toBeLessThan(2);
	const weighted = await rank(2);
	expect(weighted.slice(0, workStyle.length).sort()).toEqual([...workStyle].sort());
	expect(weighted.indexOf(wildlife)).toBe(workStyle.length);
});

test('向量反馈：没有文章含全部词的短查询，经首批近邻找到与它们相近、离查询本身较远的文章（调配 野生动物）', async () => {
	// Work style lies at cosine 0.6 from the query; 陵城's frontline cadres at 0.4 (below
	// minSimilarity, in the pool only) but close to work style; everything else far from both.
	const layered: VectorSource = {
		modelId: 'test/layered',
		embed: (texts) =>
			Promise.resolve(
				texts.map((t) => {
					const v = /调配/u.test(t)
						? [1, 0, 0]
						: /作风/u.test(t)
							? [0.6, 0.8, 0]
							: /陵城/u.test(t)
								? [0.4, 0.9, 0.17]
								: [0, 0, 1];
					const norm = Math.hypot(...v);
					return new Float32Array(v.map((x) => x / norm));
				}),
			),
	};
	const vectors = await layered.embed(docs.map(vectorText));
	const frontline = docs.find((d) => /陵城/u.test(vectorText(d)) && !workStyle.includes(d.id))!.id;
	const wildlife = docs.find((d) => d.title.includes('野生动物'))!.id;
	const rank = async (feedbackDocs: number, minDocs = 1) => {
		const backend = openEmbeddedBackend({
			file: ':memory:',
			segmenter,
			embedder: layered,
			hybrid: { feedback: { docs: feedbackDocs, weight: 0.6, semanticWeight: 0.5, minDocs } },
		});
		await backend.upsert('articles', docs, new Map(docs.map((d, k) => [d.id, vectors[k]!])));
		const result = await backend.search('articles', { q: '调配 野生动物' });
		await backend.close();
		return result.hits.map((h) => h.id);
	};
	const without = await rank(0);
	expect(without.indexOf(frontline)).toBeGreaterThan(without.indexOf(wildlife));
	const withFeedback = await rank(3);
	expect(withFeedback.slice(0, workStyle.length).sort()).toEqual([...workStyle].sort());
	expect(withFeedback.indexOf(frontline)).toBe(workStyle.length);
	// Fewer neighbours than `minDocs` pass the floor: the query keeps its own vector.
	const guarded = await rank(3, workStyle.length + 1);
	expect(guarded.indexOf(frontline)).toBeGreaterThan(guarded.indexOf(wildlife));
});
