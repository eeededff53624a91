/**
 * Layouts of the character-gram table side by side: the same synthetic articles (bench:search's
 * corpus) written as the index writes them (space-joined `charGrams` of body, measures and title,
 * transactions of 1000 documents, WAL) into one FTS5 table per layout, each in its own file. Prints,
 * per layout, the postings' bytes (`<table>_data`, from `dbstat`), the file's used bytes and the
 * CPU time (not wall clock: the machine is shared) of the inserts and of the final merge, if any.
 * Usage: `node bench/char-table-layout.ts [--docs 20000] [--only 'prefix|prefix']`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { parseArgs } from 'node:util';
import { charGrams } from '../src/lib/search/char-grams.ts';
import { documentText } from '../src/lib/search/search-hit.ts';
import { articleToSearchDocuments } from '../src/lib/search/to-search-document.ts';
import { benchSeeds } from '../tools/lib/bench-seeds.ts';
import { positiveIntegerOption } from '../tools/lib/project.ts';
import { syntheticArticles } from '../tools/lib/synthetic-corpus.ts';

const usage = 'node bench/char-table-layout.ts [--docs N] [--only "prefix|prefix"]';
const { values } = parseArgs({
	options: {
		docs: { type: 'string', default: '20000' },
		seeds: { type: 'string', default: '4000' },
		only: { type: 'string' },
	},
});
const count = positiveIntegerOption('docs', values.docs, usage);

interface Layout {
	name: string;
	detail: 'full' | 'column' | 'none';
	/** SQLite page size. */
	pageSize: number;
	/** FTS5 leaf size (`pgsz`); by default one leaf fills one page, as FTS5's 4,050 fills 4 KB. */
	leafBytes?: number;
	/** FTS5 `automerge` during the load (0: none), and `crisismerge`. */
	automerge: number;
	crisismerge: number;
	/** Merge every segment into one after the load (`optimize`). */
	optimize: boolean;
	/** FTS5 pending-data size before a flush to a new segment (`hashsize`, MB; the index uses 8). */
	hashMb?: number;
	/**
	 * Positions only for the title and the body's first `leadChars` characters: the whole body
	 * goes into a second table of rowids only (`detail=none`), whose bytes count with the first's.
	 */
	leadChars?: number;
}

const base: Layout = {
	name: 'full, automerge 8 (index today)',
	detail: 'full',
	pageSize: 4096,
	automerge: 8,
	crisismerge: 16,
	optimize: false,
};
const layouts: Layout[] = [
	base,
	{ ...base, name: 'full, automerge 8, optimize', optimize: true },
	{ ...base, name: 'full, no automerge, optimize', automerge: 0, crisismerge: 64, optimize: true },
	{
		...base,
		name: 'full, no automerge, optimize, 32 MB hash',
		automerge: 0,
		crisismerge: 64,
		optimize: true,
		hashMb: 32,
	},
	{
		...base,
		name: 'full, no automerge, optimize, 128 MB hash',
		automerge: 0,
		crisismerge: 64,
		optimize: true,
		hashMb: 128,
	},
	{ ...base, name: 'full, 8 KB pages, optimize', pageSize: 8192, optimize: true },
	...[4050, 8146, 16338].map((leafBytes) => ({
		...base,
		name: `full, 16 KB pages, ${leafBytes} B leaves, bulk`,
		pageSize: 16384,
		leafBytes,
		automerge: 0,
		crisismerge: 64,
		optimize: true,
	})),
	{ ...base, name: 'column (no positions)', detail: 'column' as const, optimize: true },
	{ ...base, name: 'none (rowids only)', detail: 'none' as const, optimize: true },
	{ ...base, name: 'full title+lead 300, body none', optimize: true, leadChars: 300 },
].filter((l) => !values.only || values.only.split('|').some((n) => l.name.startsWith(n)));

const cpuMs = () => {
	const u = process.cpuUsage();
	return (u.user + u.system) / 1000;
};

const seeds = await benchSeeds(Number(values.seeds));
let t = cpuMs();
const rows: [string, string, string][] = [];
const bodies: string[] = [];
for (const article of syntheticArticles(count, seeds)) {
	const text = documentText(articleToSearchDocuments(article).article);
	rows.push([charGrams(text.body).join(' '), '', charGrams(text.title).join(' ')]);
	bodies.push(text.body);
}
const gramsMs = cpuMs() - t;

const dir = mkdtempSync(join(tmpdir(), 'jucuo-char-layout-'));
const mb = (bytes: number) => (bytes / 1048576).toFixed(1);
console.log(
	`character table layouts: ${count} synthetic articles; grams cut in ${(gramsMs / count).toFixed(3)} ms CPU per article (not included below)`,
);
console.log(
	'layout                              postings MB  file MB  insert CPU s  merge CPU s  segments  overflow pages',
);
try {
	for (const layout of layouts) {
		const file = join(dir, `${layouts.indexOf(layout)}.sqlite`);
		const db = new DatabaseSync(file);
		db.exec(`PRAGMA page_size = ${layout.pageSize}; PRAGMA journal_mode = WAL;
			PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 16384;
			CREATE VIRTUAL TABLE c USING fts5(body, measures, title, content='', contentless_delete=1,
				tokenize='ascii', detail=${layout.detail});
			INSERT INTO c(c, rank) VALUES('pgsz', ${layout.leafBytes ?? layout.pageSize - 46});
			INSERT INTO c(c, rank) VALUES('hashsize', ${(layout.hashMb ?? 8) << 20});
			INSERT INTO c(c, rank) VALUES('automerge', ${layout.automerge});
			INSERT INTO c(c, rank) VALUES('crisismerge', ${layout.crisismerge});
			CREATE VIRTUAL TABLE b USING fts5(body, content='', contentless_delete=1, tokenize='ascii',
				detail=none);
			INSERT INTO b(b, rank) VALUES('automerge', ${layout.automerge});`);
		const insert = db.prepare('INSERT INTO c (rowid, body, measures, title) VALUES (?, ?, ?, ?)');
		const insertBody = db.prepare('INSERT INTO b (rowid, body) VALUES (?, ?)');
		const lead = layout.leadChars;
		t = cpuMs();
		for (let i = 0; i < rows.length; i += 1000) {
			db.exec('BEGIN');
			for (let k = i; k < Math.min(i + 1000, rows.length); k++) {
				const [body, measures, title] = rows[k]!;
				if (lead === undefined) insert.run(k + 1, body, measures, title);
				else {
					insert.run(k + 1, charGrams(bodies[k]!.slice(0, lead)).join(' '), measures, title);
					insertBody.run(k + 1, body);
				}
			}
			db.exec('COMMIT');
		}
		const insertMs = cpuMs() - t;
		t = cpuMs();
		if (layout.optimize)
			db.exec("INSERT INTO c(c) VALUES('optimize'); INSERT INTO b(b) VALUES('optimize');");
		db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
		const mergeMs = cpuMs() - t;
		const postings = Number(
			(
				db
					.prepare("SELECT sum(pgsize) AS n FROM dbstat WHERE name IN ('c_data', 'b_data')")
					.get() as {
					n: number;
				}
			).n,
		);
		// A leaf larger than a page's room spills into an overflow page of its own.
		const overflow = Number(
			(
				db
					.prepare(
						"SELECT count(*) AS n FROM dbstat WHERE name = 'c_data' AND pagetype = 'overflow'",
					)
					.get() as { n: number }
			).n,
		);
		const pages = (pragma: string) =>
			Number(Object.values(db.prepare(`PRAGMA ${pragma}`).get() as object)[0]);
		const used = (pages('page_count') - pages('freelist_count')) * layout.pageSize;
		// The structure record's segment count is not exposed; leaves per level are (ids ≥ 2^37).
		const segments = Number(
			(
				db
					.prepare('SELECT count(DISTINCT id >> 37) AS n FROM c_data WHERE id >= 137438953472')
					.get() as { n: number }
			).n,
		);
		db.close();
		console.log(
			`${layout.name.padEnd(36)} ${mb(postings).padStart(11)}  ${mb(used).padStart(7)}  ${(insertMs / 1000).toFixed(1).padStart(12)}  ${(mergeMs / 1000).toFixed(1).padStart(11)}  ${String(segments).padStart(8)}  ${String(overflow).padStart(14)}`,
		);
	}
} finally {
	rmSync(dir, { recursive: true, force: true });
}
