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
import { SPLITS } from '../src/lib/eval/dev-set.ts';
import { hasRelevant } from '../src/lib/eval/score-runs.ts';
import { isWithin } from '../src/lib/geo/gazetteer.ts';
import { dot } from '../src/lib/semantic/cosine.ts';
import { DENSE_CACHE, DenseScores, denseCollection } from '../tools/lib/dense-research.ts';
import { cachedPassageVectors } from '../tools/lib/vector-cache.ts';
import { SMALL_DEFAULTS } from '../tools/lib/eval-small.ts';
import { positiveIntegerOption } from '../tools/lib/project.ts';

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
const { devSet, model, docs, leads } = await denseCollection(values, usage);
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
	join(DENSE_CACHE, 'body-passages'),
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
			join(DENSE_CACHE, 'body-passages'),
		),
	);

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
const scores = new DenseScores();
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
			.map((c) => c.id);
		scores.add(name, query, ranked);
	}
}
scores.print(SPLITS, names, 17);
