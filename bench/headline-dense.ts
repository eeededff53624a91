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
import { SPLITS } from '../src/lib/eval/dev-set.ts';
import { hasRelevant } from '../src/lib/eval/score-runs.ts';
import { isWithin } from '../src/lib/geo/gazetteer.ts';
import { dot } from '../src/lib/semantic/cosine.ts';
import { SMALL_DEFAULTS } from '../tools/lib/eval-small.ts';
import {
	DENSE_CACHE,
	DenseScores,
	denseCollection,
	measureVectors,
} from '../tools/lib/dense-research.ts';
import { cachedPassageVectors } from '../tools/lib/vector-cache.ts';

const { values } = parseArgs({
	options: {
		collection: { type: 'string', default: 'small' },
		seed: { type: 'string', default: String(SMALL_DEFAULTS.seed) },
		split: { type: 'string', default: 'tune' },
	},
});
const usage = 'node bench/headline-dense.ts [--collection small|big] [--seed n] [--split tune|dev]';
const { devSet, model, docs, leads } = await denseCollection(values, usage);
const started = process.cpuUsage();
const heads = await cachedPassageVectors(
	model,
	docs.map((d) => d.title),
	join(DENSE_CACHE, 'headline-vectors'),
);
const used = process.cpuUsage(started);
console.log(
	`${docs.length} headlines embedded in ${((used.user + used.system) / 1e6).toFixed(1)} s CPU (0 when cached)`,
);
const { measures, count, cpuSeconds } = await measureVectors(model, docs, (done, total) =>
	process.stderr.write(`\rembedding measures ${done}/${total}`),
);
console.log(
	`${count} measures (${(count / docs.length).toFixed(2)} per article) embedded in ${cpuSeconds.toFixed(1)} s CPU`,
);

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
const scores = new DenseScores();
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
	for (const name of names) scores.add(name, query, rankings.get(name)!);
}
scores.print(
	SPLITS.filter((s) => s === values.split),
	names,
	14,
);
