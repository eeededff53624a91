import { writeFileSync } from 'node:fs';
import type { LabelledSignals } from '../../src/lib/eval/fit-fusion.ts';
import type { FusionSettings } from '../../src/lib/nlp/tag-themes.ts';
import { scoreLabels, withTrainingSeed, type CrossFitInput } from './theme-cross-fit.ts';
import { confusionLines, type PrimaryPair } from './theme-confusions.ts';
import { goldCrossValidate } from './theme-gold-cv.ts';
import type { LabelledDoc } from './theme-training-docs.ts';

/** What `train-themes --gold-cv` runs. */
export interface GoldCvRun {
	folds: number;
	seeds: readonly number[];
	/** Fixed knobs (themes.yaml), or absent to fit them in each fold on the training gold. */
	knobs: FusionSettings | undefined;
	/** With `knobs`: refit their `abstainBelow` in each fold on the training gold. */
	refitAbstain: boolean;
	show: boolean;
	/** Where to write every held-out article's labels and fused themes per seed (ids only, no text). */
	dump?: string;
}

/**
 * Cross-validates corpus-gold once per fold seed ({@link goldCrossValidate}), the training seed
 * moved by the same amount (the shuffle alone moves the score by about ±1.5 points, so one draw
 * says little), and prints, per seed,
 * the rules alone and the fused tagger on the held-out articles, then the mean over seeds; with
 * `show`, the fused primary confusions (gold → given) summed over the seeds.
 */
export function runGoldCv(
	input: CrossFitInput,
	helper: readonly LabelledDoc[],
	gold: readonly LabelledDoc[],
	run: GoldCvRun,
): void {
	const weight = gold[0]?.weight ?? 0;
	const pairs: PrimaryPair[] = [];
	const primaries: number[] = [];
	const givenPrimaries: number[] = [];
	const rows: GoldCvRow[] = [];
	const lines = [
		`corpus-gold, ${run.folds}-fold CV (gold weight ${weight}, knobs ${run.knobs ? `of themes.yaml${run.refitAbstain ? ', abstainBelow refitted on the training gold' : ''}` : 'fitted on the training gold out of fold'}; seed s: fold seed s, sgd.seed + s):`,
	];
	for (const seed of run.seeds) {
		const cv = goldCrossValidate(withTrainingSeed(input, seed), helper, gold, {
			folds: run.folds,
			seed,
			weight,
			...(run.knobs ? { knobs: run.knobs } : {}),
			refitAbstain: run.refitAbstain,
		});
		// cv.themes and cv.given run parallel to cv.signals.
		const index = new Map(cv.signals.map((s, i) => [s, i]));
		const fused = (s: LabelledSignals) => cv.themes[index.get(s) ?? -1] ?? [];
		const themed = cv.signals.filter((s) => s.primary !== null);
		const share = (themesOf: (s: LabelledSignals) => readonly string[]) =>
			themed.filter((s) => themesOf(s)[0] === s.primary).length / Math.max(1, themed.length);
		for (const s of cv.signals) pairs.push({ label: s.primary, given: fused(s)[0] });
		cv.signals.forEach((s, i) => rows.push(goldCvRow(seed, cv.ids[i] ?? '', s, fused(s))));
		primaries.push(share(fused));
		lines.push(
			`  seed ${seed}: rules alone ${scoreLabels(cv.signals, (s) => s.signals.ruleThemes)}`,
			`  seed ${seed}: fused       ${scoreLabels(cv.signals, fused)}`,
		);
		if (cv.given.length > 0) {
			const fixed = (s: LabelledSignals) => cv.given[index.get(s) ?? -1] ?? [];
			givenPrimaries.push(share(fixed));
			lines.push(`  seed ${seed}: themes.yaml ${scoreLabels(cv.signals, fixed)}`);
		}
	}
	const mean = (xs: number[]) =>
		`${((100 * xs.reduce((a, b) => a + b, 0)) / Math.max(1, xs.length)).toFixed(1)}%`;
	lines.push(
		`  mean primary of those with a theme over ${primaries.length} seeds: ${mean(primaries)}`,
	);
	if (givenPrimaries.length > 0)
		lines.push(`  the same with themes.yaml's abstainBelow: ${mean(givenPrimaries)}`);
	if (run.show)
		lines.push(
			'  primary confusions (gold → given), summed over the seeds:',
			...confusionLines(pairs),
		);
	process.stdout.write(`${lines.join('\n')}\n`);
	if (run.dump) writeFileSync(run.dump, `${JSON.stringify(rows)}\n`);
}

/** One held-out gold article under one seed, as `--gold-cv … --dump` writes it. */
interface GoldCvRow {
	seed: number;
	id: string;
	primary: string | null;
	themes: readonly string[];
	given: readonly string[];
	probabilities: Record<string, number>;
	ruleScores: Readonly<Record<string, number>>;
	titleScores: Readonly<Record<string, number>>;
	leadScores: Readonly<Record<string, number>>;
}

function goldCvRow(
	seed: number,
	id: string,
	s: LabelledSignals,
	given: readonly string[],
): GoldCvRow {
	const ranked = [...s.signals.probabilities].sort((a, b) => b[1] - a[1]);
	return {
		seed,
		id,
		primary: s.primary,
		themes: s.themes,
		given,
		probabilities: Object.fromEntries(ranked.map(([t, p]) => [t, Math.round(p * 1e4) / 1e4])),
		ruleScores: s.signals.ruleScores,
		titleScores: s.signals.titleScores,
		leadScores: s.signals.leadScores,
	};
}
