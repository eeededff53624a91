import { afterAll, expect, test } from 'vitest';
import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import { sampleArticles } from '../eval/sample-articles.ts';
import { openEmbeddedBackend } from './embedded-backend.ts';
import { stripRequest } from './query-fillers.ts';
import { loadRankingConfig } from './ranking-config.ts';
import { articleToSearchDocuments } from './to-search-document.ts';

const segmenter = createJiebaSegmenter();
const { queryFillers } = loadRankingConfig();
const strip = (q: string) => stripRequest(q, queryFillers, segmenter);
const backend = openEmbeddedBackend({ file: ':memory:', segmenter });
await backend.upsert(
	'articles',
	sampleArticles().map((a) => articleToSearchDocuments(a).article),
);

afterAll(() => backend.close());

test('请求的开头与结尾去掉，只留所问的事', () => {
	expect(strip('请问有没有关于河长制的报道？')).toBe('河长制');
	expect(strip('帮我查一下农村厕所革命的做法')).toBe('农村厕所革命的做法');
	expect(strip('我想了解各地怎样治理黑臭水体')).toBe('各地怎样治理黑臭水体');
});

test('常见的请求说法都去掉：了解一下…的情况、找一些…的文章、…方面的报道、关于…的相关报道、…有哪些报道', () => {
	expect(strip('想了解一下河长制的情况')).toBe('河长制');
	expect(strip('找一些垃圾分类的文章')).toBe('垃圾分类');
	expect(strip('垃圾分类方面的报道')).toBe('垃圾分类');
	expect(strip('关于野生动物保护的相关报道')).toBe('野生动物保护');
	expect(strip('河长制有哪些报道')).toBe('河长制');
	expect(strip('我想了解一下各地怎样治理黑臭水体')).toBe('各地怎样治理黑臭水体');
});

test('空格分开的几个词之后的请求语照样去掉（分词不给空格，边界按原文位置算）', () => {
	expect(strip('河长制 湖长制相关报道')).toBe('河长制 湖长制');
	expect(strip('农民工 工资方面的报道')).toBe('农民工 工资');
	expect(strip('请问 河长制 湖长制的报道')).toBe('河长制 湖长制');
});

test('只在分词边界处去掉，词的一部分不动，所剩不足两字时不动', () => {
	expect(strip('想象力培养')).toBe('想象力培养');
	expect(strip('找工作')).toBe('找工作');
	expect(strip('看看')).toBe('看看');
	expect(strip('“野生动物”的报道')).toBe('“野生动物”');
});

test('“方面的报道”“的相关报道”也不成为检索词：结果与只写主题相同', async () => {
	const bare = await backend.search('articles', { q: '野生动物' });
	for (const q of ['野生动物方面的报道', '关于野生动物的相关报道', '想了解一下野生动物的情况']) {
		const asked = await backend.search('articles', { q });
		expect(asked.hits.map((h) => h.id)).toEqual(bare.hits.map((h) => h.id));
	}
});

test('带请求语的问句与只写主题的查询结果相同', async () => {
	const bare = await backend.search('articles', { q: '野生动物' });
	const asked = await backend.search('articles', { q: '请问有没有关于野生动物的报道？' });
	expect(bare.total).toBeGreaterThan(0);
	expect(asked.total).toBe(bare.total);
	expect(asked.hits.map((h) => h.id)).toEqual(bare.hits.map((h) => h.id));
});
