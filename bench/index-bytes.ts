/**
 * Where an embedded index's bytes are: each table and index of the file (from SQLite's `dbstat`),
 * as bytes per article, with its payload and the unused part of its pages, largest first. Build
 * the index with bench:search's build step, which keeps it:
 * `node bench/search.ts --child build --engine ours --dir /tmp/idx --docs 20000`, then
 * `node bench/index-bytes.ts /tmp/idx/search.sqlite`. A 1M estimate is the per-article total
 * times a million (postings grow a little faster than linearly: rowid deltas widen); vectors, when
 * the index holds them, are the `a_vec` row (516 bytes each plus the page overhead).
 */
import { existsSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';

const file = process.argv[2];
if (!file || !existsSync(file)) {
	console.error('Usage: node bench/index-bytes.ts <index file> (no such file given)');
	process.exit(2);
}
const db = new DatabaseSync(file, { readOnly: true });
const docs = Number((db.prepare('SELECT count(*) AS n FROM a_docs').get() as { n: number }).n);
const rows = db
	.prepare(
		'SELECT name, sum(pgsize) AS bytes, sum(payload) AS payload, sum(unused) AS unused FROM dbstat GROUP BY name ORDER BY bytes DESC',
	)
	.all() as { name: string; bytes: number; payload: number; unused: number }[];
db.close();
const perDoc = (n: number) => (n / Math.max(1, docs)).toFixed(0).padStart(7);
console.log(`${file}: ${docs} articles; bytes per article`);
console.log('table or index                   pages  payload   unused');
for (const r of rows)
	if (r.bytes / Math.max(1, docs) >= 1)
		console.log(
			`${r.name.padEnd(30)} ${perDoc(r.bytes)}  ${perDoc(r.payload)}  ${perDoc(r.unused)}`,
		);
const total = rows.reduce((sum, r) => sum + r.bytes, 0);
console.log(
	`${'total'.padEnd(30)} ${perDoc(total)}  (1M articles at this rate: ${(((total / Math.max(1, docs)) * 1e6) / 1e9).toFixed(2)} GB)`,
);
