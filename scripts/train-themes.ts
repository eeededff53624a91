/**
 * `node scripts/train-themes.ts [--out FILE] [--no-write] [--set labels.weight=10 …] [--labels FILE] [--show]
 * [--dump FILE] [--quick] [--by-scope]`: trains the theme classifier (search-config/theme-model.json) and fits
 * the fusion knobs of themes.yaml (`classifier:`), both on corpus articles labelled blind by people
 * (eval/theme-labels.json), plus the keyword rules' sure labels at a lower weight and one
 * pseudo-document per theme and sub-theme. The knobs are fitted on out-of-fold classifier scores
 * (each labelled article scored by a model trained without its fold) and printed, not written:
 * copy them into themes.yaml. It also reports the whole procedure run without one fifth of the
 * labels and scored on that fifth. The articles of ../shared/dev/corpus-gold.json (the careful
 * reader's labels) train the shipped model only at `gold.weight` > 0; then `npm run eval:gold` is in
 * sample for themes and the score is `--gold-cv 0,1,2`: corpus-gold cross-validated, the model of
 * each fold trained on the helpers' labels plus the other folds' gold articles, the knobs fitted
 * on the training gold out of fold (`--gold-knobs yaml`: those of themes.yaml; `abstain`: those with
 * `abstainBelow` refitted on the training gold), once per fold seed;
 * nothing written but, with `--dump FILE`, every held-out gold article's labels, fused themes and
 * signals per seed (ids only), to sort the misses into classes. The corpus is read at run time; only bigram weights are written. Settings:
 * search-config/theme-training.json. `--quick` compares settings by the cross-validation alone: no
 * held-out fifth, nothing written. `--by-scope` also scores national items (the locality tagger's
 * `000000`) and local ones apart. `--labels FILE` trains on another labels file than
 * theme-training.json's `labels.file` (an older version of it, to compare under the same seeds).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { LabelledSignals } from '../src/lib/eval/fit-fusion.ts';
import type { FusionSettings } from '../src/lib/nlp/tag-themes.ts';
import { readThemeTraining, type ThemeTraining } from '../src/lib/schema/theme-training.ts';
import { loadThemeConfig } from '../src/lib/schema/themes-yaml.ts';
import { corpusPath } from '../tools/lib/corpus.ts';
import { fail, PROJECT_ROOT } from '../tools/lib/project.ts';
import {
	crossFit,
	fitKnobs,
	foldOf,
	fusedThemes,
	scoreLabels as score,
	signalsOf,
} from '../tools/lib/theme-cross-fit.ts';
import type { ThemeModelFile } from '../src/lib/schema/theme-model.ts';
import { readThemeLabels, type ThemeLabel } from '../tools/lib/theme-label-file.ts';
import { goldAbstain } from '../tools/lib/theme-gold-cv.ts';
import { runGoldCv } from '../tools/lib/theme-gold-report.ts';
import { readTrainingDocs, taxonomyDocs } from '../tools/lib/theme-training-docs.ts';
import { overrideTraining } from '../tools/lib/theme-training-override.ts';
import { confusionLines } from '../tools/lib/theme-confusions.ts';
import { readScopes, scopeLines } from '../tools/lib/theme-scope.ts';
import { createJiebaSegmenter } from '../src/lib/nlp/jieba/nodejieba-segmenter.ts';

const { values } = parseArgs({
	options: {
		out: { type: 'string', default: join(PROJECT_ROOT, 'search-config/theme-model.json') },
		'no-write': { type: 'boolean', default: false },
		set: { type: 'string', multiple: true },
		show: { type: 'boolean', default: false },
		dump: { type: 'string' },
		quick: { type: 'boolean', default: false },
		'gold-cv': { type: 'string' },
		'gold-knobs': { type: 'string', default: 'fitted' },
		'by-scope': { type: 'boolean', default: false },
		labels: { type: 'string' },
	},
});
let training: ThemeTraining;
try {
	training = readThemeTraining(join(PROJECT_ROOT, 'search-config/theme-training.json'));
} catch (error) {
	fail(error, 2);
}
try {
	overrideTraining(training, values.set ?? []);
} catch (error) {
	fail(error, 2);
}

const corpus = corpusPath();
if (!corpus) fail('train-themes needs ../shared/corpus (or JUCUO_CORPUS)', 2);
const goldPath = join(PROJECT_ROOT, '../shared/dev/corpus-gold.json');
let goldLabels: ThemeLabel[] = [];
try {
	goldLabels = existsSync(goldPath) ? readThemeLabels(goldPath) : [];
} catch (error) {
	fail(error, 2);
}
const goldIds = new Map(goldLabels.map((g) => [g.id.toLowerCase(), g]));
let labels;
try {
	labels = readThemeLabels(values.labels ?? join(PROJECT_ROOT, training.labels.file));
} catch (error) {
	fail(error, 2);
}
const leaked = labels.filter((l) => goldIds.has(l.id.toLowerCase())).length;
if (leaked > 0) process.stderr.write(`${leaked} labelled articles are in corpus-gold: left out\n`);
// The weak labels come from the rules alone, never from an older model.
const rules = loadThemeConfig(
	readFileSync(join(PROJECT_ROOT, 'search-config/themes.yaml'), 'utf8'),
);
// Label files kept for scoring alone are never trained on, not even as the rules' weak labels.
let heldOut: Set<string>;
try {
	heldOut = new Set(
		training.labels.heldOut.flatMap((file) =>
			readThemeLabels(join(PROJECT_ROOT, file)).map((l) => l.id.toLowerCase()),
		),
	);
} catch (error) {
	fail(error, 2);
}
const docs = await readTrainingDocs(corpus, rules, training, labels, goldIds, heldOut);
const labelled = docs.labelled;
// The careful reader's articles at their weight: in every label-CV model and in the shipped one.
const gold = docs.gold.map((g) => ({ ...g, weight: training.gold.weight }));
const input = {
	always: training.gold.weight > 0 ? gold : [],
	rules,
	training,
	weak: docs.weak,
	seeds: taxonomyDocs(rules, training),
	about:
		'Theme classifier over Han-character bigrams, written by `node scripts/train-themes.ts`: ' +
		`${labelled.length} corpus articles labelled blind by people (weight ${training.labels.weight}), ` +
		`${docs.weak.length} labelled by the keyword rules where one theme clearly led (weight ${training.weakLabels.weight}), ` +
		(training.gold.weight > 0
			? `${gold.length} corpus-gold articles (weight ${training.gold.weight}; eval:gold is in sample for themes), `
			: '') +
		'plus one pseudo-document per theme and sub-theme (description and keywords). Do not edit by hand.',
};
process.stderr.write(
	`read ${docs.read} corpus articles: ${labelled.length} of ${labels.length} labelled articles found ` +
		`(${labelled.filter((l) => l.primary === null).length} labelled none), ${docs.weak.length} weak labels\n`,
);

const K = training.labels.folds;
if (values['gold-cv'] !== undefined) {
	const seeds = values['gold-cv'].split(',').map(Number);
	if (seeds.some((n) => !Number.isInteger(n)) || gold.length === 0)
		fail('--gold-cv needs fold seeds like 0,1,2 and ../shared/dev/corpus-gold.json', 2);
	const mode = values['gold-knobs'];
	if (!['fitted', 'yaml', 'abstain'].includes(mode))
		fail(`--gold-knobs ${mode}: one of fitted, yaml, abstain (yaml, abstainBelow refitted)`, 2);
	const yaml = { ...rules.classifier, maxThemes: rules.scoring.maxThemes };
	runGoldCv({ ...input, always: [] }, labelled, gold, {
		folds: K,
		seeds,
		knobs: mode === 'fitted' ? undefined : yaml,
		refitAbstain: mode === 'abstain',
		show: values.show,
		...(values.dump ? { dump: values.dump } : {}),
	});
	process.exit(0);
}
const rulesOnly = (s: LabelledSignals) => s.signals.ruleThemes;
const knobsOf = (k: FusionSettings) => JSON.stringify({ ...k, maxThemes: undefined });

// The whole procedure without one fifth of the labels, scored on that fifth.
if (!values.quick) heldOutFifth();
function heldOutFifth() {
	const heldOut = labelled.filter((l) => foldOf(l.id, K) === 0);
	const inner = crossFit(
		input,
		labelled.filter((l) => foldOf(l.id, K) !== 0),
		K,
	);
	const test = signalsOf(heldOut, rules, inner.model());
	process.stdout.write(
		[
			`held-out fifth (${heldOut.length} articles; model and knobs fitted on the other ${labelled.length - heldOut.length}):`,
			`  rules alone  ${score(test, rulesOnly)}`,
			`  fused        ${score(test, (s) => fusedThemes(s, inner.knobs))}`,
			`  knobs ${knobsOf(inner.knobs)}`,
			'',
		].join('\n'),
	);
}

const all = crossFit(input, labelled, K);
// The knobs fitted by cross-validation over the out-of-fold scores: fitted on K−1 folds, scored on the last.
const cvThemes = new Array<readonly string[]>(labelled.length);
for (let fold = 0; fold < K; fold++) {
	const knobs = fitKnobs(
		all.oof.filter((_, i) => foldOf(labelled[i]?.id ?? '', K) !== fold),
		rules.scoring.maxThemes,
	);
	all.oof.forEach((s, i) => {
		if (foldOf(labelled[i]?.id ?? '', K) === fold) cvThemes[i] = fusedThemes(s, knobs);
	});
}
const cvIndex = new Map(all.oof.map((s, i) => [s, i]));
const current = { ...rules.classifier, maxThemes: rules.scoring.maxThemes };
const lines = [
	`all ${labelled.length} labelled articles, classifier scores out of fold (${K} folds):`,
	`  rules alone               ${score(all.oof, rulesOnly)}`,
	`  fused, themes.yaml knobs  ${score(all.oof, (s) => fusedThemes(s, current))}`,
	`  fused, knobs fitted by CV ${score(all.oof, (s) => cvThemes[cvIndex.get(s) ?? 0] ?? [])}`,
	`  fused, knobs fitted on all ${score(all.oof, (s) => fusedThemes(s, all.knobs))}`,
	`  knobs for themes.yaml \`classifier:\` ${knobsOf(all.knobs)}`,
];
if (values['by-scope']) {
	// National items (a central notice, a round-up of provinces) against local ones, scored apart.
	const ids = new Set(labelled.map((l) => l.id));
	const scopes = await readScopes(corpus, ids, createJiebaSegmenter());
	const scopeOf = (s: LabelledSignals) => scopes.get(labelled[cvIndex.get(s) ?? -1]?.id ?? '');
	const cv = (s: LabelledSignals) => cvThemes[cvIndex.get(s) ?? 0] ?? [];
	lines.push(
		'  by scope (the locality tagger: 000000 is national), rules alone:',
		...scopeLines(all.oof, scopeOf, (items) => score(items, rulesOnly)),
		'  by scope, fused with themes.yaml knobs:',
		...scopeLines(all.oof, scopeOf, (items) => score(items, (s) => fusedThemes(s, current))),
		'  by scope, fused with knobs fitted by CV:',
		...scopeLines(all.oof, scopeOf, (items) => score(items, cv)),
	);
}
if (existsSync(values.out)) {
	const before = JSON.parse(readFileSync(values.out, 'utf8')) as ThemeModelFile;
	const old = signalsOf(labelled, rules, before);
	lines.push(
		`  the model in ${values.out} before this run, themes.yaml knobs (in sample if it was trained on these labels): ${score(old, (s) => fusedThemes(s, current))}`,
	);
}
if (gold.length > 0 && !values.quick)
	lines.push(
		`  abstainBelow refitted on corpus-gold (themes.yaml's other knobs; ${training.gold.weight > 0 ? 'in sample: gold trains this model' : 'this model never trained on it'}): ${goldAbstain(input, gold, all.model(), current).abstainBelow}`,
	);
// Out-of-fold primary confusions (label → given) under the knobs fitted by CV.
if (values.show)
	lines.push(
		'  primary confusions (label → given), out of fold:',
		...confusionLines(all.oof.map((s, i) => ({ label: s.primary, given: cvThemes[i]?.[0] }))),
	);
process.stdout.write(`${lines.join('\n')}\n`);
if (values.dump) {
	// The out-of-fold signals (ids, labels and scores, no text), for analysis outside.
	const rows = all.oof.map((s, i) => ({
		id: labelled[i]?.id,
		primary: s.primary,
		themes: s.themes,
		...s.signals,
		probabilities: Object.fromEntries(s.signals.probabilities),
	}));
	writeFileSync(values.dump, JSON.stringify(rows));
}
if (!values['no-write'] && !values.quick) {
	writeFileSync(values.out, `${JSON.stringify(all.model())}\n`);
	process.stderr.write(`wrote ${values.out}\n`);
}
