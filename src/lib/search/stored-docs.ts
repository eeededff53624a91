import type { StatementSync } from 'node:sqlite';
import type { SearchDocument } from './types.ts';

// The one place a search reads stored documents (`${p}_store`). A document is read as its bytes and
// decoded here: node:sqlite's own conversion of a TEXT column to a string costs about as much as
// reading the row (≈ 20 µs for a 6 KB article, against 3 µs for TextDecoder), and a query reads
// up to a hundred and more of them to rescore.
const utf8 = new TextDecoder();

/** A stored document from its column's bytes. */
export function decodeStoredDoc(bytes: Uint8Array): SearchDocument {
	return JSON.parse(utf8.decode(bytes)) as SearchDocument;
}

/** The SQL expression that selects a stored document's column for `decodeStoredDoc`. */
export const STORED_DOC = 'CAST(s.doc AS BLOB)';

/**
 * Reads stored documents by rowid, each at most once for the life of the reader (one query):
 * the documents a query rescored are the ones its page shows.
 */
export function storedDocReader(
	stmt: (sql: string) => StatementSync,
	p: string,
): (rowid: number) => SearchDocument | undefined {
	const read = stmt(`SELECT ${STORED_DOC} AS doc FROM ${p}_store s WHERE s.rowid = ?`);
	const seen = new Map<number, SearchDocument>();
	return (rowid) => {
		let doc = seen.get(rowid);
		if (!doc) {
			const row = read.get(rowid) as { doc: Uint8Array } | undefined;
			if (!row) return undefined;
			doc = decodeStoredDoc(row.doc);
			seen.set(rowid, doc);
		}
		return doc;
	};
}
