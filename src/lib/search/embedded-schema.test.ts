import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, expect, test } from 'vitest';
import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import { sampleArticles } from '../eval/sample-articles.ts';
import { openEmbeddedBackend } from './embedded-backend.ts';
import { articleToSearchDocuments } from './to-search-document.ts';

const dir = mkdtempSync(join(tmpdir(), 'jucuo-schema-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('只检索的进程打开索引时不写入：正在服务的进程的缓存（向量、文档频率）不因此作废', async () => {
	const segmenter = createJiebaSegmenter();
	const builder = openEmbeddedBackend({ dataDir: dir, segmenter });
	await builder.upsert(
		'articles',
		sampleArticles().map((a) => articleToSearchDocuments(a).article),
	);
	await builder.close();
	// What a running server sees: data_version moves when another connection commits.
	const server = new DatabaseSync(join(dir, 'search.sqlite'));
	const version = () =>
		(server.prepare('PRAGMA data_version').get() as { data_version: number }).data_version;
	const before = version();
	const reader = openEmbeddedBackend({ dataDir: dir, segmenter, searchOnly: true });
	expect((await reader.search('articles', { q: '作风' })).total).toBeGreaterThan(0);
	await reader.close();
	expect(version()).toBe(before);
	server.close();
});
