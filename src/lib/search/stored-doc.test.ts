import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, test } from 'vitest';
import { sampleArticles } from '../eval/sample-articles.ts';
import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import { openEmbeddedBackend } from './embedded-backend.ts';
import { loadRankingConfig } from './ranking-config.ts';
import type { StoreConfig } from './store-config.ts';
import zlib from 'node:zlib';
import { dictionaryContent, encodeStoredDoc } from './stored-doc.ts';
import { storedDocReader } from './stored-doc-reader.ts';
import { storeRowDecoder, zstdContentSize } from './store-row-decoder.ts';
import { articleToSearchDocuments } from './to-search-document.ts';

const samples = sampleArticles().map((a) => articleToSearchDocuments(a));
const sample = samples[0]!;
const json = (doc: object) => Buffer.byteLength(JSON.stringify(doc), 'utf8');
const readStoredDoc = storeRowDecoder();

describe.each<StoreConfig>([
	{ codec: 'zstd', level: 9, dictionaryKb: 0 },
	{ codec: 'brotli', level: 5, dictionaryKb: 0 },
	{ codec: 'deflate', level: 6, dictionaryKb: 0 },
	{ codec: 'none', level: 0, dictionaryKb: 0 },
])('$codec', (config) => {
	test(`样例文章《${sample.article.title}》存入后读回不变`, () => {
		const row = encodeStoredDoc(sample.article, config);
		expect(readStoredDoc(row)).toEqual(sample.article);
		if (config.codec === 'none') expect(row.length).toBe(json(sample.article) + 1);
		else expect(row.length).toBeLessThan(json(sample.article) * 0.7);
	});
});

test('以 UTF-16 存的文档按每种压缩方式读回不变，zstd 加字典时比 UTF-8 小', () => {
	const others = samples.slice(1).map((s) => s.article);
	let utf8 = 0;
	let utf16 = 0;
	for (const codec of ['zstd', 'brotli', 'deflate', 'none'] as const) {
		const config: StoreConfig = { codec, level: codec === 'none' ? 0 : 5, dictionaryKb: 64 };
		const wide: StoreConfig = { ...config, text: 'utf16le' };
		const bytes = dictionaryContent(others, wide);
		const dictionary = bytes && { id: 2, bytes };
		const read = storeRowDecoder((id) => (id === 2 ? bytes : undefined));
		for (const { article, measures } of samples.slice(0, 5))
			for (const doc of [article, ...measures.slice(0, 1)]) {
				const row = encodeStoredDoc(doc, wide, dictionary);
				expect(read(row)).toEqual(doc);
				if (codec !== 'zstd') continue;
				utf16 += row.length;
				const narrow = dictionaryContent(others, config)!;
				utf8 += encodeStoredDoc(doc, config, { id: 3, bytes: narrow }).length;
			}
	}
	expect(utf16).toBeLessThan(utf8);
});

test('一条举措文档存入后读回不变', () => {
	const measure = sample.measures[0]!;
	const row = encodeStoredDoc(measure, { codec: 'zstd', level: 3, dictionaryKb: 0 });
	expect(readStoredDoc(row)).toEqual(measure);
});

test('a dictionary of other sample articles shrinks a sample article further, and reads back with it', () => {
	const config: StoreConfig = { codec: 'zstd', level: 9, dictionaryKb: 64 };
	const others = samples.slice(1).map((s) => s.article);
	const bytes = dictionaryContent(others, config)!;
	expect(bytes.length).toBeLessThanOrEqual(64 * 1024);
	const plain = encodeStoredDoc(sample.article, config);
	const withDict = encodeStoredDoc(sample.article, config, { id: 7, bytes });
	expect(withDict.length).toBeLessThan(plain.length);
	const asked: number[] = [];
	const reader = storeRowDecoder((id) => (asked.push(id), id === 7 ? bytes : undefined));
	expect(reader(withDict)).toEqual(sample.article);
	expect(reader(withDict)).toEqual(sample.article);
	expect(asked).toEqual([7]);
	expect(() => readStoredDoc(withDict)).toThrow(/no dictionary 7[\s\S]*SQLITE_CORRUPT/u);
	expect(dictionaryContent(others, { ...config, dictionaryKb: 0 })).toBeUndefined();
});

test('a row that is no stored document is reported as damage, with the reason', () => {
	expect(() => readStoredDoc(new Uint8Array([9, 1, 2]))).toThrow(
		/unknown codec tag 9[\s\S]*SQLITE_CORRUPT/u,
	);
	const row = encodeStoredDoc(sample.article, { codec: 'zstd', level: 3, dictionaryKb: 0 });
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
		ranking: { ...ranking, store: { codec: 'zstd', level: 9, dictionaryKb: 64 } },
	});
	const docs = samples.map((s) => s.article);
	// Two writes: the first makes the collection's dictionary, the second uses it.
	await backend.upsert('articles', docs.slice(0, 3));
	await backend.upsert('articles', docs.slice(3));
	const back = await backend.get(
		'articles',
		docs.map((d) => d.id),
	);
	expect(back).toEqual(docs);
	const result = await backend.search('articles', { q: docs[5]!.title, hitsPerPage: 1 });
	expect(result.hits[0]?.document).toEqual(docs[5]);
	await backend.close();
	const db = new DatabaseSync(file, { readOnly: true });
	const rows = db.prepare('SELECT doc FROM a_store').all() as { doc: Uint8Array }[];
	const dictionaries = db.prepare('SELECT collection FROM store_dict').all();
	db.close();
	rmSync(dir, { recursive: true, force: true });
	expect(dictionaries).toEqual([{ collection: 'a' }]);
	expect(new Set(rows.map((r) => r.doc[0]))).toEqual(new Set([4]));
	const stored = rows.reduce((sum, r) => sum + r.doc.length, 0);
	expect(stored).toBeLessThan(docs.reduce((sum, d) => sum + json(d), 0) * 0.7);
});

test('rows written with another codec still read after the setting changes', () => {
	const db = new DatabaseSync(':memory:');
	db.exec('CREATE TABLE s (rowid INTEGER PRIMARY KEY, doc BLOB NOT NULL)');
	const insert = db.prepare('INSERT INTO s (doc) VALUES (?)');
	insert.run(encodeStoredDoc(sample.article, { codec: 'brotli', level: 5, dictionaryKb: 0 }));
	insert.run(encodeStoredDoc(sample.article, { codec: 'zstd', level: 9, dictionaryKb: 0 }));
	const rows = db.prepare('SELECT doc FROM s ORDER BY rowid').all() as { doc: Uint8Array }[];
	expect(rows.map((r) => readStoredDoc(r.doc))).toEqual([sample.article, sample.article]);
	db.close();
});

test('a reader reads the documents it is told of ahead, together, and each once', () => {
	const db = new DatabaseSync(':memory:');
	db.exec('CREATE TABLE x_store (rowid INTEGER PRIMARY KEY, doc BLOB NOT NULL)');
	const insert = db.prepare('INSERT INTO x_store (rowid, doc) VALUES (?, ?)');
	const config: StoreConfig = { codec: 'zstd', level: 3, dictionaryKb: 0 };
	for (const [i, s] of samples.entries()) insert.run(i + 1, encodeStoredDoc(s.article, config));
	const read = storedDocReader((sql) => db.prepare(sql), 'x', readStoredDoc);
	read.prefetch([3, 1, 3, 999, 2]);
	// What was read ahead no longer needs its row; the rest is read when asked for.
	db.exec('DELETE FROM x_store WHERE rowid <= 3');
	expect([1, 2, 3].map((r) => read(r))).toEqual(samples.slice(0, 3).map((s) => s.article));
	expect(read(4)).toEqual(samples[3]!.article);
	expect(read(999)).toBeUndefined();
	db.close();
});

test('a released reader keeps none of its documents: asked again, it reads the row anew', () => {
	const db = new DatabaseSync(':memory:');
	db.exec('CREATE TABLE x_store (rowid INTEGER PRIMARY KEY, doc BLOB NOT NULL)');
	const insert = db.prepare('INSERT INTO x_store (rowid, doc) VALUES (?, ?)');
	const config: StoreConfig = { codec: 'zstd', level: 3, dictionaryKb: 0 };
	for (const [i, s] of samples.slice(0, 3).entries())
		insert.run(i + 1, encodeStoredDoc(s.article, config));
	const read = storedDocReader((sql) => db.prepare(sql), 'x', readStoredDoc);
	read.prefetch([1, 2]);
	expect(read(3)).toEqual(samples[2]!.article);
	read.release();
	db.exec('DELETE FROM x_store WHERE rowid IN (1, 3)');
	expect([1, 2, 3].map((r) => read(r))).toEqual([undefined, samples[1]!.article, undefined]);
	db.close();
});

test('a zstd frame announces the decoded size of each sample document, with or without a dictionary', () => {
	const config: StoreConfig = { codec: 'zstd', level: 9, dictionaryKb: 64 };
	const bytes = dictionaryContent(
		samples.slice(1).map((s) => s.article),
		config,
	)!;
	for (const { article, measures } of samples.slice(0, 5))
		for (const doc of [article, ...measures.slice(0, 2)]) {
			const size = Buffer.byteLength(JSON.stringify(doc), 'utf8');
			expect(zstdContentSize(encodeStoredDoc(doc, config).subarray(1))).toBe(size);
			expect(zstdContentSize(encodeStoredDoc(doc, config, { id: 3, bytes }).subarray(3))).toBe(
				size,
			);
		}
	expect(zstdContentSize(zlib.zstdCompressSync(Buffer.from('短')))).toBe(3);
	expect(zstdContentSize(encodeStoredDoc(sample.article, { ...config, codec: 'none' }))).toBe(
		undefined,
	);
});

test('a zstd frame that does not announce its size still reads back', () => {
	const plain = Buffer.from(JSON.stringify(sample.article), 'utf8');
	const frame = zlib.zstdCompressSync(plain, {
		params: { [zlib.constants.ZSTD_c_contentSizeFlag]: 0 },
	});
	expect(zstdContentSize(frame)).toBeUndefined();
	expect(readStoredDoc(new Uint8Array([3, ...frame]))).toEqual(sample.article);
});
