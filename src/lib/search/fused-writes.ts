import type { StatementSync } from 'node:sqlite';
import { readIndexBuild } from '../schema/index-build.ts';

/** Rows one statement writes at most; smaller remainders go in halving sizes (32, 16, … 1). */
const { vectorWriteBatch: WRITE_BATCH } = readIndexBuild().rows;

const rows = (size: number, row: string) => Array.from({ length: size }, () => row).join(', ');

/** Each batch statement's SQL, written once: a hybrid query writes hundreds of rows in batches. */
const FUSED_SQL = new Map<string, string>();
function fusedSql(mode: 'update' | 'upsert', size: number): string {
	const key = `${mode}:${size}`;
	let sql = FUSED_SQL.get(key);
	if (sql === undefined) {
		sql =
			mode === 'update'
				? `UPDATE temp.hits SET fused = v.column2 FROM (VALUES ${rows(size, '(?, ?)')}) AS v WHERE temp.hits.rowid = v.column1`
				: `INSERT INTO temp.hits (rowid, score, fused) VALUES ${rows(size, '(?, 0, ?)')} ON CONFLICT(rowid) DO UPDATE SET fused = excluded.fused`;
		FUSED_SQL.set(key, sql);
	}
	return sql;
}

/**
 * Sets `fused` of temp.hits rows, given as (rowid, fused) pairs with distinct rowids: `update`
 * only changes rows already there, `upsert` also adds the missing ones (score 0). A statement per
 * row cost more than the row (hundreds of rows for a hybrid query); a batch binds many rows to one
 * statement, and batch sizes are powers of two, so at most seven statements are ever prepared.
 */
export function writeFused(
	stmt: (sql: string) => StatementSync,
	pairs: readonly (readonly [number, number])[],
	mode: 'update' | 'upsert',
): void {
	let at = 0;
	for (let size = WRITE_BATCH; size >= 1; size >>= 1) {
		while (pairs.length - at >= size) {
			const params: number[] = [];
			for (let i = at; i < at + size; i++) params.push(pairs[i]![0], pairs[i]![1]);
			stmt(fusedSql(mode, size)).run(...params);
			at += size;
		}
	}
}
