import { expect, test } from 'vitest';
import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import { openEmbeddedBackend } from './embedded-backend.ts';
import { syncIndex } from './sync-index.ts';
import { sampleArticles } from '../eval/sample-articles.ts';

test('syncIndex 分批写入（写一批时准备下一批），再同步时只改动变化的文章', async () => {
	const backend = openEmbeddedBackend({ file: ':memory:', segmenter: createJiebaSegmenter() });
	const articles = sampleArticles();
	const progress: number[] = [];
	const first = await syncIndex(backend, articles, {
		batchSize: 2,
		onProgress: (done) => progress.push(done),
	});
	expect(first.articles.added).toBe(articles.length);
	expect(progress.at(-1)).toBe(articles.length + first.measures.added);
	expect(progress).toEqual([...progress].sort((a, b) => a - b));
	const changed = articles.map((a, i) => (i === 0 ? { ...a, title: `${a.title}（更新）` } : a));
	const second = await syncIndex(backend, changed.slice(1).concat(changed[0]!), { batchSize: 2 });
	expect(second.articles).toEqual({
		added: 0,
		updated: 1,
		removed: 0,
		unchanged: articles.length - 1,
	});
	const hit = await backend.search('articles', { q: '更新' });
	expect(hit.hits.map((h) => h.id)).toContain(articles[0]!.id);
	expect((await backend.listIds('articles')).size).toBe(articles.length);
	await backend.close();
});
