import { writeFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { searchConfigPath } from '../../src/lib/config-path.ts';
import type { BoostedTrees } from '../../src/lib/nlp/boosted-trees.ts';
import { BoostSettingsSchema } from '../../src/lib/schema/trained-model.ts';
import { WEB_SPLITS, type WebSplit } from './web-pages-furniture.ts';

// The left-one-split-out run the web page's learned choices (date, source) are judged by: for each
// split up to the last, trees fitted on the others choose on the one left out, at every margin rule,
// printed beside the rules and an oracle on the same pages, at each seed.

/** The settings file of a trainer judged by a left-out run (`web-date-training.json`, …). */
export const LosoSettingsSchema = z.object({
	$comment: z.string().optional(),
	boost: BoostSettingsSchema,
	margins: z.array(z.number().min(0)).min(1),
	keepAbove: z.array(z.number()).min(1),
	/** Most points a setting may lose on any left-out split to be written. */
	maxLoss: z.number().min(0),
	/** Least gain in points over the rules' mean left-out score for a model to be written. */
	minGain: z.number().min(0),
	/** The last split trained on and left out. */
	last: z.string(),
});

/** One margin rule of a learned choice (`doubt-rule.ts`). */
export interface MarginSetting {
	margin: number;
	keepAbove: number;
}

/** What a left-out run needs of one learned choice. */
export interface LosoChoice<D, G extends string = WebSplit> {
	/** One split's (or group's) pages at one seed, read by the rules, with their candidates. */
	collect: (split: G, seed: number) => D;
	/** Trees fitted on the candidates of these splits. */
	fit: (data: D[]) => BoostedTrees;
	/** The score (%) on a split by the rules (no trees), an oracle, or the trees at a setting. */
	score: (d: D, trees?: BoostedTrees | 'oracle', setting?: MarginSetting) => number;
}

/** What a left-out run found: each setting's mean over seeds and worst loss, the rules' mean. */
export interface LosoResult<D, G extends string = WebSplit> {
	settingScores: number[];
	worstLoss: number[];
	rulesScore: number;
	/** Every split's data at the first seed, to fit the written model on. */
	firstSeed: Map<G, D>;
}

/** The web splits from the first up to `last`; throws naming `file` when `last` is no split. */
export function splitsUpTo(last: string, file: string): WebSplit[] {
	const at = WEB_SPLITS.findIndex((sp) => sp === last);
	if (at < 0) throw new Error(`${file}: \`last\` names no web split`);
	return WEB_SPLITS.slice(0, at + 1);
}

/** Every pair of margins and keepAbove thresholds. */
export const marginGrid = (margins: number[], keepAbove: number[]): MarginSetting[] =>
	margins.flatMap((margin) => keepAbove.map((k) => ({ margin, keepAbove: k })));

const line = (sp: string, cells: number[]) =>
	process.stdout.write(`  ${sp.padEnd(10)}${cells.map((c) => c.toFixed(1).padEnd(10)).join('')}\n`);

/** Runs and prints the left-one-split-out table of a learned choice over `splits` (or other groups of pages) at `seeds`. */
export function leaveOneSplitOut<D, G extends string = WebSplit>(
	choice: LosoChoice<D, G>,
	splits: readonly G[],
	seeds: readonly number[],
	grid: readonly MarginSetting[],
): LosoResult<D, G> {
	const settingScores = new Array<number>(grid.length).fill(0);
	const worstLoss = new Array<number>(grid.length).fill(0);
	let rulesScore = 0;
	let firstSeed: Map<G, D> | undefined;
	for (const seed of seeds) {
		const data = new Map<G, D>();
		for (const sp of splits) data.set(sp, choice.collect(sp, seed));
		firstSeed ??= data;
		const header = ['split', 'rules', 'oracle', ...grid.map((g) => `m${g.margin}/k${g.keepAbove}`)];
		process.stdout.write(`seed ${seed}\n  ${header.map((h) => h.padEnd(10)).join('')}\n`);
		const sums = new Array<number>(grid.length + 2).fill(0);
		for (const sp of splits) {
			const trees = choice.fit(splits.filter((o) => o !== sp).map((o) => data.get(o)!));
			const d = data.get(sp)!;
			const cells = [
				choice.score(d),
				choice.score(d, 'oracle'),
				...grid.map((g) => choice.score(d, trees, g)),
			];
			cells.forEach((c, i) => (sums[i]! += c));
			grid.forEach((_, g) => (worstLoss[g] = Math.max(worstLoss[g]!, cells[0]! - cells[g + 2]!)));
			line(sp.toUpperCase(), cells);
		}
		line(
			'mean',
			sums.map((x) => x / splits.length),
		);
		grid.forEach((_, g) => (settingScores[g]! += sums[g + 2]! / splits.length));
		rulesScore += sums[0]! / splits.length;
	}
	line('worst loss', [0, 0, ...worstLoss]);
	const n = seeds.length;
	return {
		settingScores: settingScores.map((s) => s / n),
		worstLoss,
		rulesScore: rulesScore / n,
		firstSeed: firstSeed ?? new Map<G, D>(),
	};
}

/**
 * Index of the setting to write: the best mean among those that lose at most `maxLoss` points on
 * every left-out split (among equals the first, which keeps the rules' pick most often), or a
 * sentence saying why none is written (none loses so little, or the best gains under `minGain`).
 */
export function settingToWrite<D, G extends string>(
	result: LosoResult<D, G>,
	maxLoss: number,
	minGain: number,
): number | string {
	const allowed = result.worstLoss.map((_, g) => g).filter((g) => result.worstLoss[g]! <= maxLoss);
	if (allowed.length === 0)
		return `no setting loses at most ${maxLoss} points everywhere: nothing written`;
	const s = result.settingScores;
	const at = allowed.reduce((b, g) => (s[g]! > s[b]! ? g : b), allowed[0]!);
	const gain = s[at]! - result.rulesScore;
	if (gain < minGain)
		return `the best setting gains ${gain.toFixed(2)} points on the mean, under ${minGain}: nothing written`;
	return at;
}

/** What a trainer writes beside the trees: the file, its comment, features, what it scores and on what. */
export interface LosoModelFile<D, G extends string> {
	/** File name under `search-config/`. */
	file: string;
	comment: string;
	features: readonly string[];
	/** What the model chooses, in the record's keys (`Date` → `leftOutDateRules`). */
	what: string;
	/** The groups fitted on, as the record names them. */
	splits: string;
	groups: readonly G[];
	fit: (data: D[]) => BoostedTrees;
	seed: number;
	pagesPerSplit: number;
	settings: { maxLoss: number; minGain: number };
}

/**
 * Writes the model a left-out run allows (`settingToWrite`), fitted on every group at the first
 * seed with the chosen margin rule and a record of the run, or prints why nothing is written.
 */
export function writeLosoModel<D, G extends string>(
	result: LosoResult<D, G>,
	grid: readonly MarginSetting[],
	m: LosoModelFile<D, G>,
): void {
	const at = settingToWrite(result, m.settings.maxLoss, m.settings.minGain);
	if (typeof at === 'string') {
		process.stdout.write(`${at}\n`);
		return;
	}
	const round4 = (x: number) => Number(x.toFixed(4));
	const best = grid[at]!;
	const out = {
		$comment: m.comment,
		features: [...m.features],
		boosted: m.fit(m.groups.map((g) => result.firstSeed.get(g)!)),
		margin: best.margin,
		keepAbove: best.keepAbove,
		training: {
			splits: m.splits,
			seed: m.seed,
			pagesPerSplit: m.pagesPerSplit,
			[`leftOut${m.what}Rules`]: round4(result.rulesScore),
			[`leftOut${m.what}Model`]: round4(result.settingScores[at]!),
			worstLeftOutLoss: round4(result.worstLoss[at]!),
		},
	};
	const target = searchConfigPath(m.file);
	writeFileSync(target, `${JSON.stringify(out, null, '\t')}\n`);
	process.stdout.write(`wrote ${target} (margin ${best.margin}, keepAbove ${best.keepAbove})\n`);
}
