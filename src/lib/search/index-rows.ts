import { charGrams } from './char-grams.ts';
import type { StoreConfig } from './store-config.ts';
import { encodeStoredJson, type StoreDictionary } from './stored-doc.ts';

/** What the index writes of one document, before any SQL: its JSON and its indexed text fields. */
export interface IndexInput {
	/** `JSON.stringify` of the search document. */
	json: string;
	title: string;
	measures: string;
	body: string;
}

/** One document's rows as the index writes them: the store row and each field's grams. */
export interface IndexRows {
	/** The store row (`encodeStoredDoc`'s bytes). */
	stored: Uint8Array;
	/**
	 * Each text field's `charGrams`, joined by spaces for the ascii tokenizer: a string, or its
	 * UTF-8 bytes (SQLite reads a blob given to FTS5 as text).
	 */
	title: string | Uint8Array;
	measures: string | Uint8Array;
	body: string | Uint8Array;
}

/**
 * The store row and the character-table text of one document: the CPU-bound part of writing it,
 * done the same way on the main thread (small upserts) and on the encoder threads (bulk loads).
 */
export function indexRows(
	input: IndexInput,
	config: StoreConfig,
	dictionary: StoreDictionary | undefined,
): IndexRows {
	return {
		stored: encodeStoredJson(input.json, config, dictionary),
		title: charGrams(input.title).join(' '),
		measures: charGrams(input.measures).join(' '),
		body: charGrams(input.body).join(' '),
	};
}
