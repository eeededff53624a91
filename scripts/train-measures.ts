/**
 * `node scripts/train-measures.ts [--no-write] [--set sgd.l2=0.01 …]`: trains the measure model
 * (search-config/measure-model.json) on clauses judged blind (the sets and halves named in
 * search-config/measure-training.json; never the first set's report half, which stays the held-out
 * score of `npm run eval:measures`). Features: the rule signals, the clause's shape,
 * hashed character bigrams (`src/lib/nlp/measure-features.ts`).
 *
 * Prints a cross-validation by article (each fold's model trained on the other folds, its
 * threshold picked on the other folds' out-of-fold probabilities) per set, beside the rules alone
 * on the same clauses; then trains on everything and writes the model with the threshold picked on
 * all out-of-fold probabilities. The corpus is read at run time; only weights are written.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { judgeClause } from '../src/lib/nlp/extract-measures.ts';
import { SIGNAL_NAMES } from '../src/lib/nlp/measure-features.ts';
import { fitMeasureModel, probabilityOf } from '../src/lib/nlp/measure-model-fit.ts';
import { measureModelFile } from '../src/lib/nlp/measure-model.ts';
import { readMeasureTraining, type MeasureTraining } from '../src/lib/nlp/measure-training.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { readThemeModel } from '../src/lib/schema/theme-model.ts';
import { loadThemeConfig, type ThemeConfig } from '../src/lib/schema/themes-yaml.ts';
import { corpusPath } from '../tools/lib/corpus.ts';
import {
	articleFold,
	pickThreshold,
	readJudgedClauses,
	tally,
	type JudgedClause,
} from '../tools/lib/measure-examples.ts';
import { PROJECT_ROOT, fail } from '../tools/lib/project.ts';

const { values } = parseArgs({
	options: {
		'no-write': { type: 'boolean', default: false },
		set: { type: 'string', multiple: true },
	},
});
const settingsPath = join(PROJECT_ROOT, 'search-config/measure-training.json');
let training: MeasureTraining;
try {
	training = readMeasureTraining(settingsPath);
} catch (error) {
	fail(error, 2);
}
// `--set a.b=1`: a numeric setting changed for this run only, to compare settings by CV.
for (const assignment of values.set ?? []) {
	const m = /^([\w.]+)=(-?[\d.e-]+)$/u.exec(assignment);
	if (!m) fail(`--set ${assignment}: expected path=number, e.g. sgd.l2=0.01`, 2);
	const path = m[1]!.split('.');
	let node = training as unknown as Record<string, unknown>;
	for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
	if (typeof node?.[path.at(-1)!] !== 'number')
		fail(`--set ${assignment}: no numeric setting ${m[1]}`, 2);
	node[path.at(-1)!] = Number(m[2]);
}
const corpus = corpusPath();
if (!corpus) fail('train-measures needs ../shared/corpus (or JUCUO_CORPUS)', 2);
// The rules with the theme classifier, as at ingest, but never the measure model being replaced
// (it may no longer match the code's signals).
let rules: ThemeConfig;
try {
	rules = loadThemeConfig(readFileSync(join(PROJECT_ROOT, 'search-config/themes.yaml'), 'utf8'));
	const themeModel = readThemeModel(join(PROJECT_ROOT, 'search-config/theme-model.json'));
	if (themeModel) rules = { ...rules, model: themeModel };
} catch (error) {
	fail(error, 2);
}
const clauses = await readJudgedClauses(PROJECT_ROOT, corpus, training, rules);
const space = {
	features: SIGNAL_NAMES.length + 2 ** training.hashBits,
	signals: SIGNAL_NAMES.length,
};
const fit = (rows: readonly JudgedClause[]) =>
	fitMeasureModel(
		rows.flatMap((c) =>
			c.x ? [{ ...c.x, measure: c.measure, weight: c.measure ? training.measureWeight : 1 }] : [],
		),
		space,
		training.sgd,
	);

// Out-of-fold probabilities: each fold scored by a model trained on the others.
const K = training.folds;
const oof = new Array<number | undefined>(clauses.length);
for (let fold = 0; fold < K; fold++) {
	const weights = fit(clauses.filter((c) => articleFold(c.id, K) !== fold));
	clauses.forEach((c, i) => {
		if (articleFold(c.id, K) !== fold) return;
		// A clause the rules decide counts as certain either way.
		if (c.ruled !== undefined) oof[i] = c.ruled ? 1 : undefined;
		else if (c.x) oof[i] = probabilityOf(weights, c.x);
	});
}
const rows = clauses.map((c, i) => ({ ...c, p: oof[i] }));
// Each fold kept at a threshold picked on the other folds' out-of-fold probabilities.
const cvKept = new Array<boolean>(clauses.length);
for (let fold = 0; fold < K; fold++) {
	const threshold = pickThreshold(
		rows.filter((r) => articleFold(r.id, K) !== fold),
		training.precisionOverRecall,
	);
	rows.forEach((r, i) => {
		if (articleFold(r.id, K) === fold) cvKept[i] = r.p !== undefined && r.p >= threshold;
	});
}
const pct = (a: number, b: number) => (b === 0 ? '  –  ' : `${((100 * a) / b).toFixed(1)} %`);
const pr = (t: { tp: number; fp: number; fn: number }) =>
	`${pct(t.tp, t.tp + t.fp).padStart(7)} ${pct(t.tp, t.tp + t.fn).padStart(7)}`;
const asRows = (kept: (i: number) => boolean, subset: number[]) =>
	tally(
		subset.map((i) => ({ p: kept(i) ? 1 : undefined, measure: clauses[i]!.measure })),
		1,
	);
console.log(
	`${clauses.length} judged clauses, ${clauses.filter((c) => c.x).length} with an action verb; ${K} folds by article`,
);
console.log(
	'set                                      judged   rules: P       R   |  model CV: P      R',
);
const bySet = [...new Set(clauses.map((c) => c.set)), 'all'];
for (const set of bySet) {
	const subset = clauses.flatMap((c, i) => (set === 'all' || c.set === set ? [i] : []));
	const ruleKept = (i: number) => judgeClause(clauses[i]!.text, rules) !== undefined;
	console.log(
		`${set.padEnd(40)} ${String(subset.length).padStart(6)}  ${pr(asRows(ruleKept, subset))}   |  ${pr(asRows((i) => cvKept[i] ?? false, subset))}`,
	);
}

const threshold = pickThreshold(rows, training.precisionOverRecall);
const weights = fit(clauses);
const strongest = [...weights.signalWeights]
	.map((w, i) => [SIGNAL_NAMES[i], w] as const)
	.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
	.slice(0, 12)
	.map(([n, w]) => `${n} ${w.toFixed(2)}`);
console.log(
	`threshold ${threshold.toFixed(3)} (out of fold, P ≥ ${training.precisionOverRecall}·R)`,
);
console.log(`strongest signals: ${strongest.join(', ')}`);
if (!values['no-write']) {
	const out = join(PROJECT_ROOT, 'search-config/measure-model.json');
	const about =
		'Measure (举措) model over rule signals and hashed character bigrams, written by `node scripts/train-measures.ts` ' +
		`from ${clauses.length} clauses judged blind (${training.sets.map((s) => `${s.file} ${s.halves.join('+')}`).join(', ')}). Do not edit by hand.`;
	const file = measureModelFile(weights, { ...training, threshold, about });
	// Formatted as the project's format check wants it.
	const options = (await resolveConfig(out)) ?? {};
	writeFileSync(out, await format(JSON.stringify(file), { ...options, parser: 'json' }));
	console.log(`wrote ${out}`);
}
