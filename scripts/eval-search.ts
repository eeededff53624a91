/**
 * `npm run eval:search [-- --per-query] [--show <query id>…] [--pool] [--judge-files] [--regrade <kind>] [--assemble]
 * [--collection small [--seed n]]`: search relevance on
 * the blind development set `search-config/eval/search-dev.json` (five query kinds, tune and dev
 * splits), over the bundled samples plus a seeded 5,000-article slice of ../shared/corpus tagged at
 * run time by the project's own stages (only ids are stored; passage vectors are cached under
 * .cache/). Prints, in one run, nDCG@10, recall@10 (grade ≥ 2) and judged@10 per kind and overall
 * for the embedded backend (lexical, and hybrid when a model folder exists), Meilisearch when
 * MEILI_URL is set, a character-bigram BM25 baseline and dense-only bge retrieval; how many
 * region-filtered results lie outside their region; and the older judgments of
 * search-judgments.json over the same index.
 * `--collection small` scores over a few hundred articles shaped like a freshly ingested small
 * collection (`smallCollection`: the samples and a seeded draw of each query's judged articles,
 * judgments cut to those), where IDF and the vector neighbour pool behave differently; the older
 * judgments are left out there.
 * `--show` prints each system's top 10 for the named queries with their grades and titles;
 * `--pool` prints each query's unjudged top-20 ids; `--judge-files` writes them as blind grading
 * batches under .cache/judge/ (keys under .cache/judge-keys/); `--regrade <kind>` writes every
 * judged article of that kind's queries as a new round (a quoted phrase is shown nearly whole);
 * `--assemble` folds the judges' `*.grades.json` into search-dev.json, a later round's grade
 * replacing an earlier one. With `--collection small` they pool the small collection's
 * top 20s: articles judged for other queries, never yet for this one.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { corpusPath } from '../tools/lib/corpus.ts';
import { evalCollection, readLegacyQueries, sampleIds } from '../tools/lib/eval-collection.ts';
import { SMALL_DEFAULTS, smallCollection } from '../tools/lib/eval-small.ts';
import { buildEvalSystems } from '../tools/lib/eval-systems.ts';
import { readJudgeGrades, writeJudgeRound } from '../src/lib/eval/judge-files.ts';
import { QUERY_KINDS, SPLITS, readDevSet, type QueryKind } from '../src/lib/eval/dev-set.ts';
import { blindBatches, type PoolEntry } from '../src/lib/eval/judge-pool.ts';
import {
	hasRelevant,
	regionCeiling,
	regionViolations,
	scoreRuns,
	type Run,
} from '../src/lib/eval/score-runs.ts';
import { isWithin, regionName } from '../src/lib/geo/gazetteer.ts';
import { createJiebaSegmenter } from '../src/lib/nlp/jieba/nodejieba-segmenter.ts';
import { ndcgAt, RELEVANT_GRADE } from '../src/lib/search/relevance-metrics.ts';
import { loadEmbedder } from '../src/lib/semantic/embedder.ts';
import { PROJECT_ROOT, positiveIntegerOption } from '../tools/lib/project.ts';

const DEV_SET = join(PROJECT_ROOT, 'search-config/eval/search-dev.json');
const CACHE = join(PROJECT_ROOT, '.cache');
const JUDGE_DIR = join(CACHE, 'judge');
const KEY_DIR = join(CACHE, 'judge-keys');
const POOL_DEPTH = 20;
/** Most queries per grading batch; batches are made even in size. */
const BATCH_SIZE = 12;
/** How much of an article's body a judge sees: its opening for most queries, nearly all of it
 * for a quoted phrase, which asks whether the article uses the phrase anywhere. */
const VIEW_CHARS = { opening: 600, phrase: 4000 } as const;
const { values } = parseArgs({
	options: {
		pool: { type: 'boolean', default: false },
		'judge-files': { type: 'boolean', default: false },
		assemble: { type: 'boolean', default: false },
		'per-query': { type: 'boolean', default: false },
		show: { type: 'string', multiple: true },
		regrade: { type: 'string' },
		collection: { type: 'string', default: 'big' },
		seed: { type: 'string', default: String(SMALL_DEFAULTS.seed) },
	},
});

const devSet = readDevSet(DEV_SET);
if (values.assemble) {
	const { judgments, problems, files } = readJudgeGrades(JUDGE_DIR, KEY_DIR);
	for (const p of problems) console.error(p);
	let added = 0;
	let changed = 0;
	for (const query of devSet.queries) {
		const graded = judgments[query.id];
		if (!graded) continue;
		for (const [id, grade] of Object.entries(graded))
			if (!(id in query.judgments)) added++;
			else if (query.judgments[id] !== grade) changed++;
		query.judgments = { ...query.judgments, ...graded };
	}
	writeFileSync(DEV_SET, `${JSON.stringify(devSet, null, '\t')}\n`);
	console.log(
		`${files.length} grades files folded into ${DEV_SET}: ${added} new judgments, ${changed} changed`,
	);
	process.exit(problems.length > 0 ? 1 : 0);
}

const small = values.collection === 'small';
if (!small && values.collection !== 'big')
	throw new Error(`--collection must be big or small, not ${values.collection}`);
const legacy = small ? [] : readLegacyQueries();
const segmenter = createJiebaSegmenter();
const embedder = await loadEmbedder({ batchSize: 16 });
const file = corpusPath();
let docs = await evalCollection(devSet, segmenter, (line) => console.log(line));
if (small) {
	const seed = positiveIntegerOption('seed', values.seed, 'npm run eval:search -- --seed n');
	const cut = smallCollection(docs, devSet.queries, sampleIds(), { ...SMALL_DEFAULTS, seed });
	docs = cut.docs;
	for (const q of devSet.queries) q.judgments = cut.judgments.get(q.id)!;
	console.log(`small collection (seed ${seed}): ${docs.length} articles`);
}
const regionOf = new Map(docs.map((d) => [d.id, d.region]));
const byId = new Map(docs.map((d) => [d.id, d]));
const judgeView = (id: string, kind: QueryKind) => {
	const d = byId.get(id)!;
	return {
		title: d.title,
		region: regionName(d.region),
		text: d.body
			.replace(/\s+/gu, ' ')
			.slice(0, kind === 'phrase' ? VIEW_CHARS.phrase : VIEW_CHARS.opening),
	};
};
const writeBatches = (
	entries: readonly (PoolEntry & { kind: QueryKind })[],
	batchSize = BATCH_SIZE,
) => {
	const paths = writeJudgeRound(
		JUDGE_DIR,
		KEY_DIR,
		blindBatches(
			entries,
			(id, entry) => judgeView(id, entry.kind),
			devSet.slice.seed,
			Math.ceil(entries.length / Math.ceil(entries.length / batchSize)),
		),
	);
	const pooled = entries.reduce((s, e) => s + e.pooled.length, 0);
	console.log(
		`\n${paths.length} grading batches (${entries.length} queries, ${pooled} pooled articles):\n${paths.join('\n')}`,
	);
};
if (values.regrade !== undefined) {
	// Grade every judged article of one kind's queries again, under that kind's view: how a
	// round of judgments made from too short a view is replaced (`--assemble` lets the latest
	// round win).
	const kind = QUERY_KINDS.find((k) => k === values.regrade);
	if (!kind) throw new Error(`--regrade must be one of ${QUERY_KINDS.join(', ')}`);
	writeBatches(
		devSet.queries
			.filter((q) => q.kind === kind)
			.map((q) => ({
				id: q.id,
				q: q.q,
				kind,
				...(q.region ? { regionFilter: regionName(q.region) } : {}),
				pooled: Object.keys(q.judgments).filter((id) => byId.has(id)),
			})),
		// A whole pool of long views is as much as one judge reads at a time.
		1,
	);
	process.exit(0);
}
const dir = mkdtempSync(join(tmpdir(), 'jucuo-eval-search-'));
const systems = await buildEvalSystems({
	docs,
	dataDir: dir,
	segmenter,
	embedder,
	cacheDir: join(CACHE, 'eval-search'),
	meiliUrl: process.env['MEILI_URL'],
	meiliApiKey: process.env['MEILI_API_KEY'],
	log: (line) => console.log(line),
});
console.log(
	`systems: ${systems.map((s) => s.name).join(', ')}${embedder ? ` (${embedder.modelId})` : ' — no model folder, so no hybrid or dense (`npm run model:fetch`)'}`,
);

// The dev set was judged over the corpus slice: without the corpus its numbers would mean nothing.
const devQueries = file ? devSet.queries : [];
const queries = [
	...devQueries.map((q) => ({
		...q,
		groups: [`${q.split}|${q.kind}`, `${q.split}|all`, `all|${q.kind}`, 'all|all'],
	})),
	...legacy
		.filter((q) => file || q.set === 'samples')
		.map((q) => ({ ...q, groups: [`legacy|${q.set}`] })),
];
const runs: Run[] = [];
const violations = new Map<string, number>();
const pools = new Map<string, Set<string>>();
for (const query of queries) {
	for (const system of systems) {
		const ranked = await system.search(query, POOL_DEPTH);
		runs.push({
			system: system.name,
			queryId: query.id,
			groups: query.groups,
			ranked,
			judgments: query.judgments,
		});
		const pool = pools.get(query.id) ?? new Set<string>();
		for (const id of ranked) if (!(id in query.judgments)) pool.add(id);
		pools.set(query.id, pool);
		if (query.region) {
			const outside = regionViolations(
				ranked,
				(id) => regionOf.get(id),
				(c) => isWithin(c, query.region!),
			);
			violations.set(system.name, (violations.get(system.name) ?? 0) + outside.length);
		}
	}
}
await Promise.all(systems.map((s) => s.close()));
await embedder?.dispose();
for (const id of values.show ?? []) {
	const query = queries.find((q) => q.id === id);
	if (!query) continue;
	console.log(`\n${id} ${query.q}${query.region ? ` [${regionName(query.region)}]` : ''}`);
	for (const run of runs.filter((r) => r.queryId === id)) {
		console.log(`  ${run.system}`);
		for (const doc of run.ranked.slice(0, 10)) {
			const d = docs.find((x) => x.id === doc)!;
			console.log(
				`    ${query.judgments[doc] ?? '?'} ${regionName(d.region)} ${d.title.slice(0, 40)}`,
			);
		}
	}
}
rmSync(dir, { recursive: true, force: true });

const scores = scoreRuns(runs);
const names = systems.map((s) => s.name);
const cell = (system: string, group: string) => {
	const s = scores.get(system)?.get(group);
	return (s ? `${s.ndcg.toFixed(3)} ${s.recall.toFixed(3)} ${s.judged.toFixed(2)}` : '-').padStart(
		20,
	);
};
const table = (title: string, rows: [string, string][]) => {
	console.log(`\n${title}\n${''.padEnd(16)}${names.map((n) => n.padStart(20)).join('')}`);
	console.log(`${''.padEnd(16)}${names.map(() => 'nDCG recall judged'.padStart(20)).join('')}`);
	for (const [label, group] of rows) {
		const n = scores.get(names[0]!)?.get(group)?.queries ?? 0;
		if (n > 0)
			console.log(`${`${label} (${n})`.padEnd(16)}${names.map((s) => cell(s, group)).join('')}`);
	}
};
for (const split of devQueries.length > 0 ? [...SPLITS, 'all'] : [])
	table(
		`${split === 'all' ? 'tune + dev' : split} split — nDCG@10, recall@10 (grade ≥ 2), judged@10`,
		[
			...QUERY_KINDS.map((k): [string, string] => [k, `${split}|${k}`]),
			['overall', `${split}|all`],
		],
	);
table('older judgments (search-judgments.json) over the same index', [
	['samples', 'legacy|samples'],
	['corpus', 'legacy|corpus'],
]);
const unanswered = queries.filter((q) => !hasRelevant(q.judgments)).map((q) => q.id);
if (unanswered.length > 0)
	console.log(
		`\nleft out of the means, no article graded ≥ 2 in the pool yet: ${unanswered.join(' ')}`,
	);
console.log(
	`\nregion-filtered top 10s: results whose primary region lies outside the filter — ${names.map((n) => `${n} ${violations.get(n) ?? 0}`).join(', ')}`,
);
const summary = (group: string) =>
	names.map((n) => `${n} ${cell(n, group).trim().split(' ').slice(0, 2).join('/')}`).join(', ');
if (devQueries.length > 0) {
	// With more than 10 relevant articles a query cannot reach recall@10 = 1; say how high it can go.
	const ceiling = (split: string) => {
		const answered = devQueries.filter((q) => q.split === split && hasRelevant(q.judgments));
		const reach = answered.map((q) => {
			const relevant = Object.values(q.judgments).filter((g) => g >= RELEVANT_GRADE).length;
			return Math.min(1, 10 / relevant);
		});
		return (reach.reduce((a, b) => a + b, 0) / Math.max(1, reach.length)).toFixed(3);
	};
	console.log(`highest reachable recall@10: tune ${ceiling('tune')}, dev ${ceiling('dev')}`);
	// Region-filtered queries return only articles about the region: a relevant article whose
	// primary region lies elsewhere is out of every system's reach, whatever its ranking.
	const regionBest = (split: string) => {
		const answered = devQueries.filter(
			(q) => q.split === split && q.region && hasRelevant(q.judgments),
		);
		const best = answered.map((q) =>
			regionCeiling(
				q.judgments,
				(id) => regionOf.get(id),
				(c) => isWithin(c, q.region!),
			),
		);
		const mean = (f: (b: { ndcg: number; recall: number }) => number) =>
			(best.reduce((s, b) => s + f(b), 0) / Math.max(1, best.length)).toFixed(3);
		return `${mean((b) => b.ndcg)}/${mean((b) => b.recall)}`;
	};
	console.log(
		`region-filtered, highest reachable nDCG@10/recall@10 with only articles about the region: tune ${regionBest('tune')}, dev ${regionBest('dev')}`,
	);
	console.log(`dev nDCG@10/recall@10: ${summary('dev|all')}`);
	console.log(`tune nDCG@10/recall@10: ${summary('tune|all')}`);
}

if (values['per-query']) {
	console.log(`\nper query nDCG@10: ${names.join(' / ')}`);
	for (const query of queries) {
		const mine = runs.filter((r) => r.queryId === query.id);
		const n = mine.map((r) => ndcgAt(r.ranked, r.judgments).toFixed(2));
		console.log(
			`${query.id.padEnd(22)} ${n.join(' ')}  ${query.q}${query.region ? ` [${regionName(query.region)}]` : ''}`,
		);
	}
}
if (values.pool)
	for (const query of queries) {
		const unjudged = [...(pools.get(query.id) ?? [])];
		if (unjudged.length > 0)
			console.log(
				`\n[pool] ${query.id} ${query.q}: ${unjudged.length} unjudged\n  ${unjudged.join(' ')}`,
			);
	}
if (values['judge-files'])
	writeBatches(
		devQueries
			.map((q) => ({
				id: q.id,
				q: q.q,
				kind: q.kind,
				...(q.region ? { regionFilter: regionName(q.region) } : {}),
				pooled: [...(pools.get(q.id) ?? [])],
			}))
			.filter((e) => e.pooled.length > 0),
	);
