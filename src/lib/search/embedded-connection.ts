import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { loadBm25Counts } from './bm25-native.ts';
import type { EmbeddedBackendOptions } from './embedded-options.ts';
import { ensureSchema } from './embedded-schema.ts';
import type { RankingConfig } from './ranking-config.ts';

/** An open index file: its connection and its prepared statements, each prepared once. */
export interface EmbeddedConnection {
	db: DatabaseSync;
	/** The statements `stmt` prepared, by SQL. */
	statements: Map<string, StatementSync>;
	/** A cached prepared statement. */
	stmt: (sql: string) => StatementSync;
	/** Whether the connection has the native extension (`bm25_counts`, `rowid_in`). */
	bm25Counts: boolean;
}

/**
 * Opens (or creates, with its folder) the index file of `options`, checks its layout
 * (`ensureSchema`), loads the native BM25 extension when `ranking.io.nativeBm25` asks for it and
 * sizes the page cache and the memory map as `ranking.io` says.
 * @throws {IndexLayoutError} when a search-only process opens an index of another layout.
 */
export function openEmbeddedConnection(
	options: Pick<EmbeddedBackendOptions, 'file' | 'dataDir' | 'searchOnly'>,
	ranking: RankingConfig,
): EmbeddedConnection {
	const file = options.file ?? join(options.dataDir ?? 'data', 'search.sqlite');
	if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
	const db = new DatabaseSync(file, { allowExtension: ranking.io.nativeBm25 });
	try {
		ensureSchema(db, file, !options.searchOnly);
	} catch (error) {
		db.close();
		throw error;
	}
	// After the schema check: loading reads the schema, so a damaged file fails there first.
	const bm25Counts = ranking.io.nativeBm25 && loadBm25Counts(db);
	db.exec(
		`PRAGMA cache_size = ${-1024 * ranking.io.pageCacheMb}; PRAGMA mmap_size = ${1024 * 1024 * ranking.io.mmapMb};`,
	);
	const statements = new Map<string, StatementSync>();
	const stmt = (sql: string): StatementSync => {
		let s = statements.get(sql);
		if (!s) {
			s = db.prepare(sql);
			statements.set(sql, s);
		}
		return s;
	};
	return { db, statements, stmt, bm25Counts };
}
