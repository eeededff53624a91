import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { DatabaseSync } from 'node:sqlite';
import { IndexLayoutError, SearchUnavailableError } from '../errors.ts';
import { SCHEMA_VERSION } from './embedded-schema.ts';
import { configuredBackend, openBackend } from './open-backend.ts';
import { sampleArticles } from '../eval/sample-articles.ts';
import { storeRowDecoder } from './store-row-decoder.ts';
import { syncIndex } from './sync-index.ts';
import { articleToSearchDocuments } from './to-search-document.ts';

/** Builds an embedded index of the sample articles under `dir`, as `npm run index` would. */
async function writeSampleIndex(dir: string): Promise<void> {
	const writer = await openBackend({ dataDir: dir, env: {} });
	await writer.upsert(
		'articles',
		sampleArticles().map((a) => articleToSearchDocuments(a).article),
	);
	await writer.close();
}

test('opens the embedded index under DATA_DIR when MEILI_URL is not set', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'jucuo-open-'));
	const backend = await openBackend({ env: { DATA_DIR: dir } });
	expect(backend.name).toBe('embedded');
	await backend.close();
	rmSync(dir, { recursive: true, force: true });
	expect(configuredBackend({})).toBe('embedded');
});

test('an unreachable Meilisearch is an error naming its URL, never a silent fallback', async () => {
	const url = 'http://127.0.0.1:9';
	expect(configuredBackend({ MEILI_URL: url })).toBe('meilisearch');
	const opening = openBackend({ env: { MEILI_URL: url, DATA_DIR: tmpdir() } });
	await expect(opening).rejects.toBeInstanceOf(SearchUnavailableError);
	await expect(opening).rejects.toThrow(url);
});

test.runIf(process.platform === 'linux')(
	'a process that only searches finds 营商环境 without loading nodejieba',
	async () => {
		const dir = mkdtempSync(join(tmpdir(), 'jucuo-open-'));
		try {
			await writeSampleIndex(dir);
			expect(existsSync(join(dir, 'jieba-dict.sqlite'))).toBe(true);
			const script = `
				import { readFileSync } from 'node:fs';
				const { openBackend } = await import(${JSON.stringify(new URL('./open-backend.ts', import.meta.url).href)});
				const backend = await openBackend({ dataDir: ${JSON.stringify(dir)}, env: {} });
				const result = await backend.search('articles', { q: '营商环境' });
				const nodejieba = readFileSync('/proc/self/maps', 'utf8').includes('nodejieba');
				console.log(JSON.stringify({ total: result.total, nodejieba }));
				await backend.close();`;
			const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
				encoding: 'utf8',
			});
			expect(child.stderr).toBe('');
			expect(JSON.parse(child.stdout) as unknown).toEqual({
				total: expect.any(Number) as unknown,
				nodejieba: false,
			});
			expect((JSON.parse(child.stdout) as { total: number }).total).toBeGreaterThan(0);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	},
	60_000,
);

test('a process that only searches refuses an index of another layout and leaves it whole', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'jucuo-open-'));
	try {
		await writeSampleIndex(dir);
		const file = join(dir, 'search.sqlite');
		const db = new DatabaseSync(file);
		db.prepare("UPDATE meta SET value = 'older' WHERE key = 'schema'").run();
		db.close();
		const opening = openBackend({ dataDir: dir, env: {}, requireIndex: true });
		await expect(opening).rejects.toBeInstanceOf(IndexLayoutError);
		await expect(opening).rejects.toThrow(/npm run index/u);
		await expect(opening).rejects.toThrow(file);
		const after = new DatabaseSync(file, { readOnly: true });
		const { n } = after.prepare('SELECT count(*) AS n FROM a_docs').get() as { n: number };
		after.close();
		expect(n).toBe(sampleArticles().length);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});

/**
 * Turns the index `file` into one of layout 7: documents stored as JSON text without dictionaries,
 * the character table's columns in title, measures, body order.
 */
function downgradeToLayout7(file: string): void {
	const db = new DatabaseSync(file);
	const rows = db.prepare('SELECT rowid, doc FROM a_store').all() as {
		rowid: number;
		doc: Uint8Array;
	}[];
	const read = storeRowDecoder(
		(id) =>
			(db.prepare('SELECT bytes FROM store_dict WHERE id = ?').get(id) as { bytes: Uint8Array })
				.bytes,
	);
	const docs = rows.map((row) => ({ rowid: row.rowid, doc: read(row.doc) }));
	db.exec(`DROP TABLE a_store; CREATE TABLE a_store (rowid INTEGER PRIMARY KEY, doc TEXT NOT NULL);
		DROP TABLE store_dict; DROP TABLE a_charvocab; DROP TABLE a_chars;
		CREATE VIRTUAL TABLE a_chars USING fts5(title, measures, body, content='', contentless_delete=1, tokenize='ascii', detail=full);`);
	const insert = db.prepare('INSERT INTO a_store (rowid, doc) VALUES (?, ?)');
	for (const { rowid, doc } of docs) insert.run(rowid, JSON.stringify(doc));
	db.prepare("UPDATE meta SET value = '7' WHERE key = 'schema'").run();
	db.close();
}

test('an index of layout 7 (documents as JSON text) is refused by a searcher and rebuilt by npm run index', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'jucuo-open-'));
	try {
		await writeSampleIndex(dir);
		const file = join(dir, 'search.sqlite');
		downgradeToLayout7(file);
		const opening = openBackend({ dataDir: dir, env: {}, requireIndex: true });
		await expect(opening).rejects.toThrow(
			new RegExp(`layout 7, and this version reads layout ${SCHEMA_VERSION}`, 'u'),
		);
		const builder = await openBackend({ dataDir: dir, env: {} });
		expect((await builder.listIds('articles')).size).toBe(0);
		const articles = sampleArticles();
		await syncIndex(builder, articles);
		await builder.close();
		const searcher = await openBackend({ dataDir: dir, env: {}, requireIndex: true });
		const result = await searcher.search('articles', { q: '营商环境' });
		expect(result.total).toBeGreaterThan(0);
		const [doc] = await searcher.get('articles', [articles[0]!.id]);
		expect(doc).toEqual(articleToSearchDocuments(articles[0]!).article);
		await searcher.close();
		const db = new DatabaseSync(file, { readOnly: true });
		const { type } = db.prepare('SELECT typeof(doc) AS type FROM a_store LIMIT 1').get() as {
			type: string;
		};
		db.close();
		expect(type).toBe('blob');
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
