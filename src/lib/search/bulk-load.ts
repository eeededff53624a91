import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { readIndexBuild } from '../schema/index-build.ts';

// `index-build.json`'s bulk-load values; why each has its value is said at its constant below.
const BUILD = readIndexBuild().bulk;

/** Upserts with at least this many documents tune the character table for a bulk load. */
export const BULK_DOCS = BUILD.bulkDocs;
/**
 * FTS5 pending-data size before a flush to a new segment during bulk writes (default 1 MB): fewer,
 * larger level-0 segments, so fewer merges rewrite the index. Stored in the table's config.
 */
const FTS_HASH_BYTES = BUILD.ftsHashMib * 1024 * 1024;
/**
 * Segments of one level FTS5 merges into one (default 4) during incremental writes, for at most
 * twice as many segments per level. Stored in the config.
 */
const FTS_AUTOMERGE = BUILD.ftsAutomerge;
/**
 * During a bulk load nothing is merged until this many segments pile up on one level (FTS5's
 * `crisismerge`, default 16); the load ends with one merge of everything (`settle`): each posting
 * is written twice instead of once per level, and one segment holds a term's postings in one run
 * (on 20k synthetic articles postings 92 → 80 MB, insert and merge CPU 15.7 → 14.2 s:
 * `node bench/char-table-layout.ts`).
 */
const BULK_CRISISMERGE = BUILD.bulkCrisismerge;
const FTS_CRISISMERGE = BUILD.ftsCrisismerge;
/**
 * A bulk load that wrote at least this share of a collection's rows ends with FTS5's `optimize`
 * (every segment into one); a smaller one only merges as `automerge` would have, so adding a batch
 * to a large index never rewrites all of it.
 */
const OPTIMIZE_SHARE = BUILD.optimizeShare;
/**
 * After an `optimize`, the pages the merge freed last stay in the file (about a tenth of the
 * postings: 37 MB of a 718 MB index of 100k synthetic articles); from this share of the file on,
 * the load ends with a VACUUM (6 s of CPU at 100k; 718 → 678 MB).
 */
const VACUUM_FREE_SHARE = BUILD.vacuumFreeShare;
/** WAL pages before an automatic checkpoint during bulk writes (default 1000): fewer fsyncs. */
const BULK_WAL_PAGES = BUILD.bulkWalPages;
/** SQLite's page cache during bulk writes, in KiB (SQLite's `cache_size` takes KiB when negative). */
const BULK_CACHE_KIB = BUILD.cacheMib * 1024;
/** Pages one step of a merge after a smaller bulk load writes at most (FTS5's `merge` command). */
const MERGE_PAGES = BUILD.mergePagesPerStep;

/** How the character tables are merged while one connection loads many documents. */
export interface BulkLoad {
	/** Before a bulk upsert of `rows` documents into table prefix `p`: merges wait until `settle`. */
	tune(p: string, rows: number): void;
	/**
	 * After the load: restores the incremental merge settings and, when `merge`, merges each loaded
	 * table's segments (into one when the load wrote most of its collection, then gives the freed
	 * pages back to the file system).
	 */
	settle(merge: boolean): void;
}

/** The bulk-load settings of the embedded index's character tables (`embedded-write.ts`). */
export function createBulkLoad(db: DatabaseSync, stmt: (sql: string) => StatementSync): BulkLoad {
	/** Rows each collection's bulk writes wrote (table prefix → count). */
	const bulkRows = new Map<string, number>();
	const tune = (p: string, rows: number) => {
		if (!bulkRows.has(p))
			db.exec(
				`PRAGMA cache_size = -${BULK_CACHE_KIB}; PRAGMA wal_autocheckpoint = ${BULK_WAL_PAGES};
				INSERT INTO ${p}_chars(${p}_chars, rank) VALUES('hashsize', ${FTS_HASH_BYTES});
				INSERT INTO ${p}_chars(${p}_chars, rank) VALUES('automerge', 0);
				INSERT INTO ${p}_chars(${p}_chars, rank) VALUES('crisismerge', ${BULK_CRISISMERGE});`,
			);
		bulkRows.set(p, (bulkRows.get(p) ?? 0) + rows);
	};
	const settle = (merge: boolean) => {
		let optimized = false;
		for (const [p, rows] of bulkRows) {
			const t = `${p}_chars`;
			db.exec(`INSERT INTO ${t}(${t}, rank) VALUES('automerge', ${FTS_AUTOMERGE});
				INSERT INTO ${t}(${t}, rank) VALUES('crisismerge', ${FTS_CRISISMERGE});`);
			if (!merge) continue;
			const total = Number((stmt(`SELECT count(*) AS n FROM ${p}_docs`).get() as { n: number }).n);
			if (rows >= total * OPTIMIZE_SHARE) {
				db.exec(`INSERT INTO ${t}(${t}) VALUES('optimize')`);
				optimized = true;
			} else {
				// Positive: merges only levels holding more than `usermerge` segments, a step at a
				// time; a step that found work changes total_changes() by 2 or more (FTS5's docs).
				const step = stmt(`INSERT INTO ${t}(${t}, rank) VALUES('merge', ${MERGE_PAGES})`);
				const changes = stmt('SELECT total_changes() AS n');
				const count = () => Number((changes.get() as { n: number }).n);
				for (let before = count(), after = -1; ; before = after) {
					step.run();
					after = count();
					if (after - before < 2) break;
				}
			}
		}
		bulkRows.clear();
		const pages = (pragma: string) =>
			Number(Object.values(stmt(`PRAGMA ${pragma}`).get() as object)[0]);
		if (optimized && pages('freelist_count') >= pages('page_count') * VACUUM_FREE_SHARE)
			db.exec('VACUUM');
	};
	return { tune, settle };
}
