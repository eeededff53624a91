import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { BULK_DOCS, createBulkLoad } from './bulk-load.ts';
import { createDocumentRows, indexInput, isCopy } from './document-rows.ts';
import { tablePrefix } from './embedded-schema.ts';
import { indexRows, type IndexRows } from './index-rows.ts';
import { createIndexRowsPool, type IndexRowsPool } from './index-rows-pool.ts';
import type { StoreConfig } from './store-config.ts';
import { createStoreDictionaries } from './store-dictionaries.ts';
import { assertStoreCodec, encodeStoredDoc } from './stored-doc.ts';
import type { Collection, SearchBackend } from './types.ts';

/** The write side of the embedded index: upserts and deletes, one transaction at a time. */
export interface EmbeddedWriter extends Pick<SearchBackend, 'upsert' | 'delete'> {
	/** Replaces a collection's measured hubness (`hubness.ts`) with `ratios` (rowid, ratio). */
	replaceHubs(
		collection: Collection,
		ratios: readonly (readonly [number, number])[],
	): Promise<void>;
	/** Transactions this connection committed (another connection's show in `data_version`). */
	readonly commits: number;
	/**
	 * Ends a bulk load (called when the backend closes): merges the character table's segments
	 * (into one when the load wrote most of the collection) and restores the incremental merge
	 * settings. Merges nothing after a failed write (the build is abandoned), or when no bulk write
	 * happened.
	 */
	settle(): void;
}

/**
 * Writes documents into the tables of `embedded-schema.ts`: metadata, the stored document
 * (compressed as `store` says), the character grams of each text field (no segmenter: the index
 * does not depend on jieba's cut), the region and theme rows and the vector. One transaction per
 * upsert or delete.
 * @throws {TypeError} when this Node cannot write `store.codec`.
 */
export function createEmbeddedWriter(
	db: DatabaseSync,
	stmt: (sql: string) => StatementSync,
	store: StoreConfig,
): EmbeddedWriter {
	assertStoreCodec(store);
	let commits = 0;
	let failed = false;
	const transaction = (fn: () => void) => {
		db.exec('BEGIN IMMEDIATE');
		try {
			fn();
			db.exec('COMMIT');
			commits++;
		} catch (error) {
			failed = true;
			if (db.isTransaction) db.exec('ROLLBACK');
			throw error;
		}
	};
	const bulk = createBulkLoad(db, stmt);
	/** Encoder threads, started by the first bulk upsert and stopped by `settle`. */
	let encoders: IndexRowsPool | undefined;
	const settle = () => {
		void encoders?.close();
		encoders = undefined;
		if (db.isOpen) bulk.settle(!failed);
	};
	const { rowidOf, removeRow, writeOne } = createDocumentRows(stmt);
	const { dictionaryFor, keepDictionary } = createStoreDictionaries(stmt, store);

	// Writes run one at a time, in the order they were asked for.
	let queue: Promise<unknown> = Promise.resolve();
	const exclusive = (fn: () => void | Promise<void>): Promise<void> => {
		const next = queue.then(fn, fn);
		queue = next.catch(() => undefined);
		return next;
	};

	return {
		get commits() {
			return commits;
		},
		settle,
		upsert(collection, docs, vectors) {
			const p = tablePrefix(collection);
			// Compressed and cut into grams while the writes queued ahead run: a bulk upsert's on
			// encoder threads, a small one's (not worth a thread's start) on this one.
			const dictionary = dictionaryFor(p, docs);
			const kept = docs.filter((d) => !isCopy(d));
			const inputs = kept.map(indexInput);
			const encoding =
				kept.length >= BULK_DOCS
					? (encoders ??= createIndexRowsPool()).encode(inputs, store, dictionary)
					: Promise.resolve().then(() => inputs.map((i) => indexRows(i, store, dictionary)));
			encoding.catch(() => undefined);
			return exclusive(async () => {
				let encoded: IndexRows[];
				try {
					encoded = await encoding;
				} catch (error) {
					failed = true;
					throw error;
				}
				const rowsOf = new Map(kept.map((d, i) => [d, encoded[i]!]));
				if (docs.length >= BULK_DOCS) bulk.tune(p, docs.length);
				transaction(() => {
					const used = keepDictionary(p, dictionary);
					for (const doc of docs) {
						const rows = rowsOf.get(doc);
						const stored =
							rows && (used === dictionary ? rows.stored : encodeStoredDoc(doc, store, used));
						writeOne(p, doc, vectors?.get(doc.id), rows, stored);
					}
				});
			});
		},
		replaceHubs(collection, ratios) {
			const p = tablePrefix(collection);
			return exclusive(() =>
				transaction(() => {
					stmt(`DELETE FROM ${p}_hub`).run();
					const insert = stmt(`INSERT INTO ${p}_hub (doc, ratio) VALUES (?, ?)`);
					for (const [rowid, ratio] of ratios) insert.run(rowid, ratio);
				}),
			);
		},
		delete(collection, ids) {
			const p = tablePrefix(collection);
			return exclusive(() =>
				transaction(() => {
					for (const id of ids) {
						const rowid = rowidOf(p, id);
						if (rowid !== undefined) removeRow(p, rowid);
					}
				}),
			);
		},
	};
}
