import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, expect, test } from 'vitest';
import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import { openEmbeddedBackend } from './embedded-backend.ts';
import { sampleArticles } from '../eval/sample-articles.ts';
import { articleToSearchDocuments } from './to-search-document.ts';
import type { SearchBackend } from './types.ts';

const dir = mkdtempSync(join(tmpdir(), 'jucuo-bulk-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Enough copies of the sample articles (fresh ids) to take the bulk path: token threads, chunks,
// one transaction per upsert.
const articles = Array.from({ length: 60 }, (_, copy) =>
	sampleArticles().map((a) => ({ ...a, id: `${a.id}-${copy}` })),
).flat();
const docs = articles.map(articleToSearchDocuments);

async function build(name: string, workers: number): Promise<string> {
	const file = join(dir, `${name}.sqlite`);
	const backend: SearchBackend = openEmbeddedBackend({
		file,
		segmenter: createJiebaSegmenter(),
		workers,
	});
	// Two upserts in flight at once, as bench:search pipelines them.
	const half = Math.ceil(docs.length / 2);
	await Promise.all([
		backend.upsert(
			'articles',
			docs.slice(0, half).map((d) => d.article),
		),
		backend.upsert(
			'articles',
			docs.slice(half).map((d) => d.article),
		),
	]);
	await backend.upsert(
		'measures',
		docs.flatMap((d) => d.measures),
	);
	await backend.close();
	return file;
}

function vocabulary(file: string): unknown[] {
	const db = new DatabaseSync(file, { readOnly: true });
	const rows = ['a', 'm'].flatMap((p) =>
		db.prepare(`SELECT '${p}' AS p, term, doc, cnt FROM ${p}_vocab ORDER BY term`).all(),
	);
	for (const p of ['a', 'm'])
		rows.push(...db.prepare(`SELECT rowid, id, hash FROM ${p}_docs ORDER BY rowid`).all());
	db.close();
	return rows;
}

test('线程批量写入与逐篇写入的索引词表完全相同', { timeout: 60_000 }, async () => {
	expect(docs.length / 2).toBeGreaterThanOrEqual(200);
	expect(docs.flatMap((d) => d.measures).length).toBeGreaterThan(200);
	const inline = vocabulary(await build('inline', 0));
	const threaded = vocabulary(await build('threads', 2));
	expect(inline.length).toBeGreaterThan(1000);
	expect(threaded).toEqual(inline);
});
