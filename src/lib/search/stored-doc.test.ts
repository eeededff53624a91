import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, test } from 'vitest';
import { sampleArticles } from '../eval/sample-articles.ts';
import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import { openEmbeddedBackend } from './embedded-backend.ts';
import { loadRankingConfig } from './ranking-config.ts';
import { encodeStoredDoc, readStoredDoc, type StoreCodec } from './stored-doc.ts';
import { articleToSearchDocuments } from './to-search-document.ts';

const sample = articleToSearchDocuments(sampleArticles()[0]!);
const json = Buffer.byteLength(JSON.stringify(sample.article), 'utf8');

describe.each<[StoreCodec, number]>([
	['zstd', 9],
	['brotli', 5],
	['deflate', 6],
	['none', 0],
])('%s', (codec, level) => {
	test(`样例文章《${sample.article.title}》存入后读回不变`, () => {
		const row = encodeStoredDoc(sample.article, { codec, level });
		expect(readStoredDoc(row)).toEqual(sample.article);
		if (codec === 'none') expect(row.length).toBe(json + 1);
		else expect(row.length).toBeLessThan(json * 0.7);
	});
});

test('一条举措文档存入后读回不变', () => {
	const measure = sample.measures[0]!;
	expect(readStoredDoc(encodeStoredDoc(measure, { codec: 'zstd', level: 3 }))).toEqual(measure);
});

test('a row that is no stored document is reported as damage, with the reason', () => {
	expect(() => readStoredDoc(new Uint8Array([9, 1, 2]))).toThrow(
		/unknown codec tag 9[\s\S]*SQLITE_CORRUPT/u,
	);
	const row = encodeStoredDoc(sample.article, { codec: 'zstd', level: 3 });
	expect(() => readStoredDoc(row.subarray(0, 40))).toThrow(/cannot be read[\s\S]*SQLITE_CORRUPT/u);
	expect(() => readStoredDoc(new Uint8Array())).toThrow(/empty row/u);
});

test('the index stores every sample article compressed with the configured codec and returns it whole', async () => {
	const ranking = loadRankingConfig();
	const dir = mkdtempSync(join(tmpdir(), 'jucuo-store-'));
	const file = join(dir, 'search.sqlite');
	const backend = openEmbeddedBackend({
		file,
		segmenter: createJiebaSegmenter(),
		ranking: { ...ranking, store: { codec: 'zstd', level: 9 } },
	});
	const docs = sampleArticles().map((a) => articleToSearchDocuments(a).article);
	await backend.upsert('articles', docs);
	const back = await backend.get(
		'articles',
		docs.map((d) => d.id),
	);
	expect(back).toEqual(docs);
	const result = await backend.search('articles', { q: docs[0]!.title, hitsPerPage: 1 });
	expect(result.hits[0]?.document).toEqual(docs[0]);
	await backend.close();
	const db = new DatabaseSync(file, { readOnly: true });
	const rows = db.prepare('SELECT doc FROM a_store').all() as { doc: Uint8Array }[];
	db.close();
	rmSync(dir, { recursive: true, force: true });
	expect(new Set(rows.map((r) => r.doc[0]))).toEqual(new Set([3]));
	const stored = rows.reduce((sum, r) => sum + r.doc.length, 0);
	const plain = docs.reduce((sum, d) => sum + Buffer.byteLength(JSON.stringify(d), 'utf8'), 0);
	expect(stored).toBeLessThan(plain * 0.7);
});

test('rows written with another codec still read after the setting changes', () => {
	const db = new DatabaseSync(':memory:');
	db.exec('CREATE TABLE s (rowid INTEGER PRIMARY KEY, doc BLOB NOT NULL)');
	const insert = db.prepare('INSERT INTO s (doc) VALUES (?)');
	insert.run(encodeStoredDoc(sample.article, { codec: 'brotli', level: 5 }));
	insert.run(encodeStoredDoc(sample.article, { codec: 'zstd', level: 9 }));
	const rows = db.prepare('SELECT doc FROM s ORDER BY rowid').all() as { doc: Uint8Array }[];
	expect(rows.map((r) => readStoredDoc(r.doc))).toEqual([sample.article, sample.article]);
	db.close();
});
