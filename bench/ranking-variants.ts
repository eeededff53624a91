/**
 * Ranking variants side by side: `node bench/ranking-variants.ts <variants.json> [--split tune|dev]
 * [--rounds 3] [--per-query] [--where] [--collection small [--seed n]]`. Indexes the search dev set's collection once (the bundled samples,
 * the seeded corpus slice and the older judged articles, with the cached passage vectors of
 * `npm run eval:search`), then runs the split's queries through the hybrid embedded backend once
 * per variant (`[{ "name": "…", "ranking": { …overrides of ranking.json } }]`; `{ "name": "now" }`
 * is ranking.json as it is) and prints nDCG@10 / recall@10 / judged@10 per kind, and the engine's
 * CPU time per query (process.cpuUsage around each search) over `rounds` rounds that alternate the
 * variants, so the shared machine's load falls on all of them alike, and the mean result total. A query's vector is computed
 * once and reused: embedding costs every variant the same, and the difference is the engine's.
 * `--collection small` scores over a few hundred articles instead (`smallCollection`: the samples
 * and a seeded draw of each query's judged articles), where IDF and the neighbour pool behave as in
 * a freshly ingested small index. `--where` also asks each variant for its top 200 (untimed) and
 * prints, per kind, where the relevant answers sit: ranks 1–10, 11–20, 21–50, below, or missing.
 * `--explain <query id>` (repeatable, of the split) prints each variant's top 10 for that query and where every
 * relevant answer outside it sits, beside its rank in lexical-only search, the bigram baseline and
 * dense-only retrieval.
 * `--wrapped` asks every unquoted query of the split as a request instead (我想找…的报道, …方面的报道,
 * 关于…的相关报道, … in turn: `REQUEST_WRAPPINGS`) and leaves the quoted ones out, so the scores say
 * whether request phrasing changes what a query finds (they should equal the bare queries').
 */
import { rmSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createBigramIndex } from '../src/lib/eval/bigram-bm25.ts';
import { denseSearch } from '../src/lib/eval/dense-retrieval.ts';
import { QUERY_KINDS } from '../src/lib/eval/dev-set.ts';
import { hasRelevant, judgedAt } from '../src/lib/eval/score-runs.ts';
import { openEmbeddedBackend } from '../src/lib/search/embedded-backend.ts';
import { loadRankingConfig, type RankingConfig } from '../src/lib/search/ranking-config.ts';
import { ndcgAt, recallAt } from '../src/lib/search/relevance-metrics.ts';
import { SMALL_DEFAULTS } from '../tools/lib/eval-small.ts';
import { buildEvalIndex } from '../tools/lib/eval-index.ts';
import { explainQuery } from '../tools/lib/eval-explain.ts';
import { answerBands, bandLine } from '../tools/lib/eval-where.ts';
import { positiveIntegerOption } from '../tools/lib/project.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		split: { type: 'string', default: 'tune' },
		rounds: { type: 'string', default: '3' },
		'per-query': { type: 'boolean', default: false },
		where: { type: 'boolean', default: false },
		explain: { type: 'string', multiple: true, default: [] },
		wrapped: { type: 'boolean', default: false },
		collection: { type: 'string', default: 'big' },
		seed: { type: 'string', default: String(SMALL_DEFAULTS.seed) },
	},
});
const variantsFile = positionals[0];
if (!variantsFile) throw new Error('usage: node bench/ranking-variants.ts <variants.json>');
const variants = JSON.parse(readFileSync(variantsFile, 'utf8')) as {
	name: string;
	ranking?: Record<string, unknown>;
}[];
const rounds = positiveIntegerOption(
	'rounds',
	values.rounds,
	'node bench/ranking-variants.ts <variants.json> [--split tune|dev] [--rounds n]',
);
if (values.collection !== 'big' && values.collection !== 'small')
	throw new Error(`--collection must be big or small, not ${values.collection}`);
const seed = positiveIntegerOption('seed', values.seed, 'node bench/ranking-variants.ts --seed n');
const { devSet, segmenter, model, docs, byId, dir, embedder } = await buildEvalIndex(
	values.collection,
	seed,
);
/** Ways people ask for articles on a subject, from how search requests are commonly written. */
const REQUEST_WRAPPINGS: ((q: string) => string)[] = [
	(q) => `我想找${q}的报道`,
	(q) => `有关${q}的新闻`,
	(q) => `想了解一下${q}的情况`,
	(q) => `${q}方面的报道`,
	(q) => `找一些${q}的文章`,
	(q) => `关于${q}的相关报道`,
	(q) => `${q}有哪些报道`,
	(q) => `请问${q}？`,
];
const queries = devSet.queries
	.filter((q) => q.split === values.split && hasRelevant(q.judgments))
	.filter((q) => !values.wrapped || q.kind !== 'phrase')
	.map((q, i) =>
		values.wrapped ? { ...q, q: REQUEST_WRAPPINGS[i % REQUEST_WRAPPINGS.length]!(q.q) } : q,
	);
type Tree = Record<string, unknown>;
const isTree = (v: unknown): v is Tree => typeof v === 'object' && v !== null && !Array.isArray(v);
const merge = (a: Tree, b: Tree): Tree =>
	Object.fromEntries(
		[...new Set([...Object.keys(a), ...Object.keys(b)])].map((k) => [
			k,
			isTree(a[k]) && isTree(b[k]) ? merge(a[k], b[k]) : k in b ? b[k] : a[k],
		]),
	);
const base = loadRankingConfig();
const backends = variants.map((v) =>
	openEmbeddedBackend({
		dataDir: dir,
		segmenter,
		embedder,
		ranking: merge(base as unknown as Tree, v.ranking ?? {}) as unknown as RankingConfig,
	}),
);
const cpu = variants.map(() => [] as number[]);
const ranked = variants.map(() => new Map<string, string[]>());
const totals = variants.map(() => new Map<string, number>());
for (let round = 0; round < rounds; round++)
	for (let j = 0; j < variants.length; j++) {
		const k = (j + round) % variants.length;
		for (const q of queries) {
			const params = { q: q.q, filters: q.region ? { region: [q.region] } : {}, hitsPerPage: 20 };
			if (round === 0) await backends[k]!.search('articles', { ...params, hitsPerPage: 1 });
			const started = process.cpuUsage();
			const result = await backends[k]!.search('articles', params);
			const used = process.cpuUsage(started);
			cpu[k]!.push((used.user + used.system) / 1000);
			totals[k]!.set(q.id, result.total);
			ranked[k]!.set(
				q.id,
				result.hits.map((h) => h.id),
			);
		}
	}
/** Depth of the untimed `--where` searches. */
const WHERE_DEPTH = 200;
const deep = variants.map(() => new Map<string, string[]>());
if (values.where)
	for (const [k, backend] of backends.entries())
		for (const q of queries) {
			const filters = q.region ? { region: [q.region] } : {};
			const result = await backend.search('articles', {
				q: q.q,
				filters,
				hitsPerPage: WHERE_DEPTH,
			});
			deep[k]!.set(
				q.id,
				result.hits.map((h) => h.id),
			);
		}
// Untimed: each variant's deep ranking of the explained queries beside lexical-only, bigram and
// dense-only retrieval (the eval's `dense` system: the query as typed, cosine over every passage).
const passages = docs.map((d) => ({ id: d.id, region: d.region, vector: byId.get(d.id)! }));
const dense = async (q: string, region?: string) => {
	const [vector] = await embedder.embed([q], { kind: 'query' });
	return denseSearch(passages, vector!, 200, region);
};
const explained: string[] = [];
const lexicalOnly = openEmbeddedBackend({ dataDir: dir, segmenter });
const bigram = createBigramIndex(docs);
const byDoc = new Map(docs.map((d) => [d.id, d]));
for (const q of queries.filter((x) => values.explain.includes(x.id))) {
	const params = { q: q.q, filters: q.region ? { region: [q.region] } : {}, hitsPerPage: 200 };
	const lexical = (await lexicalOnly.search('articles', params)).hits.map((h) => h.id);
	const references = {
		lexical,
		bigram: bigram.search(q.q, 200, q.region),
		dense: await dense(q.q, q.region),
	};
	for (const [k, backend] of backends.entries()) {
		const { hits } = await backend.search('articles', params);
		explained.push(`\n${q.id} ${q.q}${q.region ? ` [${q.region}]` : ''} — ${variants[k]!.name}`);
		explained.push(...explainQuery(hits, references, q.judgments, (id) => byDoc.get(id)));
	}
}
await lexicalOnly.close();
await Promise.all(backends.map((b) => b.close()));
await model.dispose();
rmSync(dir, { recursive: true, force: true });

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const pct = (xs: number[], p: number) =>
	[...xs].sort((a, b) => a - b)[Math.floor(p * (xs.length - 1))]!;
console.log(
	`${values.split} split, ${queries.length} queries, ${docs.length} articles, ${rounds} alternating rounds`,
);
console.log(
	`${''.padEnd(20)}${[...QUERY_KINDS, 'overall'].map((k) => k.padStart(19)).join('')}   CPU ms/query mean p50 p95, mean total`,
);
for (const [k, v] of variants.entries()) {
	const cell = (kind: string) => {
		const qs = queries.filter((q) => kind === 'overall' || q.kind === kind);
		const at = (f: (q: (typeof qs)[number], r: string[]) => number) =>
			mean(qs.map((q) => f(q, ranked[k]!.get(q.id)!)));
		return `${at((q, r) => ndcgAt(r, q.judgments)).toFixed(3)}/${at((q, r) => recallAt(r, q.judgments)).toFixed(3)}/${at((q, r) => judgedAt(r, q.judgments)).toFixed(2)}`.padStart(
			19,
		);
	};
	const times = cpu[k]!;
	console.log(
		`${v.name.padEnd(20)}${[...QUERY_KINDS, 'overall'].map(cell).join('')}   ${mean(times).toFixed(2)} ${pct(times, 0.5).toFixed(2)} ${pct(times, 0.95).toFixed(2)}, ${mean([...totals[k]!.values()]).toFixed(0)}`,
	);
	if (values.where)
		for (const kind of [...QUERY_KINDS, 'overall']) {
			const qs = queries.filter((q) => kind === 'overall' || q.kind === kind);
			const rows = qs.map((q) => answerBands(deep[k]!.get(q.id)!, q.judgments));
			console.log(`  relevant answers, ${kind.padEnd(11)} ${bandLine(rows)}`);
		}
	if (values['per-query'])
		for (const q of queries)
			console.log(`  ${q.id} ${ndcgAt(ranked[k]!.get(q.id)!, q.judgments).toFixed(2)} ${q.q}`);
}
for (const line of explained) console.log(line);
