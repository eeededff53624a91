import type { ThemeId } from '../schema/taxonomy.ts';
import type { ThemeConfig } from '../schema/themes-yaml.ts';
import { classifyThemes } from './theme-classifier.ts';
import { ruleThemes, type RuleThemeTags } from './tag-themes-rules.ts';

export { ruleThemes, themeThreshold, type RuleThemeTags } from './tag-themes-rules.ts';

/** Why a text carries a theme: the keyword rules' score and phrases, the classifier's probability. */
export interface ThemeEvidence {
	/** Score of the keyword rules (0 when they found nothing). */
	rule: number;
	/** The phrases the rules found, most weight first (at most five). */
	terms: string[];
	/** Probability the classifier gives the theme; absent when it was not run. */
	model?: number;
}

/** Themes of one text, most salient first. */
export interface ThemeTags {
	/** Theme ids, primary first. */
	themes: ThemeId[];
	/** `<theme>/<sub>` ids of the kept themes, most hits first. */
	subThemes: string[];
	/** Rule score of every theme with any positive evidence (kept or not), for debugging and tuning. */
	scores: Record<string, number>;
	/** The evidence of every theme in `themes`. */
	evidence: Partial<Record<ThemeId, ThemeEvidence>>;
}

/** What {@link fuseThemes} combines. */
export interface FusionInput {
	/** Themes the rules kept, best first. */
	ruleThemes: readonly ThemeId[];
	/** Rule score per theme over the whole text (absent means 0). */
	ruleScores: Readonly<Record<string, number>>;
	/** Rule score per theme of the headline alone. */
	titleScores: Readonly<Record<string, number>>;
	/** Rule score per theme of the lead (the body's first `leadChars`) alone. */
	leadScores: Readonly<Record<string, number>>;
	/** Classifier probability per theme. */
	probabilities: ReadonlyMap<ThemeId, number>;
}

/** The knobs of {@link fuseThemes}: `classifier` of themes.yaml plus `maxThemes`. */
export interface FusionSettings {
	modelWeight: number;
	ruleWeight: number;
	titleWeight: number;
	leadWeight: number;
	minProbability: number;
	abstainBelow: number;
	maxThemes: number;
}

/**
 * Each theme's fused score: `modelWeight × log p + ruleWeight × log(1 + rule score)`, plus the same
 * terms for the rules' score of the headline and of the lead with their own weights (the subject of
 * a report is stated up front). One entry per theme the classifier scored; {@link fuseThemes} ranks
 * by it.
 */
export function fusedScores(input: FusionInput, settings: FusionSettings): Map<ThemeId, number> {
	const scores = new Map<ThemeId, number>();
	for (const [id, p] of input.probabilities)
		scores.set(
			id,
			settings.modelWeight * Math.log(Math.max(p, 1e-6)) +
				settings.ruleWeight * Math.log1p(input.ruleScores[id] ?? 0) +
				settings.titleWeight * Math.log1p(input.titleScores[id] ?? 0) +
				settings.leadWeight * Math.log1p(input.leadScores[id] ?? 0),
		);
	return scores;
}

/**
 * Combines rules and classifier: the theme with the best {@link fusedScores} is primary. The rest of
 * the set is what the rules kept plus what the classifier gives at least `minProbability`, in order
 * of fused score. With no rule theme and no model theme at `abstainBelow`, the text gets none.
 */
export function fuseThemes(input: FusionInput, settings: FusionSettings): ThemeId[] {
	const combined = fusedScores(input, settings);
	let best: ThemeId | undefined;
	for (const [id, score] of combined)
		if (best === undefined || score > (combined.get(best) ?? -Infinity)) best = id;
	if (best === undefined) return [...input.ruleThemes];
	const bestProbability = Math.max(...input.probabilities.values());
	if (input.ruleThemes.length === 0 && bestProbability < settings.abstainBelow) return [];
	const set = new Set<ThemeId>([best, ...input.ruleThemes]);
	for (const [id, p] of input.probabilities) if (p >= settings.minProbability) set.add(id);
	const rest = [...set]
		.filter((id) => id !== best)
		.sort((a, b) => (combined.get(b) ?? -Infinity) - (combined.get(a) ?? -Infinity));
	return [best, ...rest].slice(0, settings.maxThemes);
}

// 【新思想引领新征程】 before a headline and （一线行走） after it name a column: a series that runs
// across subjects, not the subject of this report.
const COLUMN_TAGS = /^(?:\s*【[^】]{1,30}】)+|(?:[（(][^（）()]{1,24}[）)]\s*)+$/gu;

/** The headline without its column tags, as the themes read it (unchanged when nothing else is left). */
export function themeHeadline(title: string): string {
	const stripped = title.replace(COLUMN_TAGS, '').trim();
	return stripped === '' ? title : stripped;
}

/** The fusion knobs of a configuration. */
export function fusionSettings(config: ThemeConfig): FusionSettings {
	return { ...config.classifier, maxThemes: config.scoring.maxThemes };
}

/**
 * What {@link fuseThemes} needs for one text, or undefined when the classifier does not apply (no
 * model loaded, or a text shorter than `classifier.minChars`). The headline is taken as given: pass
 * it through {@link themeHeadline} first, as {@link tagThemes} does; `rules` are the rules' tags of
 * that same text when already computed.
 */
export function themeSignals(
	doc: { title: string; body: string },
	config: ThemeConfig,
	rules?: RuleThemeTags,
): FusionInput | undefined {
	if (!config.model || doc.body.length < config.classifier.minChars) return undefined;
	rules ??= ruleThemes(doc, config);
	const part = (text: string) => (text ? ruleThemes({ title: '', body: text }, config).scores : {});
	return {
		ruleThemes: rules.themes,
		ruleScores: rules.scores,
		titleScores: part(doc.title),
		leadScores: part(doc.body.slice(0, config.classifier.leadChars)),
		probabilities: classifyThemes(doc, config.model),
	};
}

/**
 * Ranks the themes of a text (an article, or a measure clause with an empty title). The keyword
 * rules score every text; an article-length text (`classifier.minChars`) is also scored by the
 * learned classifier when `config.model` is loaded, and the two are fused ({@link fuseThemes}).
 */
export function tagThemes(text: { title: string; body: string }, config: ThemeConfig): ThemeTags {
	const doc = { title: themeHeadline(text.title), body: text.body };
	const rules = ruleThemes(doc, config);
	const signals = themeSignals(doc, config, rules);
	const probabilities = signals?.probabilities;
	const themes = signals ? fuseThemes(signals, fusionSettings(config)) : rules.themes;
	const evidence: Partial<Record<ThemeId, ThemeEvidence>> = {};
	for (const id of themes) {
		const p = probabilities?.get(id);
		evidence[id] = {
			rule: rules.scores[id] ?? 0,
			terms: (rules.terms[id] ?? []).slice(0, 5),
			...(p === undefined ? {} : { model: Math.round(p * 1000) / 1000 }),
		};
	}
	const kept = new Set(themes);
	const subThemes = rules.subThemes.filter((s) => kept.has(s.slice(0, s.indexOf('/')) as ThemeId));
	return { themes, subThemes, scores: rules.scores, evidence };
}
