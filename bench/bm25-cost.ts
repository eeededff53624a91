/**
 * What FTS5's `bm25()` costs in bench:search's queries, over an index bench:search built: asks
 * the 200 queries as bench/search-cpu.ts does (opened and warmed as the site opens it), records
 * every statement that asks for `bm25(`, then times each again three ways by the process's CPU
 * time (least of `--rounds`): as asked, without BM25 (the same match and filter, each row's score
 * 0) and the IDF alone (the same expression, unfiltered, `LIMIT 1`: FTS5 works out each phrase's
 * document count over its whole doclist before it scores the first row). Prints, for all queries
 * and for the slowest tenth by query CPU, the query time and the three parts' means, and with
 * `--slow` each of the slowest tenth. The backend asks `bm25()` (`io.nativeBm25` off). `--native`
 * loads native/fts5-bm25-counts.c (built as the index builds it) and times each statement a fourth
 * way, `bm25_counts` with each phrase's document count given (counted once beforehand, as the index
 * does per version), and counts the statements whose rows, scores or order differ from bm25()'s.
 * Usage: `node bench/bm25-cost.ts --dir <bench index folder> [--rounds N] [--slow] [--native]`.
 */
import { DatabaseSync, StatementSync } from 'node:sqlite';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadJiebaDictionary } from '../src/lib/nlp/jieba/dictionary.ts';
import { createDictionarySegmenter } from '../src/lib/nlp/jieba/port-segmenters.ts';
import type { ThemeId } from '../src/lib/schema/taxonomy.ts';
import { openEmbeddedBackend } from '../src/lib/search/embedded-backend.ts';
import { BM25_EXTENSION, countsBlob, matchPhrases } from '../src/lib/search/bm25-native.ts';
import { buildNativeExtension } from '../src/lib/search/native-build.ts';
import { loadRankingConfig } from '../src/lib/search/ranking-config.ts';
import { benchQueries, percentileOf } from '../tools/lib/bench-queries.ts';

const { values } = parseArgs({
	options: {
		dir: { type: 'string' },
		rounds: { type: 'string', default: '5' },
		slow: { type: 'boolean', default: false },
		native: { type: 'boolean', default: false },
	},
});
if (!values.dir) {
	console.error('Usage: node bench/bm25-cost.ts --dir <bench index folder> [--rounds N] [--slow]');
	process.exit(2);
}
const rounds = Math.max(1, Number(values.rounds) || 5);
const dictionary = loadJiebaDictionary({ dir: values.dir });
const ranking = loadRankingConfig();
const backend = openEmbeddedBackend({
	dataDir: values.dir,
	segmenter: createDictionarySegmenter(dictionary),
	searchOnly: true,
	ranking: { ...ranking, io: { ...ranking.io, nativeBm25: false } },
});
await backend.warm?.();

/** A statement that asked for BM25, with what it was bound to. */
interface Asked {
	statement: StatementSync;
	params: unknown[];
}
let asked: Asked[] = [];
let recording = false;
const prototype = StatementSync.prototype as unknown as Record<
	string,
	(...a: unknown[]) => unknown
>;
for (const method of ['run', 'get', 'all'] as const) {
	const original = prototype[method]!;
	prototype[method] = function (this: StatementSync, ...params: unknown[]) {
		if (recording && this.sourceSQL.includes('bm25(')) asked.push({ statement: this, params });
		return original.apply(this, params);
	};
}

const cpuMs = () => {
	const c = process.cpuUsage();
	return (c.user + c.system) / 1000;
};
/** Least CPU time of `fn` over the rounds. */
const least = (fn: () => unknown) => {
	let best = Infinity;
	for (let i = 0; i < rounds; i++) {
		const t0 = cpuMs();
		fn();
		best = Math.min(best, cpuMs() - t0);
	}
	return best;
};

/** The statement's SELECT part: an INSERT … SELECT is timed as its SELECT, nothing written. */
const selectOf = (sql: string) => sql.slice(sql.indexOf('SELECT '));
/** The same rows without BM25: each score 0. */
const withoutBm25 = (sql: string) => sql.replace(/bm25\([^)]*\)/gu, '0');
/** FTS5 works out the IDF at the first `bm25` call: the first row of the unfiltered match. */
function idfOnly(sql: string): string {
	const table = /FROM (\w+_chars) f/u.exec(sql)![1]!;
	return `SELECT ${/bm25\([^)]*\)/u.exec(sql)![0]} FROM ${table} f WHERE ${table} MATCH ? LIMIT 1`;
}

// A connection of its own, with the search's page cache: the backend's statements are its own.
const db = new DatabaseSync(join(values.dir, 'search.sqlite'), {
	readOnly: true,
	allowExtension: values.native,
});
if (values.native) {
	const build = buildNativeExtension(BM25_EXTENSION);
	if (!('file' in build)) throw new Error(`--native: ${build.reason}`);
	db.loadExtension(build.file);
}
/** Each phrase's document count, counted once (as an index could per version), outside timing. */
const phraseDocs = new Map<string, number>();
const countsOf = (sql: string, expr: string) => {
	const table = /FROM (\w+_chars) f/u.exec(sql)![1]!;
	return matchPhrases(expr).map((phrase) => {
		const key = `${table}:${phrase}`;
		if (!phraseDocs.has(key))
			phraseDocs.set(
				key,
				Number(
					(
						db.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${table} MATCH ?`).get(phrase) as {
							n: number;
						}
					).n,
				),
			);
		return phraseDocs.get(key)!;
	});
};
/** The statement with `bm25_counts` (native/fts5-bm25-counts.c), its counts bound first. */
const withCounts = (sql: string) =>
	sql.replace(/bm25\(([^)]*)\)/gu, (_, args: string) => `bm25_counts(${args}, ?)`);
db.exec(`PRAGMA cache_size = -${ranking.io.pageCacheMb * 1024}`);
const prepared = new Map<string, StatementSync>();
const prepare = (sql: string) => {
	let s = prepared.get(sql);
	if (!s) prepared.set(sql, (s = db.prepare(sql)));
	return s;
};

const rows: {
	q: string;
	query: number;
	asked: number;
	without: number;
	idf: number;
	native: number;
}[] = [];
let differing = 0;
// Statements reading temp.hits (the verbatim chunks' order) need the backend's connection.
let skipped = 0;
for (const q of benchQueries(200)) {
	const params = {
		q: q.q,
		filters: q.region ? { region: [q.region] } : { theme: [q.theme as ThemeId] },
		facets: ['province', 'theme'] as ('province' | 'theme')[],
		hitsPerPage: 10,
	};
	await backend.search('articles', params);
	let query = Infinity;
	for (let i = 0; i < rounds; i++) {
		asked = [];
		recording = true;
		const t0 = cpuMs();
		await backend.search('articles', params);
		query = Math.min(query, cpuMs() - t0);
		recording = false;
	}
	const mine = asked;
	let [all, without, idf, native] = [0, 0, 0, 0];
	for (const { statement, params: bound } of mine) {
		const sql = selectOf(statement.sourceSQL);
		if (sql.includes('temp.hits')) {
			skipped++;
			continue;
		}
		const args = bound as (string | number)[];
		all += least(() => prepare(sql).all(...args));
		without += least(() => prepare(withoutBm25(sql)).all(...args));
		idf += least(() => prepare(idfOnly(sql)).all(args[0]!));
		if (!values.native) continue;
		const counts = countsBlob(countsOf(sql, String(args[0])));
		const nativeSql = withCounts(sql);
		native += least(() => prepare(nativeSql).all(counts, ...args));
		// The same rows, scores and order, to the bit (columns by place: their names differ).
		const valuesOf = (rows: unknown[]) =>
			JSON.stringify(rows.map((row) => Object.values(row as Record<string, unknown>)));
		if (valuesOf(prepare(nativeSql).all(counts, ...args)) !== valuesOf(prepare(sql).all(...args)))
			differing++;
	}
	rows.push({ q: `${q.q} · ${q.region ?? q.theme}`, query, asked: all, without, idf, native });
}
await backend.close();
db.close();
dictionary.close();

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const line = (label: string, set: typeof rows) =>
	console.log(
		`${label.padEnd(13)} query ${mean(set.map((r) => r.query)).toFixed(2)} · BM25 statements ${mean(set.map((r) => r.asked)).toFixed(2)} = without BM25 ${mean(set.map((r) => r.without)).toFixed(2)} + BM25 ${mean(set.map((r) => r.asked - r.without)).toFixed(2)} (IDF alone ${mean(set.map((r) => r.idf)).toFixed(2)})${values.native ? `; with given counts ${mean(set.map((r) => r.native)).toFixed(2)}` : ''} ms CPU`,
	);
const bySlowest = [...rows].sort((a, b) => b.query - a.query);
const slowest = bySlowest.slice(0, Math.ceil(rows.length / 10));
const sorted = rows.map((r) => r.query).sort((a, b) => a - b);
console.log(
	`${rows.length} queries, query CPU p50 ${percentileOf(sorted, 50).toFixed(2)} p95 ${percentileOf(sorted, 95).toFixed(2)} ms (least of ${rounds}), ${skipped} statements on temp.hits not timed${values.native ? `, ${differing} statements whose rows differ with given counts` : ''}`,
);
line('all', rows);
line('slowest 10 %', slowest);
if (values.slow)
	for (const r of slowest)
		console.log(
			`  ${r.query.toFixed(1).padStart(6)} ms  statements ${r.asked.toFixed(1)} = ${r.without.toFixed(1)} + ${(r.asked - r.without).toFixed(1)} (IDF ${r.idf.toFixed(1)})  ${r.q}`,
		);
