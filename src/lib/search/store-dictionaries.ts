import type { StatementSync } from 'node:sqlite';
import type { StoreConfig } from './store-config.ts';
import { dictionaryContent, type StoreDictionary } from './stored-doc.ts';
import type { SearchDocument } from './types.ts';

/** The store dictionaries (`store_dict`) one writer compresses documents with. */
export interface StoreDictionaries {
	/** The collection's dictionary for an upsert of `docs` (made from them when it has none). */
	dictionaryFor: (p: string, docs: readonly SearchDocument[]) => StoreDictionary | undefined;
	/** Inside the write transaction: the dictionary the rows must name, kept in the index. */
	keepDictionary: (
		p: string,
		dictionary: StoreDictionary | undefined,
	) => StoreDictionary | undefined;
}

/** A writer's store dictionaries, each collection's chosen once and kept for the writer's life. */
export function createStoreDictionaries(
	stmt: (sql: string) => StatementSync,
	store: StoreConfig,
): StoreDictionaries {
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
	return { dictionaryFor, keepDictionary };
}
