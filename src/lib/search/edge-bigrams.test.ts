import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sampleArticles } from '../eval/sample-articles.ts';
import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import { edgeBigrams } from './edge-bigrams.ts';
import { openEmbeddedBackend } from './embedded-backend.ts';
import { syncIndex } from './sync-index.ts';
import type { SearchBackend } from './types.ts';

const segmenter = createJiebaSegmenter();

describe('edgeBigrams', () => {
	test('野生动物 keeps its edge pairs, not the inner pair 生动', () => {
		expect(edgeBigrams('野生动物', segmenter)).toEqual(['野生', '动物']);
	});

	test('copied text keeps the pairs straddling its words (野生动 → 野生, 生动)', () => {
		expect(edgeBigrams('野生动', segmenter)).toEqual(['野生', '生动']);
	});

	test('pairs across punctuation never appear', () => {
		expect(edgeBigrams('保护、野生动物', segmenter)).toEqual(['保护', '野生', '动物']);
	});

	test('ASCII runs give no pairs (5G网络2024年 → 网络)', () => {
		expect(edgeBigrams('5G网络2024年', segmenter)).toEqual(['网络']);
	});
});

describe('a query word never matches a document through a pair from its middle alone', () => {
	const articles = sampleArticles();
	let backend: SearchBackend;
	beforeAll(async () => {
		backend = openEmbeddedBackend({ file: ':memory:', segmenter });
		await syncIndex(backend, articles);
	}, 60_000);
	afterAll(() => backend.close());

	test('野生动物 finds no article that holds only 生动', async () => {
		const texts = new Map(articles.map((a) => [a.id, `${a.title}\n${a.body}`]));
		// The samples hold 生动 in an article about cadres, which names no wild animal.
		const onlyInner = [...texts].filter(
			([, t]) => t.includes('生动') && !t.includes('野生') && !t.includes('动物'),
		);
		expect(onlyInner.length).toBeGreaterThan(0);
		const { hits } = await backend.search('articles', { q: '野生动物', hitsPerPage: 50 });
		expect(hits.length).toBeGreaterThan(0);
		for (const hit of hits) expect(texts.get(hit.id)).toMatch(/野生|动物/u);
	});
});
