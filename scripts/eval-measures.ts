/**
 * `npm run eval:measures [-- --articles 1200] [-- --show tune]`: how well `extractMeasures` tells a
 * measure (举措) from everything else on national text, scored against the blind judgments in
 * `eval/measure-judgments.json` (clauses of ../shared/corpus, read at run time).
 *
 * Prints, for the tune half and the report half: precision and recall of kept clauses over the
 * judged sample, and the same weighted by the sampling rate of each stratum (an estimate over all
 * clauses of the sampled articles); then measures per article on a seeded sample of corpus
 * articles (人民日报 and 新闻联播, the national pages). With a measure model
 * (search-config/measure-model.json) each table is printed for the model and for the rules alone.
 * `--show tune` lists the tune half's errors of the detector in use (never use `--show report`
 * for tuning).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractMeasures, judgeClause } from '../src/lib/nlp/extract-measures.ts';
import { parseWithFriendlyErrors } from '../src/lib/schema/friendly-errors.ts';
import { readThemeConfig } from '../src/lib/schema/themes-yaml.ts';
import { createRandom } from '../src/lib/random.ts';
import { corpusPath, readCorpus, type CorpusItem } from '../tools/lib/corpus.ts';
import { MeasureJudgmentsSchema, corpusRuleDensity } from '../tools/lib/measure-clauses.ts';
import { PROJECT_ROOT, fail } from '../tools/lib/project.ts';

const { values } = parseArgs({
	options: {
		articles: { type: 'string', default: '1200' },
		seed: { type: 'string', default: '5' },
		show: { type: 'string' },
	},
});
// The first set (tune and report halves) and, when judged, a later fresh set whose articles exclude
// the first set's (`node scripts/measure-judge-batches.ts --name fresh`). The fresh set was scored
// once untouched, then its errors were read (it tunes now); the first set's report half is the one
// whose clauses no rule was ever written from. The train set (750 clauses of articles disjoint
// from both, judged blind by four judges, `--name train --half tune`) is meant for training a
// clause model; no rule was written from it either.
const SETS = [
	{ file: 'eval/measure-judgments.json', prefix: '' },
	{ file: 'eval/measure-judgments-fresh.json', prefix: 'fresh ' },
	{ file: 'eval/measure-judgments-train.json', prefix: 'train ' },
].filter((s) => existsSync(join(PROJECT_ROOT, s.file)));
const sets = SETS.map((s) => ({
	...s,
	judgments: parseWithFriendlyErrors(
		MeasureJudgmentsSchema,
		JSON.parse(readFileSync(join(PROJECT_ROOT, s.file), 'utf8')),
		s.file,
	),
}));
const corpus = corpusPath();
if (!corpus) fail('eval:measures needs ../shared/corpus (or JUCUO_CORPUS)', 2);
const config = readThemeConfig(PROJECT_ROOT);
// The rules alone, printed beside the measure model (search-config/measure-model.json) when there is one.
const { measureModel, ...rules } = config;
const detectors = measureModel
	? [
			{ name: 'model', config },
			{ name: 'rules', config: rules },
		]
	: [{ name: 'rules', config: rules }];

// One pass over the corpus: the judged articles, and a seeded sample for measures per article.
const wanted = new Set(sets.flatMap((s) => s.judgments.items.map((i) => i.id)));
const texts = new Map<string, CorpusItem>();
const next = createRandom(Number(values.seed));
const rate = Number(values.articles) / 28_826;
const sample: CorpusItem[] = [];
for await (const item of readCorpus(corpus)) {
	if (wanted.has(item.id)) texts.set(item.id, item);
	if (next() < rate) sample.push(item);
}

interface Tally {
	tp: number;
	fp: number;
	fn: number;
	wtp: number;
	wfp: number;
	wfn: number;
}
const tallies = detectors.map(() => new Map<string, Tally & { n: number }>());
const errors: string[] = [];
const densities = new Map<string, number>();
for (const { file, prefix, judgments } of sets)
	for (const item of judgments.items) {
		const article = texts.get(item.id);
		if (!article) fail(`${file}: ${item.key} names ${item.id}, not in the corpus`);
		const half = `${prefix}${item.half}`;
		const stratum = judgments.strata[item.stratum];
		const clause = article.text.slice(item.offset, item.offset + item.length);
		// The share of the article's clauses the rules keep, as extractMeasures gives the model.
		const density = densities.get(item.id) ?? corpusRuleDensity(article.text, rules);
		densities.set(item.id, density);
		const gold = item.label === 'measure';
		const w = stratum.pool / Math.max(1, stratum.sampled);
		detectors.forEach((detector, d) => {
			const kept = judgeClause(clause, detector.config, density) !== undefined;
			const t = tallies[d]!.get(half) ?? { n: 0, tp: 0, fp: 0, fn: 0, wtp: 0, wfp: 0, wfn: 0 };
			t.n++;
			const cell = kept ? (gold ? 'tp' : 'fp') : gold ? 'fn' : undefined;
			if (cell) {
				t[cell]++;
				t[`w${cell}`] += w;
			}
			tallies[d]!.set(half, t);
			if (d === 0 && values.show === half && kept !== gold)
				errors.push(`${kept ? 'FP' : 'FN'} ${item.key} ${clause}`);
		});
	}

const pct = (a: number, b: number) => (b === 0 ? '   –  ' : `${((100 * a) / b).toFixed(1)} %`);
console.log(`measures on judged corpus clauses (${sets.map((s) => s.file).join(', ')})`);
detectors.forEach((detector, d) => {
	console.log(
		`${detector.name.padEnd(6)} half  judged  precision  recall   | weighted: precision  recall`,
	);
	for (const [half, t] of tallies[d]!) {
		console.log(
			`${half.padEnd(13)} ${String(t.n).padStart(6)}  ${pct(t.tp, t.tp + t.fp).padStart(9)}  ${pct(t.tp, t.tp + t.fn).padStart(7)}   |           ${pct(t.wtp, t.wtp + t.wfp).padStart(9)}  ${pct(t.wtp, t.wtp + t.wfn).padStart(7)}`,
		);
	}
});

console.log('\nmeasures per article on national pages (seeded corpus sample)');
detectors.forEach((detector) => {
	const perSource = new Map<string, { articles: number; measures: number }>();
	for (const item of sample) {
		const paragraphs = item.text
			.split('\n')
			.map((p) => p.trim())
			.filter(Boolean);
		const n = extractMeasures(paragraphs, {
			config: detector.config,
			regionOf: () => '000000',
		}).length;
		const s = perSource.get(item.source) ?? { articles: 0, measures: 0 };
		perSource.set(item.source, { articles: s.articles + 1, measures: s.measures + n });
	}
	for (const [source, s] of perSource)
		console.log(
			`${detector.name.padEnd(6)} ${source.padEnd(12)} ${s.articles} articles  ${(s.measures / s.articles).toFixed(2)}`,
		);
});
if (errors.length > 0) console.log(`\nerrors in the ${values.show} half:\n${errors.join('\n')}`);
