/**
 * `node scripts/train-themes.ts [--out FILE] [--stats]`: trains the theme classifier
 * (search-config/theme-model.json) by distant supervision. The keyword rules of
 * search-config/themes.yaml label the ../shared/corpus articles they are sure about (one theme far
 * ahead of the rest); each theme's description and keywords add one trusted pseudo-document. The
 * articles of ../shared/dev/corpus-gold.json are never trained on: they judge the result. The
 * corpus is read at run time; only bigram weights are written. Settings: search-config/theme-training.json.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { corpusPath, readCorpus } from '../tools/lib/corpus.ts';
import { corpusArticleId } from '../tools/lib/corpus-seeds.ts';
import { ruleThemes, themeHeadline } from '../src/lib/nlp/tag-themes.ts';
import {
	keyToBigram,
	themeFeatures,
	TITLE_OFFSET,
	type FeatureSettings,
	type FeatureVector,
} from '../src/lib/nlp/theme-features.ts';
import { trainSoftmax, type TrainingSet } from '../src/lib/nlp/train-softmax.ts';
import { loadThemeConfig, type ThemeConfig } from '../src/lib/schema/themes-yaml.ts';
import { readThemeTraining, type ThemeTraining } from '../src/lib/schema/theme-training.ts';
import type { ThemeModelFile } from '../src/lib/schema/theme-model.ts';
import { fail, PROJECT_ROOT } from '../tools/lib/project.ts';

const { values } = parseArgs({
	options: {
		out: { type: 'string', default: join(PROJECT_ROOT, 'search-config/theme-model.json') },
		stats: { type: 'boolean', default: false },
	},
});
let training: ThemeTraining;
try {
	training = readThemeTraining(join(PROJECT_ROOT, 'search-config/theme-training.json'));
} catch (error) {
	fail(error, 2);
}
const FEATURES: FeatureSettings = training.features;
const { sureFactor, runnerUpShare, perThemeCap } = training.weakLabels;

const corpus = corpusPath();
if (!corpus) fail('train-themes needs ../shared/corpus (or JUCUO_CORPUS)', 2);
const goldPath = join(PROJECT_ROOT, '../shared/dev/corpus-gold.json');
const goldIds = new Set<string>(
	existsSync(goldPath)
		? (JSON.parse(readFileSync(goldPath, 'utf8')) as { items: { id: string }[] }).items.map((g) =>
				g.id.toLowerCase(),
			)
		: [],
);
// The weak labels come from the rules alone, never from an older model.
const rules: ThemeConfig = loadThemeConfig(
	readFileSync(join(PROJECT_ROOT, 'search-config/themes.yaml'), 'utf8'),
);
const classes = rules.themes.map((t) => t.id);

interface Doc {
	x: FeatureVector;
	y: number;
	weight: number;
}
const docs: Doc[] = [];
const perClass = new Array<number>(classes.length).fill(0);
let read = 0;
for await (const row of readCorpus(corpus)) {
	read++;
	if (goldIds.has(corpusArticleId(row))) continue;
	const body = row.text
		.split(/\n+/u)
		.map((p) => p.trim())
		.filter((p) => p !== '')
		.join('\n\n');
	if (body.length < training.weakLabels.minChars) continue;
	const doc = { title: themeHeadline(row.title), body };
	const tags = ruleThemes(doc, rules);
	const ranked = Object.entries(tags.scores).sort((a, b) => b[1] - a[1]);
	const [top, second] = ranked;
	if (!top) continue;
	const threshold = rules.scoring.minScore + (rules.scoring.perThousandChars * body.length) / 1000;
	const clearLead =
		tags.themes[0] === top[0] &&
		top[1] >= sureFactor * threshold &&
		(second?.[1] ?? 0) <= runnerUpShare * top[1];
	// A headline naming exactly one theme, which the body also supports, states the subject.
	const headline = ruleThemes({ title: '', body: doc.title }, rules).themes;
	const titled =
		headline.length === 1 && headline[0] !== undefined && tags.themes.includes(headline[0]);
	const label = titled ? headline[0] : clearLead ? top[0] : undefined;
	if (label === undefined) continue;
	const y = classes.findIndex((c) => c === label);
	if ((perClass[y] ?? 0) >= perThemeCap) continue;
	perClass[y] = (perClass[y] ?? 0) + 1;
	docs.push({ x: themeFeatures(doc, FEATURES), y, weight: 1 });
}
// Class balance: every theme weighs about as much as the mean, a rare one at most training.maxBoost times.
const mean = docs.length / classes.length;
for (const d of docs)
	d.weight = Math.min(training.maxBoost, mean / Math.max(1, perClass[d.y] ?? 1));
// The taxonomy itself: one pseudo-document per theme and one per sub-theme, so that themes the
// corpus rarely reports on (most cadre themes) still have their own vocabulary.
rules.themes.forEach((theme, y) => {
	const words = [
		...theme.keywords.strong,
		...theme.keywords.medium,
		...theme.subThemes.flatMap((s) => [s.label, ...s.keywords]),
	];
	const seeds = [
		{ title: theme.label, body: `${theme.description}\n${words.join('，')}` },
		...theme.subThemes.map((s) => ({
			title: `${theme.label} ${s.label}`,
			body: `${theme.description}\n${s.keywords.join('，')}`,
		})),
	];
	for (const seed of seeds)
		docs.push({ x: themeFeatures(seed, FEATURES), y, weight: training.seedWeight });
});

const seedCount = rules.themes.reduce((n, t) => n + 1 + t.subThemes.length, 0);
const df = new Map<number, number>();
for (const d of docs) for (const key of d.x.keys) df.set(key, (df.get(key) ?? 0) + 1);
const vocabulary = [...df].filter(([, n]) => n >= training.minDocFreq).map(([key]) => key);
const index = new Map(vocabulary.map((key, i) => [key, i]));
let entries = 0;
for (const d of docs) for (const key of d.x.keys) if (index.has(key)) entries++;
const set: TrainingSet = {
	offsets: new Uint32Array(docs.length + 1),
	indexes: new Uint32Array(entries),
	values: new Float32Array(entries),
	labels: Uint8Array.from(docs, (d) => d.y),
	weights: Float32Array.from(docs, (d) => d.weight),
	features: vocabulary.length,
};
let k = 0;
docs.forEach((d, i) => {
	d.x.keys.forEach((key, n) => {
		const j = index.get(key);
		if (j === undefined) return;
		set.indexes[k] = j;
		set.values[k++] = d.x.values[n] ?? 0;
	});
	set.offsets[i + 1] = k;
});
process.stderr.write(
	`read ${read} corpus articles; ${docs.length - seedCount} weak labels, ${vocabulary.length} bigrams\n`,
);
if (values.stats)
	process.stderr.write(`${classes.map((c, i) => `  ${c.padEnd(22)} ${perClass[i]}`).join('\n')}\n`);

const C = classes.length;
const fitted = trainSoftmax(set, { classes: C, ...training.sgd });
// Keep the bigrams that matter most to some theme; int8 with one scale for the whole matrix.
const strength = vocabulary.map((_, i) => {
	let max = 0;
	for (let c = 0; c < C; c++) max = Math.max(max, Math.abs(fitted.weights[i * C + c] ?? 0));
	return max;
});
const kept = vocabulary
	.map((key, i) => ({ key, i, strength: strength[i] ?? 0 }))
	.sort((a, b) => b.strength - a.strength)
	.slice(0, training.keepBigrams)
	// Body rows first, then headline rows, as the file stores them.
	.sort((a, b) => Number(a.key >= TITLE_OFFSET) - Number(b.key >= TITLE_OFFSET));
const scale = (kept[0]?.strength ?? 1) / 127;
const quantized = new Int8Array(kept.length * C);
kept.forEach(({ i }, row) => {
	for (let c = 0; c < C; c++)
		quantized[row * C + c] = Math.max(
			-127,
			Math.min(127, Math.round((fitted.weights[i * C + c] ?? 0) / scale)),
		);
});
const file: ThemeModelFile = {
	about:
		'Theme classifier over Han-character bigrams, written by `node scripts/train-themes.ts`: ' +
		`${docs.length - seedCount} corpus articles labelled by the keyword rules where one theme clearly led, ` +
		'plus one pseudo-document per theme and sub-theme (description and keywords). Do not edit by hand.',
	features: FEATURES,
	classes,
	bias: Array.from(fitted.bias, (b) => Math.round(b * 1e4) / 1e4),
	bigrams: kept
		.filter(({ key }) => key < TITLE_OFFSET)
		.map(({ key }) => keyToBigram(key))
		.join(''),
	titleBigrams: kept
		.filter(({ key }) => key >= TITLE_OFFSET)
		.map(({ key }) => keyToBigram(key))
		.join(''),
	weights: Buffer.from(quantized.buffer).toString('base64'),
	scale,
};
writeFileSync(values.out, `${JSON.stringify(file)}\n`);
process.stderr.write(`wrote ${values.out}: ${kept.length} bigrams kept\n`);
