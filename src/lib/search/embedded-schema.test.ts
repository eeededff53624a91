import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, expect, test } from 'vitest';
import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import { sampleArticles } from '../eval/sample-articles.ts';
import { IndexLayoutError } from '../errors.ts';
import { openEmbeddedBackend } from './embedded-backend.ts';
import { ensureSchema, PAGE_SIZE, SCHEMA_VERSION } from './embedded-schema.ts';
import { filtersToSql } from './filters.ts';
import { articleToSearchDocuments } from './to-search-document.ts';
import type { SearchFilters } from './types.ts';

const dir = mkdtempSync(join(tmpdir(), 'jucuo-schema-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Indexes the sample articles into `dir`, as the index builder does. */
async function indexSamples(): Promise<void> {
	const builder = openEmbeddedBackend({ dataDir: dir, segmenter: createJiebaSegmenter() });
	await builder.upsert(
		'articles',
		sampleArticles().map((a) => articleToSearchDocuments(a).article),
	);
	await builder.close();
}

test('只检索的进程打开索引时不写入：正在服务的进程的缓存（向量、文档频率）不因此作废', async () => {
	await indexSamples();
	// What a running server sees: data_version moves when another connection commits.
	const server = new DatabaseSync(join(dir, 'search.sqlite'));
	const version = () =>
		(server.prepare('PRAGMA data_version').get() as { data_version: number }).data_version;
	const before = version();
	const reader = openEmbeddedBackend({
		dataDir: dir,
		segmenter: createJiebaSegmenter(),
		searchOnly: true,
	});
	expect((await reader.search('articles', { q: '作风' })).total).toBeGreaterThan(0);
	await reader.close();
	expect(version()).toBe(before);
	server.close();
});

test('上一版（4 KB 页、UTF-8 存档）索引：只检索的进程拒绝打开，建索引的进程以 16 KB 页重建', async () => {
	const old = mkdtempSync(join(tmpdir(), 'jucuo-schema-old-'));
	try {
		const file = join(old, 'search.sqlite');
		const db = new DatabaseSync(file);
		db.exec(`PRAGMA page_size = 4096; PRAGMA journal_mode = WAL;
			CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
			INSERT INTO meta (key, value) VALUES ('schema', '${Number(SCHEMA_VERSION) - 1}');`);
		db.close();
		const segmenter = createJiebaSegmenter();
		expect(() => openEmbeddedBackend({ dataDir: old, segmenter, searchOnly: true })).toThrow(
			IndexLayoutError,
		);
		const builder = openEmbeddedBackend({ dataDir: old, segmenter });
		await builder.upsert(
			'articles',
			sampleArticles().map((a) => articleToSearchDocuments(a).article),
		);
		await builder.close();
		const rebuilt = new DatabaseSync(file, { readOnly: true });
		const pragma = (name: string) => Object.values(rebuilt.prepare(`PRAGMA ${name}`).get()!)[0];
		expect(pragma('page_size')).toBe(PAGE_SIZE);
		expect(pragma('journal_mode')).toBe('wal');
		expect(rebuilt.prepare("SELECT value FROM meta WHERE key = 'schema'").get()).toEqual({
			value: SCHEMA_VERSION,
		});
		// Rows of this version hold the JSON as UTF-16 (the codec tag's high bit, stored-doc.ts).
		expect(
			(
				rebuilt.prepare('SELECT DISTINCT hex(substr(doc, 1, 1)) AS t FROM a_store').all() as {
					t: string;
				}[]
			).map((r) => r.t),
		).toEqual(['84']);
		rebuilt.close();
		const reader = openEmbeddedBackend({ dataDir: old, segmenter, searchOnly: true });
		expect((await reader.search('articles', { q: '作风' })).total).toBeGreaterThan(0);
		await reader.close();
	} finally {
		rmSync(old, { recursive: true, force: true });
	}
});

test('新建的索引以 16 KB 页存储：约 2 KB 的压缩文档在 4 KB 页中每页常只放下一篇，浪费五分之一', () => {
	const db = new DatabaseSync(join(dir, 'fresh.sqlite'));
	ensureSchema(db, 'fresh.sqlite', true);
	expect(db.prepare('PRAGMA page_size').get()).toEqual({ page_size: PAGE_SIZE });
	expect(PAGE_SIZE).toBe(16384);
	db.close();
});

test('地区、主题表的每个索引都有筛选用到：没有只占空间的索引（上海市，关于/提及两种范围）', async () => {
	await indexSamples();
	const db = new DatabaseSync(join(dir, 'search.sqlite'), { readOnly: true });
	const used = new Set<string>();
	const filters: SearchFilters[] = [
		{ region: ['310000'] },
		{ region: ['310000'], scope: 'mentions' },
		{ excludeRegion: ['310000'] },
		{ theme: ['ecology'] },
	];
	for (const f of filters)
		for (const lookup of ['set', 'each'] as const) {
			const where = filtersToSql('a', f, 'd.rowid', lookup);
			const plan = db
				.prepare(`EXPLAIN QUERY PLAN SELECT count(*) FROM a_docs d WHERE ${where.sql}`)
				.all(...where.params) as { detail: string }[];
			for (const { detail } of plan)
				for (const m of detail.matchAll(/USING (?:COVERING )?INDEX (\w+)/gu)) used.add(m[1]!);
		}
	const indexes = (
		db
			.prepare(
				"SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('a_region', 'a_theme') AND sql IS NOT NULL",
			)
			.all() as { name: string }[]
	).map((r) => r.name);
	db.close();
	expect(indexes.length).toBeGreaterThan(0);
	expect(indexes.filter((name) => !used.has(name))).toEqual([]);
});
