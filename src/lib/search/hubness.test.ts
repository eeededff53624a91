import { afterEach, expect, test } from 'vitest';
import { sampleArticles } from '../eval/sample-articles.ts';
import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import { openEmbeddedBackend } from './embedded-backend.ts';
import { hubPenalties, occurrenceRatios, probeRows } from './hubness.ts';
import { loadRankingConfig, type RankingConfig } from './ranking-config.ts';
import { syncIndex, type VectorSource } from './sync-index.ts';
import { articleToSearchDocuments, vectorText } from './to-search-document.ts';
import type { SearchBackend } from './types.ts';
import { buildVectorIndex } from './vector-index.ts';

const unit = (v: number[]) => {
	const n = Math.hypot(...v);
	return new Float32Array(v.map((x) => x / n));
};

test('探针均匀取自全库，至多 probes 条', () => {
	expect(probeRows(10, 4)).toEqual([0, 2, 5, 7]);
	expect(probeRows(3, 2000)).toEqual([0, 1, 2]);
	expect(probeRows(5, 0)).toEqual([]);
});

test('离每条探针都近的向量是枢纽：出现次数远高于平均，全库平均为 1', () => {
	// Row 0 lies near every probe's direction; the others point each their own way.
	const vectors = [unit([1, 1, 0, 0, 0]), unit([0, 0, 1, 0, 0]), unit([0, 0, 0, 1, 0])];
	vectors.push(unit([0, 0, 0, 0, 1]), unit([0, 0.2, 0, 0, 1]));
	const index = buildVectorIndex(vectors);
	const probes = [0, 1, 2, 3, 4].map((row) => ({ row, vector: unit([0, 1, 0.1 * row, 0, 0]) }));
	const ratios = occurrenceRatios(index, probes, 0.2, 0);
	expect(ratios[0]).toBeGreaterThan(3);
	expect([...ratios].reduce((a, b) => a + b, 0) / ratios.length).toBeCloseTo(1, 5);
	const penalties = hubPenalties(ratios, { weight: 0.02, scale: 10 })!;
	expect(penalties[0]).toBeGreaterThan(0);
	expect(Math.min(...penalties.slice(1))).toBeLessThan(0);
	expect(hubPenalties(ratios, { weight: 0, scale: 10 })).toBeUndefined();
});

// A stand-in for the sentence model over the real samples. The query 调配 (which no sample holds)
// is nearest to the 郯城 work-style story (cosine 0.8), then the 菏泽 cadre story (0.78); every
// headline asked as a query points at the 郯城 story too, so it is a hub: near every short query,
// whatever it asks. The other samples are far from everything.
const docs = sampleArticles().map((a) => articleToSearchDocuments(a).article);
const HUB = 'yicheng-style';
const ANSWER = 'mudan-cadres';
const passages = new Map(
	docs.map((d, i) => {
		const v =
			d.id === HUB
				? [0.8, 0.6, 0, 0]
				: d.id === ANSWER
					? [0.78, 0, 0.626, 0]
					: [0, 0, 0.3, 1 + i / 10];
		return [vectorText(d), unit(v)];
	}),
);
const model: VectorSource = {
	modelId: 'test/hub',
	embed: (texts, options) =>
		Promise.resolve(
			texts.map((t) =>
				options?.kind === 'query'
					? t === '调配'
						? unit([1, 0, 0, 0])
						: unit([0, 1, 0, 0.1])
					: (passages.get(t) ?? unit([0, 0, 0, 1])),
			),
		),
};
const segmenter = createJiebaSegmenter();
const base = loadRankingConfig();
let backend: SearchBackend | undefined;

function open(weight: number): SearchBackend {
	const ranking: RankingConfig = {
		...base,
		fusion: { ...base.fusion, hubness: { weight, scale: 10 } },
	};
	backend = openEmbeddedBackend({ file: ':memory:', segmenter, embedder: model, ranking });
	return backend;
}

afterEach(async () => {
	await backend?.close();
	backend = undefined;
});

test('降低枢纽的余弦后，答案排在离所有短查询都近的枢纽之前', async () => {
	const search = open(0.02);
	await syncIndex(search, sampleArticles(), { embedder: model });
	const ids = (await search.search('articles', { q: '调配' })).hits.map((h) => h.id);
	expect(ids.indexOf(ANSWER)).toBeGreaterThanOrEqual(0);
	expect(ids.indexOf(ANSWER)).toBeLessThan(ids.indexOf(HUB));
});

test('权重为 0 或尚未测量枢纽时，次序只看余弦', async () => {
	const off = open(0);
	await syncIndex(off, sampleArticles(), { embedder: model });
	const ids = (await off.search('articles', { q: '调配' })).hits.map((h) => h.id);
	expect(ids.indexOf(HUB)).toBeLessThan(ids.indexOf(ANSWER));
	await off.close();
	// Written without syncIndex: no hub measured, so the penalty has nothing to go by.
	const unmeasured = open(0.02);
	const vectors = await model.embed(docs.map(vectorText));
	await unmeasured.upsert('articles', docs, new Map(docs.map((d, k) => [d.id, vectors[k]!])));
	const before = (await unmeasured.search('articles', { q: '调配' })).hits.map((h) => h.id);
	expect(before.indexOf(HUB)).toBeLessThan(before.indexOf(ANSWER));
	await unmeasured.refreshHubness?.('articles', model);
	const after = (await unmeasured.search('articles', { q: '调配' })).hits.map((h) => h.id);
	expect(after.indexOf(ANSWER)).toBeLessThan(after.indexOf(HUB));
});
