import type { LabelledSignals } from '../../src/lib/eval/fit-fusion.ts';
import type { FusionSettings } from '../../src/lib/nlp/tag-themes.ts';
import {
	fitKnobs,
	foldOf,
	fusedThemes,
	outOfFold,
	refitAbstain,
	signalsOf,
	trainModel,
	type CrossFitInput,
} from './theme-cross-fit.ts';
import type { LabelledDoc } from './theme-training-docs.ts';

/** Fold of a corpus-gold article under a fold seed (seed 0 is {@link foldOf} of the id itself). */
export const goldFold = (id: string, k: number, seed: number): number =>
	foldOf(seed === 0 ? id : `${seed}:${id}`, k);

/** How the careful reader's labels are cross-validated. */
export interface GoldCvOptions {
	folds: number;
	/** Fold seed: each seed deals the articles to other folds. */
	seed: number;
	/** How much a gold article's primary label counts in training (0: gold never trains). */
	weight: number;
	/**
	 * Fusion knobs to score with; absent, they are fitted in each fold on the training gold
	 * articles' out-of-fold signals (an inner cross-validation), never on the fold scored.
	 */
	knobs?: FusionSettings;
	/** With `knobs`: keep their weights but refit `abstainBelow` in each fold on the training gold. */
	refitAbstain?: boolean;
}

/** What each held-out gold article got: its signals, its fused themes, and the knobs of its fold. */
export interface GoldCvResult {
	/** The corpus id of each held-out article, parallel to `signals`. */
	ids: string[];
	signals: LabelledSignals[];
	themes: (readonly string[])[];
	knobs: FusionSettings[];
	/** With `refitAbstain`: the fused themes under `knobs` as given, from the same models. */
	given: (readonly string[])[];
}

/**
 * The training gold articles' signals out of fold: each scored by a model trained on the helpers'
 * labels and the other training gold articles. At weight 0 no gold article trains, so `model`
 * (trained on the helpers' labels alone) already never saw them.
 */
function innerSignals(
	input: CrossFitInput,
	helper: readonly LabelledDoc[],
	train: readonly LabelledDoc[],
	k: number,
	model: ReturnType<typeof trainModel>,
): LabelledSignals[] {
	if (train.every((g) => !g.weight)) return signalsOf(train, input.rules, model);
	return outOfFold({ ...input, always: [...(input.always ?? []), ...helper] }, train, k);
}

/**
 * k-fold cross-validation over the careful reader's labels: in each fold the model trains on the
 * helpers' labels plus the other folds' gold articles (at `weight`), the knobs come from
 * `options.knobs` or an inner cross-validation of the training gold, and the fold left out is
 * scored. Every gold article is scored exactly once, by a model that never saw it.
 */
export function goldCrossValidate(
	input: CrossFitInput,
	helper: readonly LabelledDoc[],
	gold: readonly LabelledDoc[],
	options: GoldCvOptions,
): GoldCvResult {
	const { folds: k, seed, weight } = options;
	const weighted = gold.map((g) => ({ ...g, weight }));
	const result: GoldCvResult = { ids: [], signals: [], themes: [], knobs: [], given: [] };
	for (let fold = 0; fold < k; fold++) {
		const test = gold.filter((g) => goldFold(g.id, k, seed) === fold);
		if (test.length === 0) continue;
		// At weight 0 the training gold articles still fit the knobs but never train a model.
		const train = weighted.filter((g) => goldFold(g.id, k, seed) !== fold);
		const model = trainModel(input, [...helper, ...train]);
		let knobs = options.knobs;
		if (!knobs || options.refitAbstain) {
			const inner = innerSignals(input, helper, train, k, model);
			knobs = knobs ? refitAbstain(inner, knobs) : fitKnobs(inner, input.rules.scoring.maxThemes);
		}
		for (const [i, s] of signalsOf(test, input.rules, model).entries()) {
			result.ids.push(test[i]?.id ?? '');
			result.signals.push(s);
			result.themes.push(fusedThemes(s, knobs));
			result.knobs.push(knobs);
			if (options.refitAbstain && options.knobs) result.given.push(fusedThemes(s, options.knobs));
		}
	}
	return result;
}

/**
 * `knobs` with `abstainBelow` refitted on corpus-gold as scored by `model`: out of sample when the
 * model never trained on gold (`gold.weight` 0), which `--gold-cv … --gold-knobs abstain` scores.
 */
export function goldAbstain(
	input: CrossFitInput,
	gold: readonly LabelledDoc[],
	model: ReturnType<typeof trainModel>,
	knobs: FusionSettings,
): FusionSettings {
	return refitAbstain(signalsOf(gold, input.rules, model), knobs);
}

/**
 * Gold signals scored in 5-fold cross-validation under fold seed `seed` (`ids` the articles' ids,
 * in the order of `items`), with fixed `knobs` but `abstainBelow` refitted on each fold's training
 * gold: the share of themed articles whose primary theme is right, and the theme-set F1.
 */
export function scoreGoldFolds(
	items: readonly LabelledSignals[],
	ids: readonly string[],
	knobs: FusionSettings,
	seed: number,
): { primary: number; f1: number } {
	let [ok, themed, tp, fp, fn] = [0, 0, 0, 0, 0];
	for (let fold = 0; fold < 5; fold++) {
		const inFold = (i: number) => goldFold(ids[i] ?? '', 5, seed) === fold;
		const foldKnobs = refitAbstain(
			items.filter((_, i) => !inFold(i)),
			knobs,
		);
		items.forEach((s, i) => {
			if (!inFold(i)) return;
			const themes = fusedThemes(s, foldKnobs);
			if (s.primary !== null) {
				themed++;
				if (themes[0] === s.primary) ok++;
			}
			for (const t of themes)
				if (s.themes.includes(t)) tp++;
				else fp++;
			for (const t of s.themes) if (!themes.includes(t)) fn++;
		});
	}
	return { primary: ok / Math.max(1, themed), f1: (2 * tp) / (2 * tp + fp + fn) };
}
