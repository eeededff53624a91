import type { DatabaseSync } from 'node:sqlite';

/**
 * Runs `fn` inside one read transaction of `db` (unless one is open already): every statement of
 * a search then reads the same snapshot of the index (its hits, totals and facets agree even while
 * another process writes), and none pays for starting and ending a transaction of its own, which
 * in WAL mode costs about 7 µs a statement, more than a page read from the cache; a query runs a
 * hundred statements and more. Writes to temp tables are kept; a throw rolls them back.
 */
export function inSnapshot<T>(db: DatabaseSync, fn: () => T): T {
	if (db.isTransaction) return fn();
	db.exec('BEGIN');
	try {
		const result = fn();
		db.exec('COMMIT');
		return result;
	} catch (error) {
		if (db.isTransaction) db.exec('ROLLBACK');
		throw error;
	}
}
