import type { DatabaseSync } from 'node:sqlite';
import { IndexLayoutError } from '../errors.ts';
import type { Collection } from './types.ts';

/** Bumped when the table layout changes; an index with another version is rebuilt from scratch. */
export const SCHEMA_VERSION = '11';

/**
 * SQLite page size of the index file (SQLite's default is 4 KB). A stored document is about 2 KB
 * compressed, so a 4 KB page often holds one and leaves the rest unused: a fifth of the store was
 * empty space. FTS5 leaves stay 4,050 bytes (its `pgsz`), four to a page: leaves filling the page
 * held 1 % less but slowed the matching of common words (decisions.md). Set when the file is
 * created or started over; it is part of the layout, so a change of it bumps `SCHEMA_VERSION`.
 */
export const PAGE_SIZE = 16384;

/** Table name prefix of a collection. */
export function tablePrefix(collection: Collection): string {
	return collection === 'articles' ? 'a' : 'm';
}

type CharColumn = 'title' | 'measures' | 'body';

/**
 * The columns of a collection's character table, the field holding most of its text first: FTS5
 * writes a column marker (two bytes) before the positions of every column but the first, in every
 * posting, so an article's body and a measure's text go first (articles' postings 27 % smaller).
 */
const CHAR_COLUMNS: Record<string, readonly CharColumn[]> = {
	a: ['body', 'measures', 'title'],
	m: ['measures', 'title', 'body'],
};
const FIELD_ORDER: readonly CharColumn[] = ['title', 'measures', 'body'];

/**
 * BM25 weights of the fields (title, measures, body, as `ranking.json` lists them) in the column
 * order of table prefix `p`'s character table: the arguments of `bm25(<p>_chars, …)`.
 */
export function columnWeights(p: string, weights: readonly number[]): number[] {
	return charColumns(p).map((c) => weights[FIELD_ORDER.indexOf(c)]!);
}

function charColumns(p: string): readonly CharColumn[] {
	const columns = CHAR_COLUMNS[p];
	if (!columns) throw new TypeError(`\`${p}\` is no table prefix (\`a\` or \`m\`)`);
	return columns;
}

function collectionDdl(p: string): string {
	return `
CREATE TABLE IF NOT EXISTS ${p}_docs (
	rowid INTEGER PRIMARY KEY,
	id TEXT NOT NULL UNIQUE,
	hash TEXT NOT NULL,
	date TEXT,
	year INTEGER,
	source TEXT NOT NULL,
	kind TEXT NOT NULL,
	region TEXT NOT NULL
);
-- Whole documents apart from the metadata, so filters, sorts and facets read small rows; each
-- compressed on its own (stored-doc.ts: a codec tag, then the bytes), so a query decodes only the
-- documents it shows or rescores.
CREATE TABLE IF NOT EXISTS ${p}_store (rowid INTEGER PRIMARY KEY, doc BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS ${p}_docs_date ON ${p}_docs(date);
CREATE TABLE IF NOT EXISTS ${p}_region (
	doc INTEGER NOT NULL,
	code TEXT NOT NULL,
	level TEXT NOT NULL,
	-- 1 when the code is the primary region or one of its ancestors: the item is about it.
	main INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (doc, code)
) WITHOUT ROWID;
-- Serves both region scopes: \`code IN (…)\` alone reads its prefix (a (code, doc) index beside it
-- was never chosen, and cost 43 bytes a document).
CREATE INDEX IF NOT EXISTS ${p}_region_main ON ${p}_region(code, main, doc);
CREATE TABLE IF NOT EXISTS ${p}_theme (
	doc INTEGER NOT NULL,
	theme TEXT NOT NULL,
	PRIMARY KEY (doc, theme)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ${p}_theme_theme ON ${p}_theme(theme, doc);
-- One vector per document: encodeVector's int8 quantisation after its scale.
CREATE TABLE IF NOT EXISTS ${p}_vec (doc INTEGER PRIMARY KEY, vec BLOB NOT NULL);
-- Each vector's hubness (hubness.ts): its k-occurrence among headlines asked as queries, over the
-- average; rewritten whole when the collection changes.
CREATE TABLE IF NOT EXISTS ${p}_hub (doc INTEGER PRIMARY KEY, ratio REAL NOT NULL);
-- The text fields as charGrams() tokens (Chinese character bigrams, ASCII words), joined by spaces
-- for the ascii tokenizer: any run of two or more characters copied from a text is a phrase of
-- consecutive tokens, whatever jieba would cut. Words are phrases of grams (lexical-plan.ts).
CREATE VIRTUAL TABLE IF NOT EXISTS ${p}_chars USING fts5(
	${charColumns(p).join(', ')},
	content='', contentless_delete=1,
	tokenize='ascii',
	detail=full
);
CREATE VIRTUAL TABLE IF NOT EXISTS ${p}_charvocab USING fts5vocab(${p}_chars, 'row');
`;
}

const pragmaValue = (db: DatabaseSync, name: string): unknown =>
	Object.values(db.prepare(`PRAGMA ${name}`).get() ?? {})[0];

/**
 * Gives an emptied index file `PAGE_SIZE` pages: a WAL file cannot change its page size, so it
 * leaves WAL for the VACUUM (cheap on the tables just dropped) and returns to it. Left as it is
 * when another connection keeps it in WAL: the layout reads the same, only less compactly.
 */
function repage(db: DatabaseSync): void {
	if (pragmaValue(db, 'page_size') === PAGE_SIZE) return;
	if (pragmaValue(db, 'journal_mode = DELETE') === 'delete')
		db.exec(`PRAGMA page_size = ${PAGE_SIZE}; VACUUM;`);
	db.exec('PRAGMA journal_mode = WAL');
}

/**
 * Opens the layout: WAL journal, the meta table and both collections' tables. An index of another
 * layout version is started over when `startOver` (the index builder: it refills it), and refused
 * otherwise, so a process that only searches never empties the index it was given.
 * @throws {IndexLayoutError} naming `file` when the layout differs and `startOver` is false.
 */
export function ensureSchema(db: DatabaseSync, file: string, startOver: boolean): void {
	// page_size applies only to a file that has no page yet (or at the VACUUM below).
	db.exec(
		`PRAGMA page_size = ${PAGE_SIZE}; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY;`,
	);
	db.exec('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
	const row = db.prepare("SELECT value FROM meta WHERE key = 'schema'").get() as
		{ value: string } | undefined;
	if (row && row.value !== SCHEMA_VERSION) {
		if (!startOver) throw new IndexLayoutError(file, row.value, SCHEMA_VERSION);
		db.exec('DROP TABLE IF EXISTS store_dict');
		for (const p of ['a', 'm']) {
			db.exec(`DROP TABLE IF EXISTS ${p}_charvocab; DROP TABLE IF EXISTS ${p}_chars; DROP TABLE IF EXISTS ${p}_vocab; DROP TABLE IF EXISTS ${p}_fts; DROP TABLE IF EXISTS ${p}_docs; DROP TABLE IF EXISTS ${p}_store;
				DROP TABLE IF EXISTS ${p}_region; DROP TABLE IF EXISTS ${p}_theme; DROP TABLE IF EXISTS ${p}_vec; DROP TABLE IF EXISTS ${p}_hub;`);
		}
		repage(db);
	}
	db.exec(collectionDdl('a') + collectionDdl('m'));
	// zstd dictionaries of stored documents (stored-doc.ts), one per collection, named by rows' ids.
	db.exec(
		'CREATE TABLE IF NOT EXISTS store_dict (id INTEGER PRIMARY KEY, collection TEXT NOT NULL, bytes BLOB NOT NULL)',
	);
	// Written only when it changes: a commit here would drop every other open connection's
	// caches (vectors, document frequencies), as each CLI search or server start did.
	if (row?.value !== SCHEMA_VERSION)
		db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema', ?)").run(SCHEMA_VERSION);
	// The matching set of one query: FTS5 BM25 score, the final rank score of the rescored head
	// (lexical or fused with vectors), the phrase tier (2 exact, 1 near variant, 0 neither), and
	// whether it matched only some of the query's words (part = 1).
	db.exec(
		'CREATE TEMP TABLE IF NOT EXISTS hits (rowid INTEGER PRIMARY KEY, score REAL NOT NULL, fused REAL NOT NULL DEFAULT 0, tier INTEGER NOT NULL DEFAULT 0, part INTEGER NOT NULL DEFAULT 0)',
	);
}
