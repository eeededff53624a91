/**
 * `node scripts/theme-embed-research.ts [--seeds 0,1,2] [--weak] [--l2 a,b,…]`: would a classifier
 * trained on bge-small-zh passage vectors beat, or help, the bigram theme classifier? Embeds the
 * headline and lead of every labelled and corpus-gold article (cached under .cache/), fits a softmax
 * regression on them (L2 chosen by 5-fold CV on the helpers' labels), then scores on corpus-gold,
 * with the same 5-fold CV as `train-themes --gold-cv` (fusion knobs fitted on the training gold, the
 * bigram model retrained per seed, gold never trained on): the bigram model, the embedding model,
 * their ensembles, a second view (the body after the lead) and a kNN over the labels. Prints a
 * table; writes nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { LabelledSignals } from '../src/lib/eval/fit-fusion.ts';
import type { ThemeId } from '../src/lib/schema/taxonomy.ts';
import { readThemeTraining } from '../src/lib/schema/theme-training.ts';
import { loadThemeConfig } from '../src/lib/schema/themes-yaml.ts';
import { loadEmbedder, type Embedder } from '../src/lib/semantic/embedder.ts';
import {
	denseProbabilities,
	trainDenseSoftmax,
	type DenseSoftmax,
} from '../src/lib/nlp/train-dense-softmax.ts';
import { corpusPath } from '../tools/lib/corpus.ts';
import { cachedEmbeddings } from '../tools/lib/embedding-cache.ts';
import { fail, PROJECT_ROOT } from '../tools/lib/project.ts';
import {
	fitKnobs,
	foldOf,
	fusedThemes,
	signalsOf,
	signalsWithProbabilities,
	trainModel,
	withTrainingSeed,
} from '../tools/lib/theme-cross-fit.ts';
import { goldFold, scoreGoldFolds } from '../tools/lib/theme-gold-cv.ts';
import { readThemeLabels } from '../tools/lib/theme-label-file.ts';
import { readTrainingDocs, taxonomyDocs, taxonomyTexts } from '../tools/lib/theme-training-docs.ts';

const { values } = parseArgs({
	options: {
		seeds: { type: 'string', default: '0,1,2' },
		weak: { type: 'boolean', default: false },
		l2: { type: 'string', default: '0.00001,0.00003,0.0001,0.0003' },
		'l2-both': { type: 'string', default: '0.00003,0.0001' },
		iterations: { type: 'string', default: '300' },
	},
});
const seeds = values.seeds.split(',').map(Number);
const iterations = Number(values.iterations);
const training = readThemeTraining(join(PROJECT_ROOT, 'search-config/theme-training.json'));
const corpus = corpusPath() ?? fail('needs ../shared/corpus', 2);
const goldLabels = readThemeLabels(join(PROJECT_ROOT, '../shared/dev/corpus-gold.json'));
const goldIds = new Map(goldLabels.map((g) => [g.id.toLowerCase(), g]));
const labels = readThemeLabels(join(PROJECT_ROOT, training.labels.file));
const rules = loadThemeConfig(
	readFileSync(join(PROJECT_ROOT, 'search-config/themes.yaml'), 'utf8'),
);
const classes = rules.themes.map((t) => t.id);
const C = classes.length;
const log = (line: string) => process.stderr.write(`${line}\n`);
let started = Date.now();
const docs = await readTrainingDocs(corpus, rules, training, labels, goldIds);
log(`read corpus in ${((Date.now() - started) / 1000).toFixed(0)} s; weak ${docs.weak.length}`);
const labelled = docs.labelled;
const gold = docs.gold.map((g) => ({ ...g, weight: 0 }));
const seedTexts = taxonomyTexts(rules);

type Doc = { title: string; body: string };
const head = (d: Doc) => `${d.title}\n${d.body.slice(0, 400)}`;
const mid = (d: Doc) => (d.body.length > 450 ? d.body.slice(400, 800) : head(d));

let embedder: Embedder | undefined;
const getEmbedder = async () => (embedder ??= (await loadEmbedder()) ?? fail('no model', 2));
const cacheFile = join(PROJECT_ROOT, '.cache/theme-embeddings/bge-small-zh-v1.5.bin');
async function embed(texts: string[], what: string): Promise<Float32Array[]> {
	started = Date.now();
	const out = await cachedEmbeddings(texts, cacheFile, getEmbedder, (done, total) => {
		if (done % 512 === 0 || done === total)
			log(
				`  ${what}: ${done}/${total} embedded, ${((Date.now() - started) / done).toFixed(0)} ms each`,
			);
	});
	return out;
}
const weakDocs = values.weak ? docs.weakDocs : [];
const headOf = {
	labelled: await embed(
		labelled.map((l) => head(l.doc)),
		'labelled head',
	),
	gold: await embed(
		gold.map((g) => head(g.doc)),
		'gold head',
	),
	seeds: await embed(
		seedTexts.map((s) => head(s.doc)),
		'seeds',
	),
	weak: await embed(weakDocs.map(head), 'weak head'),
};
const midOf = {
	labelled: await embed(
		labelled.map((l) => mid(l.doc)),
		'labelled mid',
	),
	gold: await embed(
		gold.map((g) => mid(g.doc)),
		'gold mid',
	),
	seeds: headOf.seeds,
	weak: await embed(weakDocs.map(mid), 'weak mid'),
};
await embedder?.dispose();
const concat = (a: Float32Array, b: Float32Array) => {
	const out = new Float32Array(a.length + b.length);
	out.set(a);
	out.set(b, a.length);
	return out;
};
const bothOf = {
	labelled: headOf.labelled.map((v, i) => concat(v, midOf.labelled[i] as Float32Array)),
	gold: headOf.gold.map((v, i) => concat(v, midOf.gold[i] as Float32Array)),
	seeds: headOf.seeds.map((v) => concat(v, v)),
	weak: headOf.weak.map((v, i) => concat(v, midOf.weak[i] as Float32Array)),
};
type View = typeof headOf;

// Training rows: the helpers' labels with a theme (weight 10), the seeds (5), the weak labels
// (balanced as the bigram model balances them).
const themedIdx = labelled.flatMap((l, i) => (l.primary === null ? [] : [i]));
const perClass = new Array<number>(C).fill(0);
for (const d of docs.weak.slice(0, weakDocs.length)) perClass[d.y] = (perClass[d.y] ?? 0) + 1;
const weakWeight = (y: number) =>
	training.weakLabels.weight *
	Math.min(training.maxBoost, weakDocs.length / C / Math.max(1, perClass[y] ?? 1));
function rows(view: View, keep: (i: number) => boolean) {
	const x: Float32Array[] = [];
	const y: number[] = [];
	const w: number[] = [];
	for (const i of themedIdx) {
		if (!keep(i)) continue;
		x.push(view.labelled[i] as Float32Array);
		y.push(classes.indexOf(labelled[i]?.primary as ThemeId));
		w.push(training.labels.weight);
	}
	seedTexts.forEach((s, i) => {
		x.push(view.seeds[i] as Float32Array);
		y.push(s.y);
		w.push(training.seedWeight);
	});
	view.weak.forEach((v, i) => {
		const yy = docs.weak[i]?.y ?? 0;
		x.push(v);
		y.push(yy);
		w.push(weakWeight(yy));
	});
	return { x, y, weights: w };
}
const fit = (view: View, l2: number, keep: (i: number) => boolean = () => true) =>
	trainDenseSoftmax(rows(view, keep), { classes: C, l2, iterations });
const argmax = (p: ArrayLike<number>) => {
	let best = 0;
	for (let c = 1; c < p.length; c++) if ((p[c] ?? 0) > (p[best] ?? 0)) best = c;
	return best;
};

// Label-CV: the helpers' labels with a theme, 5 folds by id, argmax accuracy.
function labelCv(view: View, l2: number): number {
	let ok = 0;
	for (let fold = 0; fold < 5; fold++) {
		const inFold = (i: number) => foldOf(labelled[i]?.id ?? '', 5) === fold;
		const model = fit(view, l2, (i) => !inFold(i));
		for (const i of themedIdx.filter(inFold)) {
			const p = denseProbabilities(view.labelled[i] as Float32Array, model);
			if (classes[argmax(p)] === labelled[i]?.primary) ok++;
		}
	}
	return ok / themedIdx.length;
}
const chosen = new Map<string, { l2: number; model: DenseSoftmax }>();
for (const [name, view] of [
	['head', headOf],
	['head+mid', bothOf],
] as const) {
	started = Date.now();
	const l2s = values[name === 'head' ? 'l2' : 'l2-both'].split(',').map(Number);
	// One L2 value needs no choosing: the label-CV is skipped (it is the slow part).
	const scores = l2s.map((l2) => ({ l2, acc: l2s.length > 1 ? labelCv(view, l2) : NaN }));
	const best = scores.reduce((a, b) => (b.acc > a.acc ? b : a));
	log(
		`label-CV ${name}: ${scores.map((s) => `l2 ${s.l2} ${(100 * s.acc).toFixed(1)}%`).join(', ')} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
	);
	chosen.set(name, { l2: best.l2, model: fit(view, best.l2) });
}

const toMap = (p: ArrayLike<number>) => new Map(classes.map((id, c) => [id, p[c] ?? 0]));
const embHead = gold.map((_, i) =>
	denseProbabilities(headOf.gold[i] as Float32Array, chosen.get('head')!.model),
);
const embBoth = gold.map((_, i) =>
	denseProbabilities(bothOf.gold[i] as Float32Array, chosen.get('head+mid')!.model),
);
// kNN over the labelled articles with a theme (head view): similarity-weighted votes of the k nearest.
function knn(v: Float32Array, k: number, tau: number, skip = -1): Float64Array {
	const sims = themedIdx
		.filter((i) => i !== skip)
		.map((i) => {
			const u = headOf.labelled[i] as Float32Array;
			let dot = 0;
			for (let j = 0; j < u.length; j++) dot += (u[j] ?? 0) * (v[j] ?? 0);
			return { y: classes.indexOf(labelled[i]?.primary as ThemeId), dot };
		});
	sims.sort((a, b) => b.dot - a.dot);
	const p = new Float64Array(C).fill(1e-3);
	for (const s of sims.slice(0, k)) p[s.y] = (p[s.y] ?? 0) + Math.exp((s.dot - 1) / tau);
	const sum = p.reduce((a, b) => a + b, 0);
	return p.map((x) => x / sum);
}
const knnP = gold.map((_, i) => knn(headOf.gold[i] as Float32Array, 20, 0.05));
const knnOf = (k: number, tau: number) =>
	gold.map((_, i) => knn(headOf.gold[i] as Float32Array, k, tau));
const knnGrid = {
	'knn k10 τ.05': knnOf(10, 0.05),
	'knn k40 τ.05': knnOf(40, 0.05),
	'knn k20 τ.02': knnOf(20, 0.02),
	'knn k20 τ.1': knnOf(20, 0.1),
};
// kNN on the helpers' labels, each article left out of its own neighbours: argmax accuracy.
const knnLoo =
	themedIdx.filter(
		(i) =>
			classes[argmax(knn(headOf.labelled[i] as Float32Array, 20, 0.05, i))] ===
			labelled[i]?.primary,
	).length / themedIdx.length;
log(
	`label leave-one-out kNN (k 20, τ 0.05), head view: ${(100 * knnLoo).toFixed(1)}% of ${themedIdx.length}`,
);
const blend = (a: ReadonlyMap<ThemeId, number>, b: ArrayLike<number>, alpha: number) => {
	const z = classes.map(
		(id, c) =>
			(1 - alpha) * Math.log(Math.max(a.get(id) ?? 0, 1e-9)) +
			alpha * Math.log(Math.max(b[c] ?? 0, 1e-9)),
	);
	const max = Math.max(...z);
	const e = z.map((v) => Math.exp(v - max));
	const sum = e.reduce((x, y) => x + y, 0);
	return new Map(classes.map((id, c) => [id, (e[c] ?? 0) / sum]));
};

type Variant = (s: LabelledSignals, i: number) => Map<ThemeId, number>;
const variants: Record<string, Variant> = {
	bigram: (s) => new Map(s.signals.probabilities),
	'emb head': (_, i) => toMap(embHead[i] as Float64Array),
	'emb head+mid': (_, i) => toMap(embBoth[i] as Float64Array),
	knn: (_, i) => toMap(knnP[i] as Float64Array),
	'ens bigram+head α.5': (s, i) => blend(s.signals.probabilities, embHead[i] as Float64Array, 0.5),
	'ens bigram+head α.3': (s, i) => blend(s.signals.probabilities, embHead[i] as Float64Array, 0.3),
	'ens bigram+head α.7': (s, i) => blend(s.signals.probabilities, embHead[i] as Float64Array, 0.7),
	'ens bigram+head+mid α.5': (s, i) =>
		blend(s.signals.probabilities, embBoth[i] as Float64Array, 0.5),
	'ens bigram+knn α.5': (s, i) => blend(s.signals.probabilities, knnP[i] as Float64Array, 0.5),
	'ens bigram+knn α.7': (s, i) => blend(s.signals.probabilities, knnP[i] as Float64Array, 0.7),
	'ens head+knn α.5': (_, i) =>
		blend(toMap(embHead[i] as Float64Array), knnP[i] as Float64Array, 0.5),
	...Object.fromEntries(
		Object.entries(knnGrid).map(([name, p]) => [
			name,
			(_: LabelledSignals, i: number) => toMap(p[i] as Float64Array),
		]),
	),
};
/** Mixing weights of the bigram model's log-probabilities with an embedding model's, fitted per fold. */
const ALPHAS = [0, 0.25, 0.5, 0.75, 1];
const fitted: Record<
	string,
	(s: LabelledSignals, i: number, alpha: number) => Map<ThemeId, number>
> = {
	'ens bigram+head α fitted': (s, i, alpha) =>
		blend(s.signals.probabilities, embHead[i] as Float64Array, alpha),
	'ens bigram+head+mid α fitted': (s, i, alpha) =>
		blend(s.signals.probabilities, embBoth[i] as Float64Array, alpha),
	'ens bigram+knn α fitted': (s, i, alpha) =>
		blend(s.signals.probabilities, knnP[i] as Float64Array, alpha),
};
const primaryShare = (items: readonly LabelledSignals[], knobs: ReturnType<typeof fitKnobs>) =>
	items.filter((s) => s.primary !== null && fusedThemes(s, knobs)[0] === s.primary).length;

/**
 * Gold CV of one variant: in each fold the knobs are fitted on the training gold; with several
 * candidate signal sets (a mixing weight each), the one whose fitted knobs score best on the
 * training gold (the first on a tie) scores the fold: the weight is a seventh knob.
 */
function scoreFolds(candidates: LabelledSignals[][], seed: number) {
	let [ok, themed, alone, tp, fp, fn] = [0, 0, 0, 0, 0, 0];
	for (let fold = 0; fold < 5; fold++) {
		const inFold = (i: number) => goldFold(gold[i]?.id ?? '', 5, seed) === fold;
		let best:
			{ items: LabelledSignals[]; knobs: ReturnType<typeof fitKnobs>; ok: number } | undefined;
		for (const items of candidates) {
			const train = items.filter((_, i) => !inFold(i));
			const knobs = fitKnobs(train, rules.scoring.maxThemes);
			const trainOk = primaryShare(train, knobs);
			if (!best || trainOk > best.ok) best = { items, knobs, ok: trainOk };
		}
		if (!best) continue;
		const { items, knobs } = best;
		items.forEach((s, i) => {
			if (!inFold(i)) return;
			const got = fusedThemes(s, knobs);
			if (s.primary !== null) {
				themed++;
				if (got[0] === s.primary) ok++;
				const p = [...s.signals.probabilities].sort((a, b) => b[1] - a[1])[0]?.[0];
				if (p === s.primary) alone++;
			}
			for (const t of got)
				if (s.themes.includes(t)) tp++;
				else fp++;
			for (const t of s.themes) if (!got.includes(t)) fn++;
		});
	}
	return { primary: ok / themed, alone: alone / themed, f1: (2 * tp) / (2 * tp + fp + fn) };
}
const table = new Map<string, { primary: number[]; f1: number[]; alone: number[] }>();
const goldIndex = new Map(gold.map((g, i) => [g.id, i]));
for (const seed of seeds) {
	started = Date.now();
	const input = withTrainingSeed(
		{ rules, training, weak: docs.weak, seeds: taxonomyDocs(rules, training), about: 'research' },
		seed,
	);
	const model = trainModel(input, labelled);
	const base = signalsOf(gold, rules, model);
	const itemsOf = (variant: Variant) =>
		base.map((s, i) => ({ ...s, signals: { ...s.signals, probabilities: variant(s, i) } }));
	const rows: [string, Variant[]][] = [
		...Object.entries(variants).map(([name, v]): [string, Variant[]] => [name, [v]]),
		...Object.entries(fitted).map(([name, blendOf]): [string, Variant[]] => [
			name,
			ALPHAS.map((alpha) => (s: LabelledSignals, i: number) => blendOf(s, i, alpha)),
		]),
		// k and τ of the kNN chosen per fold on the training gold, as the mixing weight is.
		[
			'knn k,τ fitted',
			[knnP, ...Object.values(knnGrid)].map(
				(p) => (_: LabelledSignals, i: number) => toMap(p[i] as Float64Array),
			),
		],
	];
	for (const [name, candidates] of rows) {
		const row = table.get(name) ?? { primary: [], f1: [], alone: [] };
		const scored = scoreFolds(candidates.map(itemsOf), seed);
		row.primary.push(scored.primary);
		row.alone.push(scored.alone);
		row.f1.push(scored.f1);
		table.set(name, row);
	}
	log(`seed ${seed} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
void goldIndex;
// As `--gold-knobs abstain` scores the bigram model: the knobs fitted on the helpers' labels (here
// on leave-one-out kNN probabilities), only abstainBelow refitted per fold on the training gold.
const labelKnobs = fitKnobs(
	signalsWithProbabilities(labelled, rules, (i) =>
		toMap(knn(headOf.labelled[i] as Float32Array, 20, 0.05, i)),
	),
	rules.scoring.maxThemes,
);
const goldKnn = signalsWithProbabilities(gold, rules, (i) => toMap(knnP[i] as Float64Array));
const labelRow = { primary: [] as number[], f1: [] as number[], alone: [] as number[] };
for (const seed of seeds) {
	const scored = scoreGoldFolds(
		goldKnn,
		gold.map((g) => g.id),
		labelKnobs,
		seed,
	);
	labelRow.primary.push(scored.primary);
	labelRow.f1.push(scored.f1);
	labelRow.alone.push(NaN);
}
table.set('knn, knobs from labels', labelRow);
log(`knobs fitted on the helpers' labels with leave-one-out kNN: ${JSON.stringify(labelKnobs)}`);
const pct = (x: number) => `${(100 * x).toFixed(1)}`;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const lines = [
	`corpus-gold 5-fold CV, knobs fitted on the training gold, gold never trained on; seeds ${seeds.join(',')}` +
		`; embedding L2 by label-CV: head ${chosen.get('head')?.l2}, head+mid ${chosen.get('head+mid')?.l2}` +
		`; weak labels in the embedding model: ${weakDocs.length}`,
	`${'variant'.padEnd(26)} primary (per seed)        mean   F1 mean  model alone`,
];
for (const [name, row] of table)
	lines.push(
		`${name.padEnd(26)} ${row.primary.map(pct).join('/').padEnd(24)} ${pct(mean(row.primary)).padStart(5)}  ${pct(mean(row.f1)).padStart(5)}    ${pct(mean(row.alone)).padStart(5)}`,
	);
process.stdout.write(`${lines.join('\n')}\n`);
