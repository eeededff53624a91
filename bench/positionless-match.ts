/**
 * What a character table without positions (FTS5 `detail=none`/`column`) would cost the query
 * path: such a table cannot answer a phrase (a word is a phrase of its bigrams) or `NEAR`, only
 * "holds every gram", so each query's matching set would be a superset to check against the
 * documents' stored text. Over an index bench:search built (`--child build`), for bench:search's
 * queries and the dev set's, prints the matching set with positions (today's answer), the set of
 * documents holding every gram (what a positionless table returns), and the CPU time to decode
 * each of those documents and check it on its text, which must give today's set exactly (counted:
 * a check that disagrees with FTS5 is reported). Usage:
 * `node bench/positionless-match.ts --dir /tmp/idx [--queries bench|dev|both]`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { parseArgs } from 'node:util';
import { loadJiebaDictionary } from '../src/lib/nlp/jieba/dictionary.ts';
import { createDictionarySegmenter } from '../src/lib/nlp/jieba/port-segmenters.ts';
import { charGrams } from '../src/lib/search/char-grams.ts';
import { planQuery } from '../src/lib/search/lexical-plan.ts';
import { stripRequest } from '../src/lib/search/query-fillers.ts';
import { loadRankingConfig } from '../src/lib/search/ranking-config.ts';
import { documentText } from '../src/lib/search/search-hit.ts';
import { storeRowDecoder } from '../src/lib/search/store-row-decoder.ts';
import { loadStopWords, loadSynonyms } from '../src/lib/search/synonyms.ts';
import { benchQueries, percentileOf } from '../tools/lib/bench-queries.ts';

const { values } = parseArgs({
	options: { dir: { type: 'string' }, queries: { type: 'string', default: 'both' } },
});
if (!values.dir) {
	console.error('Usage: node bench/positionless-match.ts --dir <bench index dir> [--queries …]');
	process.exit(2);
}

/** An FTS5 expression of the plan's grammar: phrases of grams, AND, OR, NEAR, parentheses. */
type Expr =
	| { op: 'phrase'; grams: string[]; prefix: boolean }
	| { op: 'and' | 'or'; args: Expr[] }
	| { op: 'near'; args: Expr[]; window: number };

function parse(text: string): Expr {
	const tokens = text.match(/"[^"]*"\*?|\(|\)|,|\d+|AND|OR|NEAR/gu) ?? [];
	let at = 0;
	const primary = (): Expr => {
		const t = tokens[at++]!;
		if (t === '(') {
			const e = orExpr();
			at++;
			return e;
		}
		if (t === 'NEAR') {
			at++;
			const args: Expr[] = [];
			while (tokens[at] !== ',') args.push(primary());
			at++;
			const window = Number(tokens[at++]);
			at++;
			return { op: 'near', args, window };
		}
		const prefix = t.endsWith('*');
		return { op: 'phrase', grams: t.slice(1, prefix ? -2 : -1).split(' '), prefix };
	};
	const andExpr = (): Expr => {
		const args = [primary()];
		while (tokens[at] === 'AND') {
			at++;
			args.push(primary());
		}
		return args.length === 1 ? args[0]! : { op: 'and', args };
	};
	const orExpr = (): Expr => {
		const args = [andExpr()];
		while (tokens[at] === 'OR') {
			at++;
			args.push(andExpr());
		}
		return args.length === 1 ? args[0]! : { op: 'or', args };
	};
	return orExpr();
}

/** The expression a positionless table can answer: every gram of each phrase, in any order. */
function positionless(e: Expr): string {
	const gram = (g: string, prefix: boolean) => `"${g}"${prefix ? '*' : ''}`;
	switch (e.op) {
		case 'phrase':
			return `(${e.grams.map((g, i) => gram(g, e.prefix && i === e.grams.length - 1)).join(' AND ')})`;
		case 'and':
		case 'near':
			return `(${e.args.map(positionless).join(' AND ')})`;
		case 'or':
			return `(${e.args.map(positionless).join(' OR ')})`;
	}
}

/** Start positions of phrase `e` in one field's grams. */
function starts(e: Expr & { op: 'phrase' }, field: string[]): number[] {
	const out: number[] = [];
	const n = e.grams.length;
	for (let i = 0; i + n <= field.length; i++) {
		let k = 0;
		while (k < n) {
			const want = e.grams[k]!;
			const have = field[i + k]!;
			if (e.prefix && k === n - 1 ? !have.startsWith(want) : have !== want) break;
			k++;
		}
		if (k === n) out.push(i);
	}
	return out;
}

/** Whether one field's grams hold `e` as FTS5 with positions reads it (NEAR within `window`). */
function holdsIn(e: Expr, field: string[]): boolean {
	switch (e.op) {
		case 'phrase':
			return starts(e, field).length > 0;
		case 'or':
			return e.args.some((a) => holdsIn(a, field));
		case 'and':
			return e.args.every((a) => holdsIn(a, field));
		case 'near': {
			const phrases = e.args as (Expr & { op: 'phrase' })[];
			const hits = phrases.map((p) => starts(p, field));
			if (hits.some((h) => h.length === 0)) return false;
			const lengths = phrases.map((p) => p.grams.length);
			// Some choice of instances whose span, less the phrases' own tokens, is within the window.
			const search = (i: number, lo: number, hi: number): boolean => {
				if (i === phrases.length) return hi - lo - lengths.reduce((s, l) => s + l, 0) <= e.window;
				return hits[i]!.some((s) => search(i + 1, Math.min(lo, s), Math.max(hi, s + lengths[i]!)));
			};
			return search(0, Infinity, -Infinity);
		}
	}
}

/** Whether a document holds `e`: AND and OR across fields, a phrase or NEAR group inside one. */
function holds(e: Expr, fields: string[][]): boolean {
	if (e.op === 'and') return e.args.every((a) => holds(a, fields));
	if (e.op === 'or') return e.args.some((a) => holds(a, fields));
	return fields.some((f) => holdsIn(e, f));
}

const file = join(values.dir, 'search.sqlite');
const db = new DatabaseSync(file, { readOnly: true });
const decode = storeRowDecoder(
	(id) =>
		(
			db.prepare('SELECT bytes FROM store_dict WHERE id = ?').get(id) as
				{ bytes: Uint8Array } | undefined
		)?.bytes,
);
const ranking = loadRankingConfig();
const dictionary = loadJiebaDictionary({ dir: values.dir });
const ctx = {
	segmenter: createDictionarySegmenter(dictionary),
	stopWords: loadStopWords(),
	synonyms: loadSynonyms(),
};
const texts: string[] = [];
if (values.queries !== 'dev') texts.push(...benchQueries(200).map((q) => q.q));
if (values.queries !== 'bench') {
	const dev = JSON.parse(readFileSync('search-config/eval/search-dev.json', 'utf8')) as {
		queries: { q: string }[];
	};
	texts.push(...dev.queries.map((q) => q.q));
}
const docs = Number((db.prepare('SELECT count(*) AS n FROM a_docs').get() as { n: number }).n);
const matchIds = (expr: string) =>
	(
		db.prepare('SELECT rowid AS r FROM a_chars WHERE a_chars MATCH ?').all(expr) as { r: number }[]
	).map((row) => row.r);
const readDoc = db.prepare('SELECT doc FROM a_store WHERE rowid = ?');
const cpuMs = () => {
	const u = process.cpuUsage();
	return (u.user + u.system) / 1000;
};
const rows: { exact: number; superset: number; decodeMs: number; checkMs: number }[] = [];
let disagreements = 0;
for (const text of texts) {
	const plan = planQuery(stripRequest(text, ranking.queryFillers, ctx.segmenter), ctx, {
		phraseWindow: ranking.candidates.phraseWindow,
		copiedRunChars: ranking.copiedRunChars,
		queryStopWords: ranking.queryStopWords,
	});
	if (!plan.allExpr) continue;
	const expr = parse(plan.allExpr);
	const exact = new Set(matchIds(plan.allExpr));
	const superset = matchIds(positionless(expr));
	const t = cpuMs();
	const decoded = superset.map((rowid) =>
		documentText(decode((readDoc.get(rowid) as { doc: Uint8Array }).doc)),
	);
	const decodeMs = cpuMs() - t;
	let kept = 0;
	for (const [i, rowid] of superset.entries()) {
		const { title, measures, body } = decoded[i]!;
		const ok = holds(expr, [charGrams(body), charGrams(measures), charGrams(title)]);
		if (ok !== exact.has(rowid)) disagreements++;
		if (ok) kept++;
	}
	rows.push({ exact: kept, superset: superset.length, decodeMs, checkMs: cpuMs() - t });
}
db.close();
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const line = (label: string, xs: number[], digits = 0) => {
	const s = sorted(xs);
	console.log(
		`${label.padEnd(40)} p50 ${percentileOf(s, 50).toFixed(digits).padStart(8)}  p95 ${percentileOf(s, 95).toFixed(digits).padStart(8)}  max ${s.at(-1)!.toFixed(digits).padStart(8)}`,
	);
};
console.log(`${file}: ${docs} articles, ${rows.length} queries (${values.queries})`);
line(
	'matching set (positions)',
	rows.map((r) => r.exact),
);
line(
	'documents holding every gram',
	rows.map((r) => r.superset),
);
line(
	'of them not in the matching set',
	rows.map((r) => r.superset - r.exact),
);
line(
	'CPU ms to check them on stored text',
	rows.map((r) => r.checkMs),
	1,
);
const extra = rows.reduce((s, r) => s + r.superset - r.exact, 0);
const all = rows.reduce((s, r) => s + r.superset, 0);
console.log(
	`superset documents not matching: ${((100 * extra) / Math.max(1, all)).toFixed(1)} %; CPU per checked document ${((1000 * rows.reduce((s, r) => s + r.checkMs, 0)) / Math.max(1, all)).toFixed(1)} µs (decoding ${((1000 * rows.reduce((s, r) => s + r.decodeMs, 0)) / Math.max(1, all)).toFixed(1)}); text checks disagreeing with FTS5: ${disagreements}`,
);
