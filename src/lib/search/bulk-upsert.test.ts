import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, expect, test } from 'vitest';
import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import { openEmbeddedBackend } from './embedded-backend.ts';
import { sampleArticles } from '../eval/sample-articles.ts';
import { storeRowDecoder } from './store-row-decoder.ts';
import { articleToSearchDocuments } from './to-search-document.ts';
import type { SearchBackend } from './types.ts';

const dir = mkdtempSync(join(tmpdir(), 'jucuo-bulk-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Enough copies of the sample articles (fresh ids) to take the bulk path (larger FTS5 segments,
// fewer merges), against the same documents written a few at a time.
const articles = Array.from({ length: 60 }, (_, copy) =>
	sampleArticles().map((a) => ({ ...a, id: `${a.id}-${copy}` })),
).flat();
const docs = articles.map(articleToSearchDocuments);

async function build(name: string, batch: number): Promise<string> {
	const file = join(dir, `${name}.sqlite`);
	const backend: SearchBackend = openEmbeddedBackend({ file, segmenter: createJiebaSegmenter() });
	const measures = docs.flatMap((d) => d.measures);
	// Upserts in flight at once, as bench:search pipelines them: they must still apply in order.
	const writes: Promise<void>[] = [];
	for (let i = 0; i < docs.length; i += batch)
		writes.push(
			backend.upsert(
				'articles',
				docs.slice(i, i + batch).map((d) => d.article),
			),
		);
	for (let i = 0; i < measures.length; i += batch)
		writes.push(backend.upsert('measures', measures.slice(i, i + batch)));
	await Promise.all(writes);
	await backend.close();
	return file;
}

/** Every article of `docs` is stored once in `db` and its row decodes to the article itself. */
function expectEveryArticleReadsBack(db: DatabaseSync): void {
	const read = storeRowDecoder(
		(id) =>
			(db.prepare('SELECT bytes FROM store_dict WHERE id = ?').get(id) as { bytes: Uint8Array })
				.bytes,
	);
	const byId = new Map(docs.map((d) => [d.article.id, d.article]));
	const rows = db
		.prepare('SELECT d.id, s.doc FROM a_docs d JOIN a_store s ON s.rowid = d.rowid')
		.all() as { id: string; doc: Uint8Array }[];
	expect(rows.length).toBe(docs.length);
	for (const { id, doc } of rows) expect(read(doc)).toEqual(byId.get(id));
}

function vocabulary(file: string): unknown[] {
	const db = new DatabaseSync(file, { readOnly: true });
	const rows = ['a', 'm'].flatMap((p) =>
		db.prepare(`SELECT '${p}' AS p, term, doc, cnt FROM ${p}_charvocab ORDER BY term`).all(),
	);
	for (const p of ['a', 'm'])
		rows.push(...db.prepare(`SELECT rowid, id, hash FROM ${p}_docs ORDER BY rowid`).all());
	db.close();
	return rows;
}

test('批量写入与少量逐批写入的索引词表完全相同', { timeout: 60_000 }, async () => {
	expect(docs.length / 2).toBeGreaterThanOrEqual(200);
	expect(docs.flatMap((d) => d.measures).length).toBeGreaterThan(200);
	const small = vocabulary(await build('small', 20));
	const bulk = vocabulary(await build('bulk', 1000));
	expect(small.length).toBeGreaterThan(1000);
	expect(bulk).toEqual(small);
});

test(
	'同时在途的多批写入共用每个集合的一部字典，每篇存入的文档都能读回',
	{ timeout: 60_000 },
	async () => {
		const file = await build('in-flight', 20);
		const db = new DatabaseSync(file, { readOnly: true });
		const dictionaries = db
			.prepare('SELECT collection, count(*) AS n FROM store_dict GROUP BY collection ORDER BY 1')
			.all();
		expect(dictionaries).toEqual([
			{ collection: 'a', n: 1 },
			{ collection: 'm', n: 1 },
		]);
		expectEveryArticleReadsBack(db);
		db.close();
	},
);

test(
	'两个连接同时首次写入同一集合：各自选的字典不会互相顶替，每篇文档都能读回',
	{ timeout: 60_000 },
	async () => {
		const file = join(dir, 'two-writers.sqlite');
		const segmenter = createJiebaSegmenter();
		const first = openEmbeddedBackend({ file, segmenter });
		const second = openEmbeddedBackend({ file, segmenter });
		// Each picks its dictionary (from its own documents) before either has written one.
		const half = Math.floor(docs.length / 2);
		const writes = [
			first.upsert(
				'articles',
				docs.slice(0, half).map((d) => d.article),
			),
			second.upsert(
				'articles',
				docs
					.slice(half)
					.reverse()
					.map((d) => d.article),
			),
		];
		await Promise.all(writes);
		await first.close();
		await second.close();
		const db = new DatabaseSync(file, { readOnly: true });
		expectEveryArticleReadsBack(db);
		db.close();
	},
);
