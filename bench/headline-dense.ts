/**
 * Headline vectors and measure vectors against the headline-and-lead vector, dense-only, side by
 * side: `node bench/headline-dense.ts [--collection small|big] [--seed n]`. Over the search dev
 * set's collection (small by default), every article gets beside its engine vector (`vectorText`:
 * headline and lead) the vector of its headline alone (short text against a short query, where
 * bge's query instruction was trained) and the vectors of its measures (sentences the measure
 * detector picked, which the measures collection already embeds). Prints nDCG@10 / recall@10 per
 * kind on one split (tune unless asked) for the lead alone, the headline alone, their maximum, their sum, their
 * reciprocal-rank fusion, and the lead with half the best measure's cosine. Vectors are cached by
 * text under `.cache/eval-search/`.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { QUERY_KINDS, SPLITS, readDevSet } from '../src/lib/eval/dev-set.ts';
import { hasRelevant } from '../src/lib/eval/score-runs.ts';
import { isWithin } from '../src/lib/geo/gazetteer.ts';
import { createJiebaSegmenter } from '../src/lib/nlp/jieba/nodejieba-segmenter.ts';
import { ndcgAt, recallAt } from '../src/lib/search/relevance-metrics.ts';
import { vectorText } from '../src/lib/search/to-search-document.ts';
import { loadEmbedder } from '../src/lib/semantic/embedder.ts';
import { evalCollection, sampleIds } from '../tools/lib/eval-collection.ts';
import { SMALL_DEFAULTS, smallCollection } from '../tools/lib/eval-small.ts';
import { PROJECT_ROOT, positiveIntegerOption } from '../tools/lib/project.ts';
import { cachedPassageVectors } from '../tools/lib/vector-cache.ts';

const { values } = parseArgs({
	options: {
		collection: { type: 'string', default: 'small' },
		seed: { type: 'string', default: String(SMALL_DEFAULTS.seed) },
		split: { type: 'string', default: 'tune' },
	},
});
const usage = 'node bench/headline-dense.ts [--collection small|big] [--seed n] [--split tune|dev]';
const devSet = readDevSet(join(PROJECT_ROOT, 'search-config/eval/search-dev.json'));
const model = await loadEmbedder({ batchSize: 16 });
if (!model) throw new Error('no model folder: `npm run model:fetch`');
let docs = await evalCollection(devSet, createJiebaSegmenter());
if (values.collection === 'small') {
	const seed = positiveIntegerOption('seed', values.seed, usage);
	const small = smallCollection(docs, devSet.queries, sampleIds(), { ...SMALL_DEFAULTS, seed });
	docs = small.docs;
	for (const q of devSet.queries) q.judgments = small.judgments.get(q.id)!;
} else if (values.collection !== 'big')
	throw new Error(`--collection must be big or small, not ${values.collection}`);

const cache = join(PROJECT_ROOT, '.cache/eval-search');
const leads = await cachedPassageVectors(
	model,
	docs.map(vectorText),
	join(cache, 'passage-vectors'),
);
let started = process.cpuUsage();
const heads = await cachedPassageVectors(
	model,
	docs.map((d) => d.title),
	join(cache, 'headline-vectors'),
);
let used = process.cpuUsage(started);
console.log(
	`${docs.length} headlines embedded in ${((used.user + used.system) / 1e6).toFixed(1)} s CPU (0 when cached)`,
);
const measureTexts = docs.map((d) => d.measuresText.split('\n').filter((t) => t.trim() !== ''));
const flat = measureTexts.flat();
started = process.cpuUsage();
const flatVectors = await cachedPassageVectors(
	model,
	flat,
	join(cache, 'measure-vectors'),
	(done, total) => process.stderr.write(`\rembedding measures ${done}/${total}`),
);
used = process.cpuUsage(started);
let k = 0;
const measures = measureTexts.map((m) => m.map(() => flatVectors[k++]!));
console.log(
	`${flat.length} measures (${(flat.length / docs.length).toFixed(2)} per article) embedded in ${((used.user + used.system) / 1e6).toFixed(1)} s CPU`,
);

const dot = (a: Float32Array, b: Float32Array) => {
	let s = 0;
	for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
	return s;
};
/** The collection's mean lead vector: a text near it is near every query (a hub). */
const centroid = new Float32Array(leads[0]!.length);
for (const v of leads) for (let i = 0; i < v.length; i++) centroid[i]! += v[i]! / leads.length;
const centre = (v: Float32Array) => {
	const out = v.map((x, i) => x - centroid[i]!);
	const n = Math.hypot(...out);
	return out.map((x) => x / n);
};
const centredLeads = leads.map(centre);
/** How often each lead is among the 10 nearest of another text's vector (its k-occurrence). */
const occurrences = (probes: readonly Float32Array[]) => {
	const counts = new Array<number>(leads.length).fill(0);
	for (const [i, p] of probes.entries()) {
		const near = leads
			.map((v, j) => ({ j, c: j === i ? -Infinity : dot(p, v) }))
			.sort((a, b) => b.c - a.c)
			.slice(0, 10);
		for (const n of near) counts[n.j]!++;
	}
	return counts;
};
const hubDocs = occurrences(leads);
const headQueries = await model.embed(
	docs.map((d) => d.title),
	{ kind: 'query' },
);
const hubHeads = occurrences(headQueries);
/** Mean cosine of each lead with its 10 nearest other leads (CSLS's local density). */
const localDensity = leads.map((v, i) => {
	const cs = leads
		.filter((_, j) => j !== i)
		.map((w) => dot(v, w))
		.sort((a, b) => b - a);
	return cs.slice(0, 10).reduce((a, b) => a + b, 0) / 10;
});
type Cosines = {
	lead: number;
	head: number;
	measure: number;
	plain: number;
	mean: number;
	plainHead: number;
	centred: number;
	hub: number;
	local: number;
	hubDocs: number;
	hubHeads: number;
};
const scorers: Record<string, (c: Cosines) => number> = {
	lead: (c) => c.lead,
	headline: (c) => c.head,
	max: (c) => Math.max(c.lead, c.head),
	'lead+0.5head': (c) => c.lead + 0.5 * c.head,
	'lead+head': (c) => c.lead + c.head,
	'lead+0.5meas': (c) => c.lead + 0.5 * (c.measure === -Infinity ? c.lead : c.measure),
	'lead+0.25meas': (c) => c.lead + 0.25 * (c.measure === -Infinity ? c.lead : c.measure),
	measure: (c) => (c.measure === -Infinity ? c.lead : c.measure),
	'max(lead,meas)': (c) => Math.max(c.lead, c.measure),
	'plain query': (c) => c.plain,
	'mean query': (c) => c.mean,
	'plain→head': (c) => c.plainHead,
	'lead+0.5pH': (c) => c.lead + 0.5 * c.plainHead,
	'lead+0.25pH': (c) => c.lead + 0.25 * c.plainHead,
	centred: (c) => c.centred,
	'lead-0.5hub': (c) => c.lead - 0.5 * c.hub,
	'lead-hub': (c) => c.lead - c.hub,
	csls10: (c) => 2 * c.lead - c.local,
	'lead-0.5loc': (c) => c.lead - 0.5 * c.local,
	'nk docs .02': (c) => c.lead - 0.02 * Math.log1p(c.hubDocs),
	'nk docs .05': (c) => c.lead - 0.05 * Math.log1p(c.hubDocs),
	'nk heads .02': (c) => c.lead - 0.02 * Math.log1p(c.hubHeads),
	'nk heads .05': (c) => c.lead - 0.05 * Math.log1p(c.hubHeads),
};
/** Reciprocal-rank fusions of the lead's and the headline's orders, as the engine fuses lists. */
const fusions: Record<string, number> = { 'rrf h0.5': 0.5, 'rrf h1': 1 };
const names = [...Object.keys(scorers), ...Object.keys(fusions)];
const sums = new Map<string, { n: number; ndcg: number; recall: number }>();
const order = (xs: { id: string; s: number }[]) =>
	xs.sort((a, b) => b.s - a.s || (a.id < b.id ? -1 : 1)).map((c) => c.id);
for (const query of devSet.queries) {
	if (!hasRelevant(query.judgments)) continue;
	const [qv] = await model.embed([query.q], { kind: 'query' });
	const [pv] = await model.embed([query.q], { kind: 'passage' });
	const mv = qv!.map((x, i) => x + pv![i]!);
	const norm = Math.hypot(...mv);
	for (let i = 0; i < mv.length; i++) mv[i] = mv[i]! / norm;
	const cos = docs
		.map((d, i) => ({
			id: d.id,
			inside: !query.region || isWithin(d.region, query.region),
			c: {
				lead: dot(qv!, leads[i]!),
				head: dot(qv!, heads[i]!),
				measure: Math.max(-Infinity, ...measures[i]!.map((m) => dot(qv!, m))),
				plain: dot(pv!, leads[i]!),
				mean: dot(mv, leads[i]!),
				plainHead: dot(pv!, heads[i]!),
				centred: dot(centre(qv!), centredLeads[i]!),
				hub: dot(centroid, leads[i]!),
				local: localDensity[i]!,
				hubDocs: hubDocs[i]!,
				hubHeads: hubHeads[i]!,
			},
		}))
		.filter((c) => c.inside);
	const rankings = new Map<string, string[]>();
	for (const name of Object.keys(scorers))
		rankings.set(name, order(cos.map((c) => ({ id: c.id, s: scorers[name]!(c.c) }))));
	const rankOf = (name: string) => new Map(rankings.get(name)!.map((id, r) => [id, r + 1]));
	const leadRank = rankOf('lead');
	const headRank = rankOf('headline');
	for (const [name, w] of Object.entries(fusions))
		rankings.set(
			name,
			order(
				cos.map((c) => ({
					id: c.id,
					s: 1 / (60 + leadRank.get(c.id)!) + w / (60 + headRank.get(c.id)!),
				})),
			),
		);
	for (const name of names) {
		const ranked = rankings.get(name)!.slice(0, 10);
		for (const group of [`${query.split}|${query.kind}`, `${query.split}|all`]) {
			const key = `${name}|${group}`;
			const s = sums.get(key) ?? { n: 0, ndcg: 0, recall: 0 };
			s.n++;
			s.ndcg += ndcgAt(ranked, query.judgments);
			s.recall += recallAt(ranked, query.judgments);
			sums.set(key, s);
		}
	}
}
for (const split of SPLITS.filter((s) => s === values.split)) {
	console.log(`\n${split} — dense-only nDCG@10 / recall@10`);
	console.log(`${''.padEnd(14)}${names.map((n) => n.padStart(14)).join('')}`);
	for (const kind of [...QUERY_KINDS, 'all']) {
		const cells = names.map((name) => {
			const s = sums.get(`${name}|${split}|${kind}`);
			return (s ? `${(s.ndcg / s.n).toFixed(3)}/${(s.recall / s.n).toFixed(3)}` : '-').padStart(14);
		});
		console.log(`${kind.padEnd(14)}${cells.join('')}`);
	}
}
