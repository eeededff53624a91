import { fuseThemes, type FusionInput, type FusionSettings } from '../nlp/tag-themes.ts';
import type { ThemeId } from '../schema/taxonomy.ts';

/** One labelled text: the signals the tagger saw and the themes a reader gave it. */
export interface LabelledSignals {
	signals: FusionInput;
	/** The reader's primary theme, or null when none of the taxonomy fits. */
	primary: ThemeId | null;
	/** Every theme that clearly applies, primary first. */
	themes: readonly ThemeId[];
}

/** Primary-theme accuracy (a null label wants no theme) and micro theme-set F1. */
interface FusionScore {
	primary: number;
	f1: number;
	n: number;
}

/** Scores one setting of the fusion knobs on labelled texts. */
export function scoreFusion(
	items: readonly LabelledSignals[],
	settings: FusionSettings,
): FusionScore {
	return scoreThemes(items, (item) => fuseThemes(item.signals, settings));
}

/** Scores the keyword rules alone on the same texts, for comparison. */
export function scoreRules(items: readonly LabelledSignals[]): FusionScore {
	return scoreThemes(items, (item) => item.signals.ruleThemes);
}

function scoreThemes(
	items: readonly LabelledSignals[],
	themesOf: (item: LabelledSignals) => readonly ThemeId[],
): FusionScore {
	let ok = 0;
	let tp = 0;
	let fp = 0;
	let fn = 0;
	for (const item of items) {
		const got = themesOf(item);
		if ((got[0] ?? null) === item.primary) ok++;
		const want = new Set(item.themes);
		for (const t of got)
			if (want.has(t)) tp++;
			else fp++;
		for (const t of want) if (!got.includes(t)) fn++;
	}
	return {
		primary: ok / Math.max(1, items.length),
		f1: (2 * tp) / Math.max(1, 2 * tp + fp + fn),
		n: items.length,
	};
}

/** The grid {@link fitFusion} searches; small, so a handful of labels cannot be fitted item by item. */
const FUSION_GRID = {
	modelWeight: [0.25, 0.5, 1],
	ruleWeight: [0, 0.5, 1, 2, 3, 4],
	titleWeight: [0, 0.5, 1, 2, 3, 4],
	leadWeight: [0, 0.5, 1, 2],
	// 1: the model adds a theme only when certain (themes.yaml takes a probability).
	minProbability: [0.3, 0.5, 1],
	abstainBelow: [0, 0.3],
} as const;

/** An item's fusion terms, laid out for scoring many grid points: four per theme the model scored. */
interface Prepared {
	themes: ThemeId[];
	/** `log p`, `log(1 + rule)`, `log(1 + headline rule)`, `log(1 + lead rule)` of each theme. */
	terms: Float64Array;
	bestProbability: number;
	ruleFirst: ThemeId | null;
	hasRules: boolean;
	primary: ThemeId | null;
}

function prepare(item: LabelledSignals): Prepared {
	const { signals } = item;
	const themes = [...signals.probabilities.keys()];
	const terms = new Float64Array(themes.length * 4);
	let bestProbability = 0;
	themes.forEach((id, i) => {
		const p = signals.probabilities.get(id) ?? 0;
		bestProbability = Math.max(bestProbability, p);
		terms[i * 4] = Math.log(Math.max(p, 1e-6));
		terms[i * 4 + 1] = Math.log1p(signals.ruleScores[id] ?? 0);
		terms[i * 4 + 2] = Math.log1p(signals.titleScores[id] ?? 0);
		terms[i * 4 + 3] = Math.log1p(signals.leadScores[id] ?? 0);
	});
	return {
		themes,
		terms,
		bestProbability,
		ruleFirst: signals.ruleThemes[0] ?? null,
		hasRules: signals.ruleThemes.length > 0,
		primary: item.primary,
	};
}

/** The primary theme {@link fuseThemes} gives (the same arithmetic, without building the set). */
function fastPrimary(p: Prepared, s: Omit<FusionSettings, 'minProbability' | 'maxThemes'>) {
	if (p.themes.length === 0) return p.ruleFirst;
	if (!p.hasRules && p.bestProbability < s.abstainBelow) return null;
	let best = 0;
	let bestScore = -Infinity;
	for (let i = 0; i < p.themes.length; i++) {
		const t = p.terms;
		const score =
			s.modelWeight * (t[i * 4] ?? 0) +
			s.ruleWeight * (t[i * 4 + 1] ?? 0) +
			s.titleWeight * (t[i * 4 + 2] ?? 0) +
			s.leadWeight * (t[i * 4 + 3] ?? 0);
		if (score > bestScore) [best, bestScore] = [i, score];
	}
	return p.themes[best] ?? null;
}

/**
 * The grid point with the best primary accuracy (then F1) on `items`; ties keep the earlier point.
 * The primary theme does not depend on `minProbability`, so it is computed once per point from
 * precomputed terms, and the full fusion runs only where the point can still win.
 */
export function fitFusion(items: readonly LabelledSignals[], maxThemes: number): FusionSettings {
	const prepared = items.map(prepare);
	let best: { settings: FusionSettings; score: FusionScore } | undefined;
	for (const modelWeight of FUSION_GRID.modelWeight)
		for (const ruleWeight of FUSION_GRID.ruleWeight)
			for (const titleWeight of FUSION_GRID.titleWeight)
				for (const leadWeight of FUSION_GRID.leadWeight)
					for (const abstainBelow of FUSION_GRID.abstainBelow) {
						const point = { modelWeight, ruleWeight, titleWeight, leadWeight, abstainBelow };
						let ok = 0;
						for (const p of prepared) if (fastPrimary(p, point) === p.primary) ok++;
						const primary = ok / Math.max(1, items.length);
						if (best && primary < best.score.primary - 1e-12) continue;
						for (const minProbability of FUSION_GRID.minProbability) {
							const settings = { ...point, minProbability, maxThemes };
							const score = scoreFusion(items, settings);
							if (
								!best ||
								score.primary > best.score.primary + 1e-12 ||
								(Math.abs(score.primary - best.score.primary) < 1e-12 &&
									score.f1 > best.score.f1 + 1e-12)
							)
								best = { settings, score };
						}
					}
	if (!best) throw new TypeError('`FUSION_GRID` is empty');
	return best.settings;
}

/**
 * k-fold cross-validation of {@link fitFusion}: items are dealt to `k` folds in a fixed order
 * (every k-th item), the knobs are fitted on k−1 folds and scored on the one left out.
 */
export function crossValidateFusion(
	items: readonly LabelledSignals[],
	k: number,
	maxThemes: number,
): FusionScore & { folds: FusionSettings[] } {
	let ok = 0;
	let f1Weighted = 0;
	const folds: FusionSettings[] = [];
	for (let fold = 0; fold < k; fold++) {
		const train = items.filter((_, i) => i % k !== fold);
		const test = items.filter((_, i) => i % k === fold);
		const settings = fitFusion(train, maxThemes);
		folds.push(settings);
		const score = scoreFusion(test, settings);
		ok += score.primary * test.length;
		f1Weighted += score.f1 * test.length;
	}
	return {
		primary: ok / Math.max(1, items.length),
		f1: f1Weighted / Math.max(1, items.length),
		n: items.length,
		folds,
	};
}

/**
 * `settings` with the `abstainBelow` of `candidates` that gives the best primary accuracy on
 * `items`, where a null label wants no theme; ties keep the lower threshold. The other knobs are
 * best fitted on labelled texts that have a theme, since abstaining is the only way to get a null
 * label right.
 */
export function fitAbstain(
	items: readonly LabelledSignals[],
	settings: FusionSettings,
	candidates: readonly number[],
): FusionSettings {
	const prepared = items.map(prepare);
	let best = settings;
	let bestOk = -1;
	for (const abstainBelow of [...candidates].sort((a, b) => a - b)) {
		const point = { ...settings, abstainBelow };
		let ok = 0;
		for (const p of prepared) if (fastPrimary(p, point) === p.primary) ok++;
		if (ok > bestOk) [best, bestOk] = [point, ok];
	}
	return best;
}
