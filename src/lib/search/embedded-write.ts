import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { getDivision, withAncestors } from '../geo/gazetteer.ts';
import { BULK_DOCS, createBulkLoad } from './bulk-load.ts';
import { tablePrefix } from './embedded-schema.ts';
import { indexRows, type IndexInput, type IndexRows } from './index-rows.ts';
import { createIndexRowsPool, type IndexRowsPool } from './index-rows-pool.ts';
import { documentText } from './search-hit.ts';
import type { StoreConfig } from './store-config.ts';
import {
	assertStoreCodec,
	dictionaryContent,
	encodeStoredDoc,
	type StoreDictionary,
} from './stored-doc.ts';
import { documentHash, isMeasureDocument } from './to-search-document.ts';
import type { Collection, SearchBackend, SearchDocument } from './types.ts';
import { encodeVector } from './vector-index.ts';

/** Whether `doc` is a copy of another article's release, which the index leaves out. */
const isCopy = (doc: SearchDocument): boolean => 'duplicateOf' in doc && !!doc.duplicateOf;

/** What `indexRows` needs of a document. */
function indexInput(doc: SearchDocument): IndexInput {
	const text = documentText(doc);
	return {
		json: JSON.stringify(doc),
		title: text.title,
		// An article's measures and slogans are sentences and phrases of its body: indexed there
		// already, so its measures column stays empty (a measure document's is its own text).
		measures: isMeasureDocument(doc) ? text.measures : '',
		body: text.body,
	};
}

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
	const rowidOf = (p: string, id: string): number | undefined =>
		(stmt(`SELECT rowid FROM ${p}_docs WHERE id = ?`).get(id) as { rowid: number } | undefined)
			?.rowid;
	const removeRow = (p: string, rowid: number) => {
		for (const [table, key] of [
			['chars', 'rowid'],
			['region', 'doc'],
			['theme', 'doc'],
			['vec', 'doc'],
			['hub', 'doc'],
			['store', 'rowid'],
			['docs', 'rowid'],
		])
			stmt(`DELETE FROM ${p}_${table} WHERE ${key} = ?`).run(rowid);
	};
	/** Each collection's store dictionary once this writer has one (table prefix → dictionary). */
	const dictionaries = new Map<string, StoreDictionary>();
	/** Ids given to dictionaries this writer made, for the next one it makes. */
	let lastDictionaryId = 0;
	/**
	 * The collection's store dictionary: the newest in the index, else one made from `docs` (the
	 * first documents it stores), else none when the config asks for none. Chosen when an upsert is
	 * asked for, so its documents can be compressed before the writes queued ahead of it commit;
	 * every transaction writing with a dictionary also inserts it if missing, so no row ever names
	 * a dictionary the index lacks, even when the upsert that made it failed.
	 */
	const dictionaryFor = (
		p: string,
		docs: readonly SearchDocument[],
	): StoreDictionary | undefined => {
		if (store.codec !== 'zstd' || store.dictionaryKb === 0) return undefined;
		const known = dictionaries.get(p);
		if (known) return known;
		const found = stmt(
			'SELECT id, bytes FROM store_dict WHERE collection = ? ORDER BY id DESC LIMIT 1',
		).get(p) as { id: number; bytes: Uint8Array } | undefined;
		const bytes = found ? undefined : dictionaryContent(docs, store);
		if (!found && !bytes) return undefined;
		const top = Number(
			(stmt('SELECT coalesce(max(id), 0) AS n FROM store_dict').get() as { n: number }).n,
		);
		const made = found ?? {
			id: (lastDictionaryId = Math.max(top, lastDictionaryId) + 1),
			bytes: bytes!,
		};
		dictionaries.set(p, made);
		return made;
	};
	/**
	 * Inside the write transaction: keeps `dictionary` in the index and returns the dictionary the
	 * rows must name. Another connection may have stored a different dictionary under the same id
	 * since it was chosen (two index runs at once); the rows then use the collection's newest
	 * dictionary in the index, else this one under a fresh id, so no row names bytes it was not
	 * compressed with.
	 */
	const keepDictionary = (
		p: string,
		dictionary: StoreDictionary | undefined,
	): StoreDictionary | undefined => {
		if (!dictionary) return undefined;
		stmt('INSERT OR IGNORE INTO store_dict (id, collection, bytes) VALUES (?, ?, ?)').run(
			dictionary.id,
			p,
			dictionary.bytes,
		);
		const held = stmt('SELECT collection, bytes FROM store_dict WHERE id = ?').get(
			dictionary.id,
		) as { collection: string; bytes: Uint8Array };
		if (held.collection === p && Buffer.from(held.bytes).equals(dictionary.bytes))
			return dictionary;
		const newest = stmt(
			'SELECT id, bytes FROM store_dict WHERE collection = ? ORDER BY id DESC LIMIT 1',
		).get(p) as StoreDictionary | undefined;
		const used = newest ?? {
			id: Number(
				stmt('INSERT INTO store_dict (collection, bytes) VALUES (?, ?)').run(p, dictionary.bytes)
					.lastInsertRowid,
			),
			bytes: dictionary.bytes,
		};
		dictionaries.set(p, used);
		return used;
	};
	const writeOne = (
		p: string,
		doc: SearchDocument,
		vector: Float32Array | undefined,
		rows: IndexRows | undefined,
		stored: Uint8Array | undefined,
	) => {
		const old = rowidOf(p, doc.id);
		if (old !== undefined) removeRow(p, old);
		// A copy of another article's release is not a document of its own (Meilisearch's adapter
		// filters such copies out of every query): it is dropped here, and a stored one removed.
		if (isCopy(doc) || !rows || !stored) return;
		const rowid = Number(
			stmt(
				`INSERT INTO ${p}_docs (id, hash, date, year, source, kind, region) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			).run(doc.id, documentHash(doc), doc.date, doc.year, doc.source, doc.kind, doc.region)
				.lastInsertRowid,
		);
		stmt(`INSERT INTO ${p}_store (rowid, doc) VALUES (?, ?)`).run(rowid, stored);
		stmt(`INSERT INTO ${p}_chars (rowid, title, measures, body) VALUES (?, ?, ?, ?)`).run(
			rowid,
			rows.title,
			rows.measures,
			rows.body,
		);
		const main = new Set(withAncestors(doc.region));
		main.add(doc.region);
		const insertRegion = stmt(
			`INSERT INTO ${p}_region (doc, code, level, main) VALUES (?, ?, ?, ?)`,
		);
		for (const code of new Set([...doc.regionCodes, doc.region]))
			insertRegion.run(rowid, code, getDivision(code)?.level ?? 'unknown', main.has(code) ? 1 : 0);
		const insertTheme = stmt(`INSERT INTO ${p}_theme (doc, theme) VALUES (?, ?)`);
		for (const theme of new Set(doc.themes)) insertTheme.run(rowid, theme);
		if (vector)
			stmt(`INSERT INTO ${p}_vec (doc, vec) VALUES (?, ?)`).run(rowid, encodeVector(vector));
	};

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
