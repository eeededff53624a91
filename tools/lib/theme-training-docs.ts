import { ruleThemes, themeThreshold } from '../../src/lib/nlp/tag-themes.ts';
import { themeFeatures, type FeatureVector } from '../../src/lib/nlp/theme-features.ts';
import type { WeightedDoc } from '../../src/lib/nlp/theme-model-fit.ts';
import type { ThemeId } from '../../src/lib/schema/taxonomy.ts';
import type { ThemeTraining } from '../../src/lib/schema/theme-training.ts';
import type { ThemeConfig } from '../../src/lib/schema/themes-yaml.ts';
import { readCorpus } from './corpus.ts';
import { corpusArticleId } from './corpus-seeds.ts';
import { corpusHeadline, ingestedText } from './theme-corpus-text.ts';
import type { ThemeLabel } from './theme-label-file.ts';

/** A corpus article a person labelled: its text as the tagger reads it, its features and its labels. */
export interface LabelledDoc {
	id: string;
	doc: { title: string; body: string };
	x: FeatureVector;
	primary: ThemeId | null;
	themes: readonly ThemeId[];
	/** How much its primary label counts; `labels.weight` of theme-training.json when absent. */
	weight?: number;
}

/** What one pass over the corpus gives the trainer. */
export interface TrainingDocs {
	/** Articles the rules are sure of, labelled by them (class index in `y`, weight 1). */
	weak: WeightedDoc[];
	/** The text of each of `weak`, in the same order (for other views of the same articles). */
	weakDocs: { title: string; body: string }[];
	/** Articles labelled by people (never corpus-gold). */
	labelled: LabelledDoc[];
	/** The corpus-gold articles with the careful reader's labels, in corpus order. */
	gold: LabelledDoc[];
	read: number;
}

/**
 * The rules' label of an article when they are sure of it: one theme far ahead of the rest, or a
 * headline naming exactly one theme the body also supports (a headline states the subject).
 */
function weakLabel(
	doc: { title: string; body: string },
	rules: ThemeConfig,
	settings: ThemeTraining['weakLabels'],
): ThemeId | undefined {
	const tags = ruleThemes(doc, rules);
	const ranked = Object.entries(tags.scores).sort((a, b) => b[1] - a[1]);
	const [top, second] = ranked;
	if (!top) return undefined;
	const threshold = themeThreshold(rules.scoring, doc.body.length);
	const clearLead =
		tags.themes[0] === top[0] &&
		top[1] >= settings.sureFactor * threshold &&
		(second?.[1] ?? 0) <= settings.runnerUpShare * top[1];
	const headline = ruleThemes({ title: '', body: doc.title }, rules).themes;
	const titled =
		headline.length === 1 && headline[0] !== undefined && tags.themes.includes(headline[0]);
	return titled ? headline[0] : clearLead ? (top[0] as ThemeId) : undefined;
}

/**
 * Reads the corpus once: the articles in `labels` with their text, and the rules' sure labels of
 * the others (at most `perThemeCap` per theme, in corpus order). The articles of `gold`
 * (corpus-gold) are never read into either: they come back apart, with the careful reader's labels,
 * so the caller decides whether they only judge or also train (in cross-validation). The articles
 * in `heldOut` (ids, lower case) are read into nothing: they only score a model afterwards.
 */
export async function readTrainingDocs(
	corpus: string,
	rules: ThemeConfig,
	training: ThemeTraining,
	labels: readonly ThemeLabel[],
	gold: ReadonlyMap<string, ThemeLabel>,
	heldOut: ReadonlySet<string> = new Set(),
): Promise<TrainingDocs> {
	const classes = rules.themes.map((t) => t.id);
	const byId = new Map(labels.map((l) => [l.id.toLowerCase(), l]));
	const perClass = new Array<number>(classes.length).fill(0);
	const weak: WeightedDoc[] = [];
	const weakDocs: { title: string; body: string }[] = [];
	const labelled: LabelledDoc[] = [];
	const goldDocs: LabelledDoc[] = [];
	let read = 0;
	for await (const row of readCorpus(corpus)) {
		read++;
		const id = corpusArticleId(row);
		if (heldOut.has(id)) continue;
		const { body } = ingestedText(row);
		const doc = { title: corpusHeadline(row, training.headlineLines), body };
		const reader = gold.get(id);
		if (reader) {
			const x = themeFeatures(doc, training.features);
			goldDocs.push({ id, doc, x, primary: reader.primary, themes: reader.themes });
			continue;
		}
		const label = byId.get(id);
		if (label) {
			const x = themeFeatures(doc, training.features);
			labelled.push({ id, doc, x, primary: label.primary, themes: label.themes });
			continue;
		}
		if (body.length < training.weakLabels.minChars) continue;
		const theme = weakLabel(doc, rules, training.weakLabels);
		if (theme === undefined) continue;
		const y = classes.indexOf(theme);
		if ((perClass[y] ?? 0) >= training.weakLabels.perThemeCap) continue;
		perClass[y] = (perClass[y] ?? 0) + 1;
		weak.push({ x: themeFeatures(doc, training.features), y, weight: 1 });
		weakDocs.push(doc);
	}
	return { weak, weakDocs, labelled, gold: goldDocs, read };
}

/**
 * The definition of a theme: the first sentence of its description. The sentences after it are
 * boundary rules that name other themes' subjects ("写村庄本身的归乡村振兴"), whose words would
 * teach the classifier the wrong way.
 */
export const themeDefinition = (description: string): string =>
	description.slice(0, description.indexOf('。') + 1 || undefined);

/**
 * The taxonomy itself as texts: one pseudo-document per theme and one per sub-theme (definition and
 * keywords), with the index of its theme.
 */
export function taxonomyTexts(
	rules: ThemeConfig,
): { doc: { title: string; body: string }; y: number }[] {
	return rules.themes.flatMap((theme, y) => {
		const definition = themeDefinition(theme.description);
		const words = [
			...theme.keywords.strong,
			...theme.keywords.medium,
			...theme.subThemes.flatMap((s) => [s.label, ...s.keywords]),
		];
		return [
			{ title: theme.label, body: `${definition}\n${words.join('，')}` },
			...theme.subThemes.map((s) => ({
				title: `${theme.label} ${s.label}`,
				body: `${definition}\n${s.keywords.join('，')}`,
			})),
		].map((doc) => ({ doc, y }));
	});
}

/**
 * The taxonomy's pseudo-documents ({@link taxonomyTexts}) as training texts, so that themes the
 * corpus rarely reports on still have their words.
 */
export function taxonomyDocs(rules: ThemeConfig, training: ThemeTraining): WeightedDoc[] {
	return taxonomyTexts(rules).map(({ doc, y }) => ({
		x: themeFeatures(doc, training.features),
		y,
		weight: training.seedWeight,
	}));
}
