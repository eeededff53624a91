import { DatabaseSync } from 'node:sqlite';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { inSnapshot } from './snapshot.ts';

const dir = mkdtempSync(join(tmpdir(), 'jucuo-snapshot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function open(file: string) {
	const db = new DatabaseSync(file);
	db.exec('PRAGMA journal_mode = WAL');
	return db;
}

test('一次检索在同一快照里读：另一连接中途提交的文章不会出现在后续语句里', () => {
	const file = join(dir, 'a.sqlite');
	const reader = open(file);
	const writer = open(file);
	writer.exec("CREATE TABLE docs (title TEXT); INSERT INTO docs VALUES ('营商环境')");
	reader.exec('CREATE TEMP TABLE hits (n INTEGER)');
	const counts = inSnapshot(reader, () => {
		const before = (reader.prepare('SELECT count(*) AS n FROM docs').get() as { n: number }).n;
		writer.exec("INSERT INTO docs VALUES ('乡村振兴')");
		reader.prepare('INSERT INTO temp.hits VALUES (?)').run(before);
		const after = (reader.prepare('SELECT count(*) AS n FROM docs').get() as { n: number }).n;
		return [before, after];
	});
	expect(counts).toEqual([1, 1]);
	expect(reader.isTransaction).toBe(false);
	expect((reader.prepare('SELECT count(*) AS n FROM docs').get() as { n: number }).n).toBe(2);
	expect((reader.prepare('SELECT n FROM temp.hits').get() as { n: number }).n).toBe(1);
	reader.close();
	writer.close();
});

test('出错时回滚临时表的写入并结束事务；已在事务中时不另开事务', () => {
	const db = open(join(dir, 'b.sqlite'));
	db.exec('CREATE TEMP TABLE hits (n INTEGER)');
	expect(() =>
		inSnapshot(db, () => {
			db.exec('INSERT INTO temp.hits VALUES (1)');
			throw new Error('坏查询');
		}),
	).toThrow('坏查询');
	expect(db.isTransaction).toBe(false);
	expect((db.prepare('SELECT count(*) AS n FROM temp.hits').get() as { n: number }).n).toBe(0);
	db.exec('BEGIN');
	inSnapshot(db, () => db.exec('INSERT INTO temp.hits VALUES (2)'));
	expect(db.isTransaction).toBe(true);
	db.exec('COMMIT');
	db.close();
});
