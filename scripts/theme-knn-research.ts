/**
 * `node scripts/theme-knn-research.ts [--seeds 0,1,2] [--k 5,10,20,40] [--tau 0.02,0.05,0.1,0.2]`:
 * would a nearest-neighbour vote over the helpers' labelled bge-small-zh vectors (headline and the
 * body's first 400 characters, as the index embeds them; cached under .cache/) beat the shipped
 * bigram classifier when run as shipped? The vote's k and temperature are chosen on the helpers'
 * labels alone (each labelled article voted on by the others, fusion knobs fitted on those votes),
 * never on corpus-gold; corpus-gold is then scored as `train-themes --gold-cv … --gold-knobs
 * abstain` scores the bigram model (knobs from the labels, `abstainBelow` refitted on the training
 * gold of each fold, one fold seed each), with the bigram model as shipped beside it in the same
 * run. Every grid point's gold score is printed too, to show how much it depends on the temperature.
 * Writes nothing but the vector cache.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { LabelledSignals } from '../src/lib/eval/fit-fusion.ts';
import { fusionSettings, type FusionSettings } from '../src/lib/nlp/tag-themes.ts';
import { readThemeTraining } from '../src/lib/schema/theme-training.ts';
import { loadThemeConfig } from '../src/lib/schema/themes-yaml.ts';
import { loadEmbedder, type Embedder } from '../src/lib/semantic/embedder.ts';
import { corpusPath } from '../tools/lib/corpus.ts';
import { cachedEmbeddings } from '../tools/lib/embedding-cache.ts';
import { fail, PROJECT_ROOT } from '../tools/lib/project.ts';
import {
	fitKnobs,
	fusedThemes,
	signalsOf,
	signalsWithProbabilities,
	trainModel,
	withTrainingSeed,
} from '../tools/lib/theme-cross-fit.ts';
import { scoreGoldFolds } from '../tools/lib/theme-gold-cv.ts';
import { knnVote, probabilityMap, type KnnSettings } from '../tools/lib/theme-knn.ts';
import { readThemeLabels } from '../tools/lib/theme-label-file.ts';
import {
	readTrainingDocs,
	taxonomyDocs,
	type LabelledDoc,
} from '../tools/lib/theme-training-docs.ts';

const { values } = parseArgs({
	options: {
		seeds: { type: 'string', default: '0,1,2' },
		k: { type: 'string', default: '5,10,20,40' },
		tau: { type: 'string', default: '0.02,0.05,0.1,0.2' },
	},
});
const numbers = (s: string) => s.split(',').map(Number);
const seeds = numbers(values.seeds);
const training = readThemeTraining(join(PROJECT_ROOT, 'search-config/theme-training.json'));
const corpus = corpusPath() ?? fail('needs ../shared/corpus', 2);
const goldLabels = readThemeLabels(join(PROJECT_ROOT, '../shared/dev/corpus-gold.json'));
const labels = readThemeLabels(join(PROJECT_ROOT, training.labels.file));
const rules = loadThemeConfig(
	readFileSync(join(PROJECT_ROOT, 'search-config/themes.yaml'), 'utf8'),
);
const classes = rules.themes.map((t) => t.id);
const log = (line: string) => process.stderr.write(`${line}\n`);
const goldIds = new Map(goldLabels.map((g) => [g.id.toLowerCase(), g]));
const docs = await readTrainingDocs(corpus, rules, training, labels, goldIds);
const labelled = docs.labelled;
const gold = docs.gold;
const goldOrder = gold.map((g) => g.id);

type Doc = { title: string; body: string };
const head = (d: Doc) => `${d.title}\n${d.body.slice(0, 400)}`;
let embedder: Embedder | undefined;
const getEmbedder = async () => (embedder ??= (await loadEmbedder()) ?? fail('no model', 2));
const cacheFile = join(PROJECT_ROOT, '.cache/theme-embeddings/bge-small-zh-v1.5.bin');
const embed = (items: readonly LabelledDoc[], what: string) =>
	cachedEmbeddings(
		items.map((l) => head(l.doc)),
		cacheFile,
		getEmbedder,
		(done, total) => {
			if (done % 512 === 0 || done === total) log(`  ${what}: ${done}/${total} embedded`);
		},
	);
const labelVectors = await embed(labelled, 'labelled');
const goldVectors = await embed(gold, 'gold');
await embedder?.dispose();

// The examples: the labelled articles with a theme; `bankIndex` maps a labelled article to its example.
const bankIndex = new Map<number, number>();
const bank = labelled.flatMap((l, i) => {
	if (l.primary === null) return [];
	bankIndex.set(i, bankIndex.size);
	return [{ vector: labelVectors[i] as Float32Array, y: classes.indexOf(l.primary) }];
});

const themedShare = (
	items: readonly LabelledSignals[],
	got: (s: LabelledSignals) => readonly string[],
) => {
	const themed = items.filter((s) => s.primary !== null);
	return themed.filter((s) => got(s)[0] === s.primary).length / Math.max(1, themed.length);
};

const pct = (x: number) => `${(100 * x).toFixed(1)}`;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const lines: string[] = [];

// The grid on the labels: each labelled article voted on by all the others.
const grid: { settings: KnnSettings; labels: number; knobs: FusionSettings }[] = [];
for (const k of numbers(values.k))
	for (const tau of numbers(values.tau)) {
		const settings = { k, tau };
		const vote = (i: number) =>
			probabilityMap(
				classes,
				knnVote(labelVectors[i] as Float32Array, bank, classes.length, settings, bankIndex.get(i)),
			);
		const signals = signalsWithProbabilities(labelled, rules, vote);
		const knobs = fitKnobs(signals, rules.scoring.maxThemes);
		grid.push({ settings, labels: themedShare(signals, (s) => fusedThemes(s, knobs)), knobs });
	}
const chosen = grid.reduce((a, b) => (b.labels > a.labels ? b : a));
lines.push(
	`kNN over ${bank.length} labelled vectors; k and τ chosen on the labels (leave-one-out vote, knobs fitted on the labels): k ${chosen.settings.k}, τ ${chosen.settings.tau}`,
	`${'k'.padStart(3)} ${'τ'.padStart(5)}  labels%  gold% per seed (knobs from labels, abstainBelow refitted per fold)  mean  F1`,
);
const goldOf = (settings: KnnSettings) =>
	signalsWithProbabilities(gold, rules, (i) =>
		probabilityMap(
			classes,
			knnVote(goldVectors[i] as Float32Array, bank, classes.length, settings),
		),
	);
const knnRows = new Map<KnnSettings, { primary: number[]; f1: number[] }>();
for (const point of grid) {
	const items = goldOf(point.settings);
	const scores = seeds.map((seed) => scoreGoldFolds(items, goldOrder, point.knobs, seed));
	const row = { primary: scores.map((s) => s.primary), f1: scores.map((s) => s.f1) };
	knnRows.set(point.settings, row);
	lines.push(
		`${String(point.settings.k).padStart(3)} ${String(point.settings.tau).padStart(5)}  ${pct(point.labels).padStart(6)}   ${row.primary.map(pct).join('/').padEnd(20)} ${pct(mean(row.primary))}  ${pct(mean(row.f1))}${point === chosen ? '  ← chosen' : ''}`,
	);
}

// The bigram model as shipped, in the same run: one model per training seed (gold never trains it,
// so every fold's model is the same), themes.yaml's knobs with abstainBelow refitted per fold.
const bigram = { primary: [] as number[], f1: [] as number[] };
for (const seed of seeds) {
	const input = withTrainingSeed(
		{ rules, training, weak: docs.weak, seeds: taxonomyDocs(rules, training), about: 'research' },
		seed,
	);
	const scored = scoreGoldFolds(
		signalsOf(gold, rules, trainModel(input, labelled)),
		goldOrder,
		fusionSettings(rules),
		seed,
	);
	bigram.primary.push(scored.primary);
	bigram.f1.push(scored.f1);
}
const knn = knnRows.get(chosen.settings) ?? { primary: [], f1: [] };
lines.push(
	'corpus-gold primary of those with a theme (5-fold, seeds ' +
		seeds.join(',') +
		'), side by side:',
	`  bigram as shipped     ${bigram.primary.map(pct).join('/')}  mean ${pct(mean(bigram.primary))}  F1 ${pct(mean(bigram.f1))}`,
	`  kNN k ${chosen.settings.k} τ ${chosen.settings.tau}     ${knn.primary.map(pct).join('/')}  mean ${pct(mean(knn.primary))}  F1 ${pct(mean(knn.f1))}`,
	`  kNN knobs from the labels: ${JSON.stringify({ ...chosen.knobs, maxThemes: undefined })}`,
);
process.stdout.write(`${lines.join('\n')}\n`);
