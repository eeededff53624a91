import type { StatementSync } from 'node:sqlite';
import { getDivision, withAncestors } from '../geo/gazetteer.ts';
import type { IndexInput, IndexRows } from './index-rows.ts';
import { documentText } from './search-hit.ts';
import { documentHash, isMeasureDocument } from './to-search-document.ts';
import type { SearchDocument } from './types.ts';
import { encodeVector } from './vector-index.ts';

/** Whether `doc` is a copy of another article's release, which the index leaves out. */
export const isCopy = (doc: SearchDocument): boolean => 'duplicateOf' in doc && !!doc.duplicateOf;

/** What `indexRows` needs of a document. */
export function indexInput(doc: SearchDocument): IndexInput {
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

/** One document's rows in the tables of `embedded-schema.ts`, found, removed and written. */
export interface DocumentRows {
	/** The rowid of the document `id`, or undefined when the index lacks it. */
	rowidOf: (p: string, id: string) => number | undefined;
	/** Deletes every row of the document at `rowid`. */
	removeRow: (p: string, rowid: number) => void;
	/**
	 * Replaces the document's rows with those of `doc` (its grams `rows`, its store row `stored`,
	 * its vector); a copy, or one without rows, is only removed.
	 */
	writeOne: (
		p: string,
		doc: SearchDocument,
		vector: Float32Array | undefined,
		rows: IndexRows | undefined,
		stored: Uint8Array | undefined,
	) => void;
}

/** The row writes of a document, inside its caller's transaction. */
export function createDocumentRows(stmt: (sql: string) => StatementSync): DocumentRows {
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
	return { rowidOf, removeRow, writeOne };
}
