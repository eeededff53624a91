import { fitAbstain, fitFusion, type LabelledSignals } from '../../src/lib/eval/fit-fusion.ts';
import {
	fuseThemes,
	ruleThemes,
	themeSignals,
	type FusionSettings,
} from '../../src/lib/nlp/tag-themes.ts';
import { fitThemeModel, type WeightedDoc } from '../../src/lib/nlp/theme-model-fit.ts';
import { compileThemeModel, type ThemeModelFile } from '../../src/lib/schema/theme-model.ts';
import type { ThemeId } from '../../src/lib/schema/taxonomy.ts';
import type { ThemeTraining } from '../../src/lib/schema/theme-training.ts';
import type { ThemeConfig } from '../../src/lib/schema/themes-yaml.ts';
import { correctPrior } from './theme-prior.ts';
import type { LabelledDoc } from './theme-training-docs.ts';

/** Everything a model is trained from besides the people's labels, which vary by fold. */
export interface CrossFitInput {
	rules: ThemeConfig;
	training: ThemeTraining;
	/** The rules' sure labels, weight 1 each before balancing. */
	weak: readonly WeightedDoc[];
	/** The taxonomy's pseudo-documents. */
	seeds: readonly WeightedDoc[];
	/** Labelled articles in every model's training whatever the fold (corpus-gold, in label-CV). */
	always?: readonly LabelledDoc[];
	about: string;
}

/** `input` with its SGD seed moved by `seed`: the training seed of a cross-validation run. */
export function withTrainingSeed(input: CrossFitInput, seed: number): CrossFitInput {
	const sgd = { ...input.training.sgd, seed: input.training.sgd.seed + seed };
	return { ...input, training: { ...input.training, sgd } };
}

/** Fold of an id among `k`: FNV-1a of the id, so an article stays in its fold as labels arrive. */
export function foldOf(id: string, k: number): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
	return h % k;
}

/**
 * The weighted training texts: the rules' sure labels balanced across themes (a rare theme counts at
 * most `maxBoost` times more) times `weakLabels.weight`; each labelled article (and each of
 * `input.always`) with a primary theme at its own weight or `labels.weight`, and again for each
 * further theme at `labels.secondaryWeight` of that; the seeds.
 */
function trainingDocs(input: CrossFitInput, labelled: readonly LabelledDoc[]): WeightedDoc[] {
	const { training, rules } = input;
	const classes = rules.themes.map((t) => t.id);
	const perClass = new Array<number>(classes.length).fill(0);
	for (const d of input.weak) perClass[d.y] = (perClass[d.y] ?? 0) + 1;
	const mean = input.weak.length / classes.length;
	const weak = input.weak.map((d) => ({
		...d,
		weight:
			training.weakLabels.weight *
			Math.min(training.maxBoost, mean / Math.max(1, perClass[d.y] ?? 1)),
	}));
	const people = [...labelled, ...(input.always ?? [])].flatMap((l) =>
		l.themes.map((theme, i) => ({
			x: l.x,
			y: classes.indexOf(theme),
			weight:
				(l.weight ?? training.labels.weight) * (i === 0 ? 1 : training.labels.secondaryWeight),
		})),
	);
	return [...weak, ...people.filter((d) => d.weight > 0 && d.y >= 0), ...input.seeds];
}

/**
 * Trains the classifier on the weak labels, the seeds and `labelled`, then divides out
 * `priorCorrection` of its prior as measured on the people's articles that trained it.
 */
export function trainModel(input: CrossFitInput, labelled: readonly LabelledDoc[]): ThemeModelFile {
	const { training, rules } = input;
	const model = fitThemeModel(trainingDocs(input, labelled), {
		features: training.features,
		classes: rules.themes.map((t) => t.id),
		minDocFreq: training.minDocFreq,
		keepBigrams: training.keepBigrams,
		sgd: training.sgd,
		about: input.about,
	});
	const trained = [...labelled, ...(input.always ?? [])].filter((l) => (l.weight ?? 1) > 0);
	return correctPrior(model, trained, training.priorCorrection);
}

/**
 * What the fusion sees for each article under `model`. An article too short for the classifier
 * gets no probabilities, so the fusion gives it the rules' themes, as the tagger does.
 */
export function signalsOf(
	items: readonly LabelledDoc[],
	rules: ThemeConfig,
	model: ThemeModelFile,
): LabelledSignals[] {
	const config = { ...rules, model: compileThemeModel(model) };
	return items.map((item) => {
		const signals = themeSignals(item.doc, config) ?? {
			...{ titleScores: {}, leadScores: {}, probabilities: new Map() },
			ruleThemes: ruleThemes(item.doc, rules).themes,
			ruleScores: ruleThemes(item.doc, rules).scores,
		};
		return { signals, primary: item.primary, themes: item.themes };
	});
}

/**
 * Signals of `items` with `probabilities(i)` in the bigram classifier's place (none for a text
 * shorter than the classifier reads): how the research scripts score another classifier through
 * the same fusion.
 */
export function signalsWithProbabilities(
	items: readonly {
		doc: { title: string; body: string };
		primary: ThemeId | null;
		themes: readonly ThemeId[];
	}[],
	rules: ThemeConfig,
	probabilities: (i: number) => Map<ThemeId, number>,
): LabelledSignals[] {
	const part = (text: string) => (text ? ruleThemes({ title: '', body: text }, rules).scores : {});
	return items.map((item, i) => {
		const tags = ruleThemes(item.doc, rules);
		const scored = item.doc.body.length >= rules.classifier.minChars;
		return {
			primary: item.primary,
			themes: item.themes,
			signals: {
				ruleThemes: tags.themes,
				ruleScores: tags.scores,
				titleScores: part(item.doc.title),
				leadScores: part(item.doc.body.slice(0, rules.classifier.leadChars)),
				probabilities: scored ? probabilities(i) : new Map(),
			},
		};
	});
}

/**
 * Out-of-fold signals: each article scored by a model trained without its fold (of `folds`
 * distinct fold numbers among the items), in the order of `items`.
 */
export function outOfFold(
	input: CrossFitInput,
	items: readonly LabelledDoc[],
	k: number,
): LabelledSignals[] {
	const out = new Array<LabelledSignals>(items.length);
	const folds = [...new Set(items.map((l) => foldOf(l.id, k)))];
	for (const fold of folds) {
		const model = trainModel(
			input,
			items.filter((l) => foldOf(l.id, k) !== fold),
		);
		const test = items.flatMap((l, i) => (foldOf(l.id, k) === fold ? [i] : []));
		const signals = signalsOf(
			test.map((i) => items[i] as LabelledDoc),
			input.rules,
			model,
		);
		test.forEach((i, n) => (out[i] = signals[n] as LabelledSignals));
	}
	return out;
}

/**
 * Fusion knobs for labelled signals: the weights fitted on the texts that have a theme (the
 * choice of primary), then the abstention threshold on all of them (null labels included).
 */
export function fitKnobs(items: readonly LabelledSignals[], maxThemes: number): FusionSettings {
	const weights = fitFusion(
		items.filter((s) => s.signals.probabilities.size > 0 && s.primary !== null),
		maxThemes,
	);
	return refitAbstain(items, weights);
}

/** `knobs` with the abstention threshold fitted on the texts the classifier scored (null labels included). */
export function refitAbstain(
	items: readonly LabelledSignals[],
	knobs: FusionSettings,
): FusionSettings {
	const scored = items.filter((s) => s.signals.probabilities.size > 0);
	return fitAbstain(scored, knobs, ABSTAIN_CANDIDATES);
}
/** The abstention thresholds {@link fitKnobs} tries. */
export const ABSTAIN_CANDIDATES = [0, 0.3, 0.4, 0.5, 0.6];

/**
 * The whole procedure on `items`: out-of-fold signals, fusion knobs fitted on them, and the model
 * on all of them, trained when first asked for.
 */
export function crossFit(input: CrossFitInput, items: readonly LabelledDoc[], k: number) {
	const oof = outOfFold(input, items, k);
	const knobs = fitKnobs(oof, input.rules.scoring.maxThemes);
	let model: ThemeModelFile | undefined;
	return { oof, knobs, model: () => (model ??= trainModel(input, items)) };
}

/** The fused themes of labelled signals under `knobs`. */
export const fusedThemes = (s: LabelledSignals, knobs: FusionSettings) =>
	s.signals.probabilities.size > 0 ? fuseThemes(s.signals, knobs) : s.signals.ruleThemes;

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
/** Primary accuracy over all items (null counts) and over those with a theme, and theme-set F1, as one line. */
export function scoreLabels(
	items: readonly LabelledSignals[],
	themesOf: (s: LabelledSignals) => readonly string[],
) {
	let ok = 0;
	let okThemed = 0;
	let themed = 0;
	let [tp, fp, fn] = [0, 0, 0];
	for (const s of items) {
		const got = themesOf(s);
		const hit = (got[0] ?? null) === s.primary;
		if (hit) ok++;
		if (s.primary !== null) {
			themed++;
			if (hit) okThemed++;
		}
		for (const t of got)
			if (s.themes.includes(t as never)) tp++;
			else fp++;
		for (const t of s.themes) if (!got.includes(t)) fn++;
	}
	return (
		`primary ${pct(ok / Math.max(1, items.length))} of ${items.length} (null counts), ` +
		`${pct(okThemed / Math.max(1, themed))} of ${themed} with a theme; ` +
		`F1 ${pct((2 * tp) / Math.max(1, 2 * tp + fp + fn))}`
	);
}
