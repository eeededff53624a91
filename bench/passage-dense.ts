/**
 * Passage vectors against the headline-and-lead vector, dense-only, side by side:
 * `node bench/passage-dense.ts [--collection small|big] [--seed n] [--chars 400] [--passages 3]`.
 * Over the search dev set's collection (`--collection small`, the default: the samples and a seeded
 * draw of each query's judged articles, a few hundred articles, so the extra passages embed in a
 * minute or two), every article gets beside its engine vector (`vectorText`: headline and lead)
 * the vectors of up to `--passages` chunks of `--chars` characters of its body after the lead, each
 * headed by the headline. Prints nDCG@10 / recall@10 per kind and split for: the lead vector alone
 * (what the engine stores), the best passage alone, the maximum over lead and passages (an article
 * is as near as its nearest part), and the lead's cosine plus half the best passage's. Also prints
 * how many vectors each choice stores per article. Passage vectors are cached by text under
 * `.cache/eval-search/body-passages`.
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
		chars: { type: 'string', default: '400' },
		passages: { type: 'string', default: '3' },
	},
});
const usage = 'node bench/passage-dense.ts [--collection small|big] [--chars n] [--passages n]';
const chars = positiveIntegerOption('chars', values.chars, usage);
const most = positiveIntegerOption('passages', values.passages, usage);
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
// The body after the lead, in chunks, each headed by the headline (its subject).
const chunksOf = docs.map((d) => {
	const out: string[] = [];
	for (let at = 400; at < d.body.length && out.length < most; at += chars) {
		const text = d.body.slice(at, at + chars);
		if (text.trim().length >= 50) out.push(`${d.title}\n${text}`);
	}
	return out;
});
const flat = chunksOf.flat();
const started = process.cpuUsage();
const flatVectors = await cachedPassageVectors(
	model,
	flat,
	join(cache, 'body-passages'),
	(done, total) => process.stderr.write(`\rembedding passages ${done}/${total}`),
);
const used = process.cpuUsage(started);
process.stderr.write('\n');
let k = 0;
const passages = chunksOf.map((c) => c.map(() => flatVectors[k++]!));
console.log(
	`${docs.length} articles, ${flat.length} body passages (${(flat.length / docs.length).toFixed(2)} per article), embedded in ${((used.user + used.system) / 1e6).toFixed(1)} s CPU`,
);

// Other leads: the headline and a shorter or longer opening.
const leadVariants = new Map<number, Float32Array[]>();
for (const n of [200, 500])
	leadVariants.set(
		n,
		await cachedPassageVectors(
			model,
			docs.map((d) => `${d.title}\n${d.body.slice(0, n)}`),
			join(cache, 'body-passages'),
		),
	);

const dot = (a: Float32Array, b: Float32Array) => {
	let s = 0;
	for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
	return s;
};
type Cosines = { lead: number; best: number; plain: number; lead200: number; lead500: number };
const scorers: Record<string, (c: Cosines) => number> = {
	lead: (c) => c.lead,
	'lead, no instr.': (c) => c.plain,
	lead200: (c) => c.lead200,
	lead500: (c) => c.lead500,
	passage: ({ lead, best }) => (best === -Infinity ? lead : best),
	max: ({ lead, best }) => Math.max(lead, best),
	'lead+0.5best': ({ lead, best }) => lead + 0.5 * (best === -Infinity ? lead : best),
};
const names = Object.keys(scorers);
const sums = new Map<string, { n: number; ndcg: number; recall: number }>();
for (const query of devSet.queries) {
	if (!hasRelevant(query.judgments)) continue;
	const [qv] = await model.embed([query.q], { kind: 'query' });
	const [plain] = await model.embed([query.q], { kind: 'passage' });
	const cos = docs.map((d, i) => {
		const inside = !query.region || isWithin(d.region, query.region);
		const best = Math.max(-Infinity, ...passages[i]!.map((p) => dot(qv!, p)));
		const c: Cosines = {
			lead: dot(qv!, leads[i]!),
			best,
			plain: dot(plain!, leads[i]!),
			lead200: dot(qv!, leadVariants.get(200)![i]!),
			lead500: dot(qv!, leadVariants.get(500)![i]!),
		};
		return { id: d.id, inside, c };
	});
	for (const name of names) {
		const ranked = cos
			.filter((c) => c.inside)
			.map((c) => ({ id: c.id, s: scorers[name]!(c.c) }))
			.sort((a, b) => b.s - a.s || (a.id < b.id ? -1 : 1))
			.slice(0, 10)
			.map((c) => c.id);
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
for (const split of SPLITS) {
	console.log(`\n${split} — dense-only nDCG@10 / recall@10`);
	console.log(`${''.padEnd(14)}${names.map((n) => n.padStart(17)).join('')}`);
	for (const kind of [...QUERY_KINDS, 'all']) {
		const cells = names.map((name) => {
			const s = sums.get(`${name}|${split}|${kind}`);
			return (s ? `${(s.ndcg / s.n).toFixed(3)}/${(s.recall / s.n).toFixed(3)}` : '-').padStart(17);
		});
		console.log(`${kind.padEnd(14)}${cells.join('')}`);
	}
}
