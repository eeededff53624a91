import type { StatementSync } from 'node:sqlite';
import type { RowSetCondition } from './filters.ts';

/**
 * The documents passing a filter's region and theme `conditions` (`rowSetConditions`) as a
 * bitmap for `rowid_in` (native/fts5-bm25-counts.c): bit r % 8 of byte r / 8 is set where rowid r
 * passes. Undefined when no condition lists rows (none, or exclusions alone), which leaves the
 * statement its IN lists. Each listing condition reads its rows once (an index range), the
 * bitmaps of several are intersected and an exclusion's rows cleared: the rows passing are those
 * `filtersToSql`'s conditions pass.
 */
export function rowSetBits(
	stmt: (sql: string) => StatementSync,
	p: string,
	conditions: readonly RowSetCondition[],
): Uint8Array | undefined {
	if (!conditions.some((c) => !c.negated)) return undefined;
	const rowsOf = (c: RowSetCondition) =>
		(
			stmt(`SELECT doc AS r FROM ${p}_${c.table} WHERE ${c.where}`).all(...c.params) as {
				r: number;
			}[]
		).map((row) => row.r);
	let bits: Uint8Array | undefined;
	for (const c of conditions.filter((c) => !c.negated)) {
		const rows = rowsOf(c);
		let last = -1;
		for (const r of rows) if (r > last) last = r;
		const these = new Uint8Array((last >> 3) + 1);
		for (const r of rows) these[r >> 3]! |= 1 << (r & 7);
		if (bits) for (let i = 0; i < these.length; i++) these[i]! &= bits[i] ?? 0;
		bits = these;
	}
	for (const c of conditions.filter((c) => c.negated))
		for (const r of rowsOf(c)) if (r >> 3 < bits!.length) bits![r >> 3]! &= ~(1 << (r & 7));
	return bits;
}
