import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, expect, test } from 'vitest';
import { createBulkLoad } from './bulk-load.ts';
import { charGrams } from './char-grams.ts';
import { ensureSchema } from './embedded-schema.ts';

const dir = mkdtempSync(join(tmpdir(), 'jucuo-bulk-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const texts = ['推进政务服务一网通办', '驻企服务专员上门解决企业难题', '乡村振兴示范县建设'];

/** An index whose articles' table was bulk loaded with `rows` rows, and pages left free. */
function loaded(name: string, rows: number) {
	const file = join(dir, `${name}.sqlite`);
	const db = new DatabaseSync(file);
	ensureSchema(db, file, true);
	const bulk = createBulkLoad(db, (sql) => db.prepare(sql));
	bulk.tune('a', rows);
	const doc = db.prepare(
		"INSERT INTO a_docs (id, hash, source, kind, region) VALUES (?, '', '', 'news', '')",
	);
	const chars = db.prepare('INSERT INTO a_chars (rowid, body) VALUES (?, ?)');
	// One transaction a batch, one segment each, as the writer makes them.
	for (let i = 0; i < rows; i += 50) {
		db.exec('BEGIN');
		for (let k = i; k < i + 50; k++) {
			const rowid = Number(doc.run(`a-${k}`).lastInsertRowid);
			chars.run(rowid, charGrams(`${texts[k % 3]}第${k}号`).join(' '));
		}
		db.exec('COMMIT');
	}
	// Free pages, as the last steps of a large index's optimize leave them (here a dropped table).
	db.exec(`CREATE TABLE junk (x BLOB);
		WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300)
		INSERT INTO junk SELECT randomblob(3000) FROM n;
		DROP TABLE junk;`);
	const pragma = (name: string) =>
		Number(Object.values(db.prepare(`PRAGMA ${name}`).get() as object)[0]);
	const config = (key: string) =>
		(db.prepare('SELECT v FROM a_chars_config WHERE k = ?').get(key) as { v: number } | undefined)
			?.v;
	const segments = () =>
		Number(
			(
				db
					.prepare(
						'SELECT count(DISTINCT id >> 37) AS n FROM a_chars_data WHERE id >= 137438953472',
					)
					.get() as { n: number }
			).n,
		);
	// In bytes: the index's page size is a layout setting.
	const freeBytes = () => pragma('freelist_count') * pragma('page_size');
	return { db, bulk, pragma, config, segments, freeBytes };
}

test('整批写入整个集合后合并成一个段，并把空闲页还给文件系统', () => {
	const { db, bulk, pragma, config, segments, freeBytes } = loaded('fresh', 400);
	expect(segments()).toBe(8);
	expect(config('automerge')).toBe(0);
	expect(freeBytes()).toBeGreaterThan(400_000);
	bulk.settle(true);
	expect(segments()).toBe(1);
	expect(pragma('freelist_count')).toBe(0);
	expect(config('automerge')).toBe(8);
	expect(config('crisismerge')).toBe(16);
	const found = db
		.prepare('SELECT count(*) AS n FROM a_chars WHERE a_chars MATCH \'"驻企 企服 服务"\'')
		.get() as { n: number };
	expect(found.n).toBe(133);
	db.close();
});

test('写入失败后只恢复增量合并设置，不合并也不整理文件', () => {
	const { db, bulk, config, segments, freeBytes } = loaded('failed', 400);
	bulk.settle(false);
	expect(segments()).toBe(8);
	expect(freeBytes()).toBeGreaterThan(400_000);
	expect(config('automerge')).toBe(8);
	db.close();
});
