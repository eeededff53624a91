/**
 * `node scripts/theme-variants-research.ts [--seeds 0,1,2] --variant 'name:key=value,key=value' …`:
 * compares settings of theme-training.json (features, training) the way one would ship them, in one
 * run so the corpus is read once. For each variant: the features recomputed, the fusion knobs fitted
 * on the helpers' labels out of fold (as `train-themes` prints them for themes.yaml), then
 * corpus-gold 5-fold CV with the classifier retrained per fold and those knobs, `abstainBelow`
 * refitted on the training gold (as `--gold-cv … --gold-knobs abstain`), one row per fold seed; and
 * the model trained on all labels with those knobs scored on eval/theme-labels-round3.json, which
 * never trains. Each variant is scored with themes.yaml's knobs (`yaml`) and with the knobs refitted
 * on the labels (`fitted`). `--themes FILE` reads another taxonomy (rules, seeds and weak labels
 * follow it) to compare a change of themes.yaml the same way. Writes nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { themeFeatures } from '../src/lib/nlp/theme-features.ts';
import { readThemeTraining, type ThemeTraining } from '../src/lib/schema/theme-training.ts';
import { loadThemeConfig } from '../src/lib/schema/themes-yaml.ts';
import { corpusPath } from '../tools/lib/corpus.ts';
import { fail, PROJECT_ROOT } from '../tools/lib/project.ts';
import {
	crossFit,
	fusedThemes,
	scoreLabels,
	signalsOf,
	withTrainingSeed,
	type CrossFitInput,
} from '../tools/lib/theme-cross-fit.ts';
import { goldCrossValidate, scoreGoldFolds } from '../tools/lib/theme-gold-cv.ts';
import { readThemeLabels } from '../tools/lib/theme-label-file.ts';
import {
	readTrainingDocs,
	taxonomyDocs,
	type LabelledDoc,
} from '../tools/lib/theme-training-docs.ts';
import { overrideTraining } from '../tools/lib/theme-training-override.ts';

const { values } = parseArgs({
	options: {
		seeds: { type: 'string', default: '0,1,2' },
		variant: { type: 'string', multiple: true, default: [] },
		round3: { type: 'string', default: 'eval/theme-labels-round3.json' },
		themes: { type: 'string', default: 'search-config/themes.yaml' },
	},
});
const seeds = values.seeds.split(',').map(Number);
const base = readThemeTraining(join(PROJECT_ROOT, 'search-config/theme-training.json'));
const corpus = corpusPath() ?? fail('needs ../shared/corpus (or JUCUO_CORPUS)', 2);
const goldLabels = readThemeLabels(join(PROJECT_ROOT, '../shared/dev/corpus-gold.json'));
const goldIds = new Map(goldLabels.map((g) => [g.id.toLowerCase(), g]));
const labels = readThemeLabels(join(PROJECT_ROOT, base.labels.file));
const round3Path = join(PROJECT_ROOT, values.round3);
const round3 = existsSync(round3Path) ? readThemeLabels(round3Path) : [];
const heldOut = new Set(round3.map((l) => l.id.toLowerCase()));
const rules = loadThemeConfig(readFileSync(resolve(PROJECT_ROOT, values.themes), 'utf8'));
const log = (line: string) => process.stderr.write(`${line}\n`);
// One pass: the round-3 articles come back among the labelled ones and are split off here.
const docs = await readTrainingDocs(corpus, rules, base, [...labels, ...round3], goldIds);
const labelled = docs.labelled.filter((l) => !heldOut.has(l.id.toLowerCase()));
const third = docs.labelled.filter((l) => heldOut.has(l.id.toLowerCase()));
log(`${labelled.length} labels, ${third.length} round-3 labels, ${docs.gold.length} gold`);

const variants = (values.variant.length > 0 ? values.variant : ['current:']).map((v) => {
	const [name = '', sets = ''] = v.split(':');
	return { name, sets: sets ? sets.split(',') : [] };
});
const pct = (x: number) => (100 * x).toFixed(1);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const lines: string[] = [];
for (const variant of variants) {
	const started = Date.now();
	const training = structuredClone<ThemeTraining>(base);
	// An optional feature setting absent from theme-training.json (off) can be set here too.
	training.features.actionWeight ??= 0;
	overrideTraining(training, variant.sets);
	const refeature = (items: readonly LabelledDoc[]) =>
		items.map((l) => ({ ...l, x: themeFeatures(l.doc, training.features) }));
	const input: CrossFitInput = {
		rules,
		training,
		weak: docs.weak.map((d, i) => ({
			...d,
			x: themeFeatures(docs.weakDocs[i] ?? { title: '', body: '' }, training.features),
		})),
		seeds: taxonomyDocs(rules, training),
		about: 'research',
	};
	const helper = refeature(labelled);
	const gold = refeature(docs.gold).map((g) => ({ ...g, weight: 0 }));
	const fit = crossFit(input, helper, training.labels.folds);
	const yaml = { ...rules.classifier, maxThemes: rules.scoring.maxThemes };
	const cvs = seeds.map((seed) =>
		goldCrossValidate(withTrainingSeed(input, seed), helper, gold, {
			folds: 5,
			seed,
			weight: 0,
			knobs: yaml,
			refitAbstain: true,
		}),
	);
	const r3 = signalsOf(refeature(third), rules, fit.model());
	for (const [which, knobs] of [
		['yaml', yaml],
		['fitted', fit.knobs],
	] as const) {
		const scores = cvs.map((cv, i) => scoreGoldFolds(cv.signals, cv.ids, knobs, seeds[i] ?? 0));
		const primaries = scores.map((s) => s.primary);
		lines.push(
			`${`${variant.name} ${which}`.padEnd(20)} gold ${primaries.map(pct).join('/')} mean ${pct(mean(primaries))}, F1 ${pct(mean(scores.map((s) => s.f1)))}` +
				` | labels OOF ${scoreLabels(fit.oof, (s) => fusedThemes(s, knobs))}` +
				` | round-3 ${scoreLabels(r3, (s) => fusedThemes(s, knobs))}` +
				` | knobs ${JSON.stringify({ ...knobs, maxThemes: undefined })} ${variant.sets.join(',')}`,
		);
	}
	log(`${lines.slice(-2).join('\n')} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
process.stdout.write(`${lines.join('\n')}\n`);
