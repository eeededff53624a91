import { DatabaseSync } from 'node:sqlite';
import { expect, test } from 'vitest';
import { writeFused } from './fused-writes.ts';

function hitsTable() {
	const db = new DatabaseSync(':memory:');
	db.exec(
		'CREATE TEMP TABLE hits (rowid INTEGER PRIMARY KEY, score REAL NOT NULL, fused REAL NOT NULL DEFAULT 0, tier INTEGER NOT NULL DEFAULT 0, part INTEGER NOT NULL DEFAULT 0)',
	);
	const add = db.prepare('INSERT INTO temp.hits (rowid, score) VALUES (?, ?)');
	for (let rowid = 1; rowid <= 300; rowid += 2) add.run(rowid, -rowid / 7);
	return db;
}

const rowsOf = (db: DatabaseSync) =>
	db.prepare('SELECT rowid, score, fused FROM temp.hits ORDER BY rowid').all();

test('writeFused 批量写入与逐行写入的结果逐位相同：只改已有行，或也补上缺的行', () => {
	for (const size of [0, 1, 2, 3, 63, 64, 65, 127, 200]) {
		// Rowids present and absent, scores that need every bit of a double.
		const pairs = Array.from(
			{ length: size },
			(_, i) => [1 + ((i * 37) % 400), 1 / (61 + i) + Math.PI * 1e-9 * i] as const,
		).filter(([rowid], i, all) => all.findIndex(([r]) => r === rowid) === i);
		const batched = hitsTable();
		const single = hitsTable();
		writeFused((sql) => batched.prepare(sql), pairs, 'update');
		const set = single.prepare('UPDATE temp.hits SET fused = ? WHERE rowid = ?');
		for (const [rowid, fused] of pairs) set.run(fused, rowid);
		expect(rowsOf(batched), `update of ${pairs.length}`).toEqual(rowsOf(single));
		writeFused((sql) => batched.prepare(sql), pairs, 'upsert');
		const add = single.prepare(
			'INSERT INTO temp.hits (rowid, score, fused) VALUES (?, 0, ?) ON CONFLICT(rowid) DO UPDATE SET fused = excluded.fused',
		);
		for (const [rowid, fused] of pairs) add.run(rowid, fused);
		expect(rowsOf(batched), `upsert of ${pairs.length}`).toEqual(rowsOf(single));
		batched.close();
		single.close();
	}
});
