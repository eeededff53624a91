/**
 * `node scripts/eval-theme-labels.ts [--labels eval/theme-labels-round3.json] [--show] [--raw] [--by-scope] [--model FILE]`: the
 * shipped theme tagger (search-config/themes.yaml and theme-model.json) scored on a labels file it
 * was not trained on, article by article as ingest tags them: primary accuracy (null labels
 * counted, and over those with a theme), theme-set F1, the keyword rules alone beside it, and the
 * primary confusions (label → given). The article text is read from ../shared/corpus at run time
 * and given the paragraphs ingest gives it (tools/lib/theme-corpus-text.ts; `--raw`: the corpus
 * text as it is, as this script scored before). `--by-scope`: national items (the locality tagger's
 * `000000`) and local ones also scored apart.
 * `--model FILE`: another classifier in place of theme-model.json (`train-themes --set sgd.seed=… --out FILE`),
 * to score more than one training seed. `--headline-lines N`: how many printed headline lines an
 * article's headline reads (default: theme-training.json's `headlineLines`, as the model was trained).
 * A file that train-themes reads (eval/theme-labels.json) is refused: that score would be in sample.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { LabelledSignals } from '../src/lib/eval/fit-fusion.ts';
import { ruleThemes, tagThemes } from '../src/lib/nlp/tag-themes.ts';
import { readThemeTraining } from '../src/lib/schema/theme-training.ts';
import { readThemeConfig } from '../src/lib/schema/themes-yaml.ts';
import { readThemeModel } from '../src/lib/schema/theme-model.ts';
import { corpusPath, readCorpus } from '../tools/lib/corpus.ts';
import { fail, PROJECT_ROOT } from '../tools/lib/project.ts';
import { confusionLines } from '../tools/lib/theme-confusions.ts';
import { scoreLabels } from '../tools/lib/theme-cross-fit.ts';
import { corpusHeadline, ingestedText } from '../tools/lib/theme-corpus-text.ts';
import { articleScope, scopeLines, type ThemeScope } from '../tools/lib/theme-scope.ts';
import { createJiebaSegmenter } from '../src/lib/nlp/jieba/nodejieba-segmenter.ts';
import { readThemeLabels, type ThemeLabel } from '../tools/lib/theme-label-file.ts';

const { values } = parseArgs({
	options: {
		labels: { type: 'string', default: 'eval/theme-labels-round3.json' },
		show: { type: 'boolean', default: false },
		raw: { type: 'boolean', default: false },
		'by-scope': { type: 'boolean', default: false },
		model: { type: 'string' },
		'headline-lines': { type: 'string' },
	},
});
const path = join(PROJECT_ROOT, values.labels);
let labels: ThemeLabel[] = [];
let headlineLines = 1;
try {
	const trained = readThemeTraining(join(PROJECT_ROOT, 'search-config/theme-training.json'));
	headlineLines = Number(values['headline-lines'] ?? trained.headlineLines);
	if (!Number.isInteger(headlineLines) || headlineLines < 1)
		throw new TypeError(
			`--headline-lines ${values['headline-lines']}: a whole number of at least 1`,
		);
	if (join(PROJECT_ROOT, trained.labels.file) === path)
		throw new Error(`${values.labels} trains the shipped classifier: a score on it is in sample`);
	labels = readThemeLabels(path);
} catch (error) {
	fail(error, 2);
}
const corpus = corpusPath();
if (!corpus) fail('eval-theme-labels needs ../shared/corpus (or JUCUO_CORPUS)', 2);
let config = readThemeConfig();
if (values.model) {
	let model;
	try {
		model = readThemeModel(values.model);
	} catch (error) {
		fail(error, 2);
	}
	if (!model) fail(new Error(`--model ${values.model}: no such file`), 2);
	config = { ...config, model };
}
const byId = new Map(labels.map((l) => [l.id.toLowerCase(), l]));
const rows: { item: LabelledSignals; given: readonly string[]; scope?: ThemeScope }[] = [];
const segmenter = values['by-scope'] ? createJiebaSegmenter() : undefined;
for await (const row of readCorpus(corpus)) {
	const label = byId.get(row.id.toLowerCase());
	if (!label) continue;
	const text = values.raw
		? { title: row.title, body: row.text }
		: headlineLines > 1
			? { ...ingestedText(row), title: corpusHeadline(row, headlineLines) }
			: ingestedText(row);
	const rules = ruleThemes(text, config);
	const item = {
		signals: {
			...{ ruleThemes: rules.themes, ruleScores: rules.scores },
			...{ titleScores: {}, leadScores: {}, probabilities: new Map() },
		},
		primary: label.primary,
		themes: label.themes,
	};
	const given = tagThemes(text, config).themes;
	rows.push({ item, given, ...(segmenter ? { scope: articleScope(row, segmenter) } : {}) });
}
const items = rows.map((r) => r.item);
const shipped = new Map(rows.map((r) => [r.item, r.given]));
const lines = [
	`${values.labels}: ${rows.length} of ${labels.length} labelled articles found in the corpus`,
	`  rules alone  ${scoreLabels(items, (s) => s.signals.ruleThemes)}`,
	`  shipped      ${scoreLabels(items, (s) => shipped.get(s) ?? [])}`,
];
if (segmenter) {
	const scopeOf = new Map(rows.map((r) => [r.item, r.scope]));
	lines.push(
		'  by scope (the locality tagger: 000000 is national), rules alone:',
		...scopeLines(
			items,
			(s) => scopeOf.get(s),
			(subset) => scoreLabels(subset, (s) => s.signals.ruleThemes),
		),
		'  by scope, shipped:',
		...scopeLines(
			items,
			(s) => scopeOf.get(s),
			(subset) => scoreLabels(subset, (s) => shipped.get(s) ?? []),
		),
	);
}
if (values.show)
	lines.push(
		'  primary confusions (label → given):',
		...confusionLines(rows.map((r) => ({ label: r.item.primary, given: r.given[0] }))),
	);
console.log(lines.join('\n'));
