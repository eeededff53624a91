import type { StatementSync } from 'node:sqlite';
import { isMeasureDocument } from './to-search-document.ts';
import type { SearchDocument, SearchParams } from './types.ts';

/**
 * What a collection's tables hold that no query reads whole, so warming leaves it out: the stored
 * documents and the vectors (a query reads a few rows of each; the vectors are loaded into memory
 * on their own) and the postings (larger than the page cache).
 */
const READ_IN_PART = ['_store', '_vec', '_chars_data'];

type Stmt = (sql: string) => StatementSync;

/**
 * Reads into SQLite's page cache every table of collection `p` that queries read all over: the
 * document table (dates, sources and years of every hit for the result page, filters and facets),
 * the region and theme tables (facets join every hit), FTS5's document sizes (BM25 reads the size
 * of every match) and segment index. The first queries of a fresh process otherwise fetch these
 * pages from the file one by one. `count(*)` walks a table's b-tree page by page without decoding
 * its rows (the region table's 300k rows at 100k documents: about 6 ms against 45 for reading
 * them). Indexes are left out: a filter reads one range of them (a region's or a theme's rows).
 * Tables are listed from the schema, so a changed layout is warmed as it is.
 */
export function primeTables(stmt: Stmt, p: string): void {
	const tables = stmt(
		`SELECT name FROM sqlite_schema WHERE type = 'table' AND substr(name, 1, ?) = ? AND sql NOT LIKE 'CREATE VIRTUAL%'`,
	).all(p.length + 1, `${p}_`) as { name: string }[];
	for (const { name } of tables)
		if (!READ_IN_PART.some((suffix) => name.endsWith(suffix)))
			stmt(`SELECT count(*) FROM "${name}" NOT INDEXED`).get();
}

/**
 * `n` searches to warm a fresh process with, taken from the collection's own documents (never
 * from any query list): documents spread evenly over the collection, each asking the first
 * characters of its headline (every other one adding the next document's), filtered by its region
 * or its first theme, with region and theme facets, as the search page asks. Each runs every stage
 * of a query once (planning, matching, rescoring, decoding, snippets, facets), so the code is
 * compiled and the decoders are loaded before the first user asks.
 */
export function warmupSearches(
	stmt: Stmt,
	p: string,
	n: number,
	decode: (row: Uint8Array) => SearchDocument,
): SearchParams[] {
	if (n <= 0) return [];
	const range = stmt(`SELECT min(rowid) AS lo, max(rowid) AS hi FROM ${p}_docs`).get() as {
		lo: number | null;
		hi: number | null;
	};
	if (range.lo === null || range.hi === null) return [];
	const next = stmt(
		`SELECT s.doc AS doc FROM ${p}_docs d JOIN ${p}_store s ON s.rowid = d.rowid WHERE d.rowid >= ? ORDER BY d.rowid LIMIT 1`,
	);
	const docs: SearchDocument[] = [];
	for (let i = 0; i <= n; i++) {
		const row = next.get(range.lo + Math.floor(((range.hi - range.lo) * i) / n)) as
			{ doc: Uint8Array } | undefined;
		if (row) docs.push(decode(row.doc));
	}
	// The first run of Chinese characters of the headline, cut to a word's length.
	const opening = (doc: SearchDocument | undefined) =>
		!doc
			? ''
			: (
					(isMeasureDocument(doc) ? doc.articleTitle : doc.title).match(
						/\p{Script=Han}{2,}/u,
					)?.[0] ?? ''
				).slice(0, 4);
	const searches: SearchParams[] = [];
	for (const [i, doc] of docs.slice(0, n).entries()) {
		const words = [opening(doc), i % 2 === 1 ? opening(docs[i + 1]) : ''].filter((w) => w !== '');
		if (words.length === 0) continue;
		const filters = i % 2 === 0 ? { region: [doc.region] } : { theme: doc.themes.slice(0, 1) };
		searches.push({
			q: words.join(' '),
			filters,
			facets: ['province', 'theme'],
			hitsPerPage: 10,
		});
	}
	return searches;
}
