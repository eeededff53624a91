/**
 * A learned fusion, fitted and measured: `node bench/ltr-fit.ts [--folds 5] [--dev]`. Reads the
 * dumps of `bench/ltr-features.ts` (`.cache/ltr-big.json`, `.cache/ltr-small.json`), fits a linear
 * model over the signals the engine already has (`tools/lib/ltr-model.ts`) by coordinate ascent on
 * mean nDCG@10 over the TUNE half of both collections, starting from the engine's own order, picks
 * the regularisation by K-fold cross-validation over tune queries, and prints the fitted weights
 * with tune nDCG@10/recall@10/judged@10 per kind beside the engine's order, and what an ideal
 * reordering of the engine's first 20 would reach on tune. `--dev` scores the dev
 * half once with the chosen model: totals and per kind only, never a dev query.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { QUERY_KINDS } from '../src/lib/eval/dev-set.ts';
import {
	coordinateAscent,
	LTR_FEATURES,
	meanScores,
	prepare,
	type LtrQuery,
	type PreparedQuery,
} from '../tools/lib/ltr-model.ts';
import { pairwiseLogistic } from '../tools/lib/ltr-pairwise.ts';
import { ndcgAt, recallAt } from '../src/lib/search/relevance-metrics.ts';
import { PROJECT_ROOT, positiveIntegerOption } from '../tools/lib/project.ts';

const { values } = parseArgs({
	options: {
		folds: { type: 'string', default: '5' },
		lambdas: { type: 'string', default: '0,0.001,0.003,0.01,0.03' },
		dev: { type: 'boolean', default: false },
		features: { type: 'string' },
		loss: { type: 'string', default: 'ndcg' },
	},
});
const folds = positiveIntegerOption('folds', values.folds, 'node bench/ltr-fit.ts [--folds k]');
const lambdas = values.lambdas.split(',').map(Number);
// The weights that may move: all but `fused`, or those named by --features (comma-separated).
const free = values.features
	? values.features.split(',').map((name) => {
			const i = LTR_FEATURES.indexOf(name as (typeof LTR_FEATURES)[number]);
			if (i < 1) throw new Error(`--features: no movable feature ${name}`);
			return i;
		})
	: LTR_FEATURES.map((_, i) => i).slice(1);
if (values.loss !== 'ndcg' && values.loss !== 'pairwise')
	throw new Error(`--loss must be ndcg or pairwise, not ${values.loss}`);
/** Fits weights: coordinate ascent on nDCG@10, or the pairwise logistic loss. */
const fit = (groups: PreparedQuery[][], lambda: number) =>
	values.loss === 'ndcg'
		? coordinateAscent(groups, lambda, free)
		: pairwiseLogistic(groups, lambda, [0, ...free]);
const collections = ['big', 'small'] as const;
/** Depth of the engine's list an ideal reordering draws from (the tune ceiling printed). */
const IDEAL_DEPTH = 20;
const dumps = collections.map((c) =>
	prepare(
		JSON.parse(readFileSync(join(PROJECT_ROOT, `.cache/ltr-${c}.json`), 'utf8')) as LtrQuery[],
	),
);
const split = (s: string) => dumps.map((d) => d.filter((p) => p.query.split === s));
const tune = split('tune');
const start = LTR_FEATURES.map((_, i) => (i === 0 ? 1 : 0));
/** A query's fold: a hash of its id, so a query sits in the same fold in both collections. */
const foldOf = (id: string) => createHash('sha1').update(id).digest()[0]! % folds;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

console.log(`cross-validation over tune (${folds} folds): held-out nDCG@10, engine → learned`);
let chosen = lambdas[0]!;
let bestGain = -Infinity;
for (const lambda of lambdas) {
	const engine: number[] = [];
	const learned: number[] = [];
	for (let f = 0; f < folds; f++) {
		const train = tune.map((g) => g.filter((p) => foldOf(p.query.id) !== f));
		const held = tune.map((g) => g.filter((p) => foldOf(p.query.id) === f));
		const w = fit(train, lambda);
		for (const g of held)
			for (const p of g) {
				engine.push(meanScores([p], start).ndcg);
				learned.push(meanScores([p], w).ndcg);
			}
	}
	const gain = mean(learned) - mean(engine);
	console.log(
		`  lambda ${lambda}: ${mean(engine).toFixed(3)} → ${mean(learned).toFixed(3)} (${gain >= 0 ? '+' : ''}${gain.toFixed(3)})`,
	);
	if (gain > bestGain) [chosen, bestGain] = [lambda, gain];
}
// The best regularisation on held-out folds, fitted on every tune query; a model whose held-out
// gain is not positive is reported as such (the engine's order stands).
const weights = fit(tune, chosen);
console.log(
	`\nlambda ${chosen} (held-out gain ${bestGain.toFixed(3)}${bestGain > 0 ? '' : ': no better than the engine'}); weights fitted on all tune queries:`,
);
for (const [i, name] of LTR_FEATURES.entries())
	console.log(`  ${name.padEnd(24)} ${weights[i]!.toFixed(3)}`);

const table = (label: string, groups: PreparedQuery[][]) => {
	console.log(`\n${label}: nDCG@10/recall@10/judged@10, engine | learned`);
	for (const [c, g] of groups.entries())
		for (const kind of [...QUERY_KINDS, 'overall']) {
			const qs = g.filter((p) => kind === 'overall' || p.query.kind === kind);
			const cell = (w: readonly number[]) => {
				const s = meanScores(qs, w);
				return `${s.ndcg.toFixed(3)}/${s.recall.toFixed(3)}/${s.judged.toFixed(2)}`;
			};
			console.log(
				`  ${collections[c]!.padEnd(6)} ${kind.padEnd(12)} ${String(qs.length).padStart(3)}  ${cell(start)} | ${cell(weights)}`,
			);
		}
};
table('tune', tune);
// How far any reordering could go: the engine's first 20 (tune) in the order of their grades.
for (const [c, g] of tune.entries()) {
	const ideal = g.map((p) =>
		[...p.query.candidates]
			.sort((a, b) => a.fusedRank - b.fusedRank)
			.slice(0, IDEAL_DEPTH)
			.map((x) => x.id)
			.sort((a, b) => (p.query.judgments[b] ?? 0) - (p.query.judgments[a] ?? 0)),
	);
	const at = (f: typeof ndcgAt) => mean(ideal.map((ids, i) => f(ids, g[i]!.query.judgments)));
	console.log(
		`  ${collections[c]!.padEnd(6)} the engine's first ${IDEAL_DEPTH} ideally reordered: ${at(ndcgAt).toFixed(3)}/${at(recallAt).toFixed(3)}`,
	);
}
if (values.dev) table('dev (scored once)', split('dev'));
