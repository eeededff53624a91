/**
 * Signals for reordering the engine's head, measured offline: `node bench/rerank-signals.ts
 * [--split tune|dev] [--depth 30] [--collection small|big]`. Runs the split's queries through the
 * hybrid engine once over the eval index (`buildEvalIndex`), takes each query's first `depth`
 * hits, and reorders them by the engine's rank fused (reciprocal rank, k 60) with one more order of
 * the same candidates at several weights: the best cosine of the article's measures (which the
 * measures collection already embeds), of its headline alone, how much the candidate agrees with
 * the rest of the head (its lead vector's cosine with the others', weighed by their rank: the
 * cluster hypothesis), the lead's cosine with the query embedded without bge's instruction, and
 * the candidate's rank in the character-bigram BM25 baseline (a second lexical view). Prints
 * nDCG@10 / recall@10 per kind. Vectors are cached by text under `.cache/eval-search/`.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createBigramIndex } from '../src/lib/eval/bigram-bm25.ts';
import { QUERY_KINDS } from '../src/lib/eval/dev-set.ts';
import { hasRelevant } from '../src/lib/eval/score-runs.ts';
import { openEmbeddedBackend } from '../src/lib/search/embedded-backend.ts';
import { ndcgAt, recallAt } from '../src/lib/search/relevance-metrics.ts';
import { dot } from '../src/lib/semantic/cosine.ts';
import { DENSE_CACHE, measureVectors } from '../tools/lib/dense-research.ts';
import { SMALL_DEFAULTS } from '../tools/lib/eval-small.ts';
import { buildEvalIndex } from '../tools/lib/eval-index.ts';
import { positiveIntegerOption } from '../tools/lib/project.ts';
import { cachedPassageVectors } from '../tools/lib/vector-cache.ts';

const { values } = parseArgs({
	options: {
		split: { type: 'string', default: 'tune' },
		depth: { type: 'string', default: '30' },
		collection: { type: 'string', default: 'small' },
	},
});
const depth = positiveIntegerOption(
	'depth',
	values.depth,
	'node bench/rerank-signals.ts --depth n',
);
const collection = values.collection === 'big' ? 'big' : 'small';
const { devSet, segmenter, model, docs, byId, dir, embedder } = await buildEvalIndex(
	collection,
	SMALL_DEFAULTS.seed,
);
const heads = await cachedPassageVectors(
	model,
	docs.map((d) => d.title),
	join(DENSE_CACHE, 'headline-vectors'),
);
const { measures } = await measureVectors(model, docs);
const index = new Map(docs.map((d, i) => [d.id, i]));
const engine = openEmbeddedBackend({ dataDir: dir, segmenter, embedder });
const bigram = createBigramIndex(docs);
const queries = devSet.queries.filter((q) => q.split === values.split && hasRelevant(q.judgments));

type Candidate = {
	id: string;
	rank: number;
	lead: number;
	head: number;
	measure: number;
	plain: number;
	agree: number;
	/** Minus the candidate's rank in the character-bigram BM25 baseline (-Infinity: not matched). */
	bigram: number;
};
/** Orders of the head by one signal, fused with the engine's rank at each weight. */
const signals: Record<string, (c: Candidate) => number> = {
	measure: (c) => c.measure,
	headline: (c) => c.head,
	agree: (c) => c.agree,
	plain: (c) => c.plain,
	lead: (c) => c.lead,
	bigram: (c) => c.bigram,
};
const weights = [0.25, 0.5, 1];
const names = ['engine', ...Object.keys(signals).flatMap((s) => weights.map((w) => `${s}@${w}`))];
const ranked = new Map<string, Map<string, string[]>>(names.map((n) => [n, new Map()]));
const K = 60;
for (const q of queries) {
	const result = await engine.search('articles', {
		q: q.q,
		filters: q.region ? { region: [q.region] } : {},
		hitsPerPage: depth,
	});
	const ids = result.hits.map((h) => h.id);
	const [qv] = await embedder.embed([q.q], { kind: 'query' });
	const [pv] = await embedder.embed([q.q], { kind: 'passage' });
	const leadOf = (id: string) => byId.get(id)!;
	const bigramRank = new Map(bigram.search(q.q, docs.length, q.region).map((id, r) => [id, r]));
	const cands: Candidate[] = ids.map((id, r) => {
		const i = index.get(id)!;
		const ms = measures[i]!.map((m) => dot(qv!, m));
		const lead = dot(qv!, leadOf(id));
		return {
			id,
			rank: r + 1,
			lead,
			head: dot(qv!, heads[i]!),
			measure: ms.length > 0 ? Math.max(...ms) : lead,
			plain: dot(pv!, leadOf(id)),
			agree: 0,
			bigram: -(bigramRank.get(id) ?? Number.POSITIVE_INFINITY),
		};
	});
	for (const c of cands) {
		let sum = 0;
		let weight = 0;
		for (const o of cands) {
			if (o === c) continue;
			const w = 1 / (K + o.rank);
			sum += w * dot(leadOf(c.id), leadOf(o.id));
			weight += w;
		}
		c.agree = weight > 0 ? sum / weight : 0;
	}
	ranked.get('engine')!.set(q.id, ids);
	for (const [name, f] of Object.entries(signals)) {
		const order = [...cands].sort((a, b) => f(b) - f(a) || a.rank - b.rank);
		const rankBy = new Map(order.map((c, r) => [c.id, r + 1]));
		for (const w of weights) {
			const fused = [...cands]
				.map((c) => ({ id: c.id, s: 1 / (K + c.rank) + w / (K + rankBy.get(c.id)!), rank: c.rank }))
				.sort((a, b) => b.s - a.s || a.rank - b.rank)
				.map((c) => c.id);
			ranked.get(`${name}@${w}`)!.set(q.id, fused);
		}
	}
}
await engine.close();
await model.dispose();
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
console.log(
	`${values.split} split, ${queries.length} queries, ${docs.length} articles, head of ${depth}`,
);
console.log(`${''.padEnd(16)}${[...QUERY_KINDS, 'overall'].map((k) => k.padStart(14)).join('')}`);
for (const name of names) {
	const cells = [...QUERY_KINDS, 'overall'].map((kind) => {
		const qs = queries.filter((q) => kind === 'overall' || q.kind === kind);
		const r = (q: (typeof qs)[number]) => ranked.get(name)!.get(q.id)!.slice(0, 10);
		return `${mean(qs.map((q) => ndcgAt(r(q), q.judgments))).toFixed(3)}/${mean(qs.map((q) => recallAt(r(q), q.judgments))).toFixed(3)}`.padStart(
			14,
		);
	});
	console.log(`${name.padEnd(16)}${cells.join('')}`);
}
