import { z } from 'astro/zod';
import { parseWithFriendlyErrors, readJsonFile } from './friendly-errors.ts';

/**
 * How the theme classifier turns a text into bigram features (`FeatureSettings`): set in
 * theme-training.json and stored in theme-model.json, so inference reads texts as training did.
 */
export const ThemeFeatureSettingsSchema = z.object({
	/** Length of the headline's block of features against the body's. */
	titleWeight: z.number().nonnegative(),
	/** How much of the body is read. */
	maxChars: z.number().int().positive(),
	/** Length of the lead whose bigrams count extra. */
	leadChars: z.number().int().nonnegative(),
	/** How many more times a lead bigram counts. */
	leadWeight: z.number().nonnegative(),
	/** How many more times a bigram of a sentence reporting an action counts (absent: 0). */
	actionWeight: z.number().nonnegative().optional(),
});

/** `search-config/theme-training.json`: how `scripts/train-themes.ts` builds the theme classifier. */
const ThemeTrainingSchema = z
	.object({
		/** How texts become features (stored in the model, so inference reads them alike). */
		features: ThemeFeatureSettingsSchema,
		/** When the keyword rules' verdict on a corpus article is trusted as a label. */
		weakLabels: z.object({
			/** The top rule score must reach this many times the tagger's own threshold … */
			sureFactor: z.number().positive(),
			/** … with the runner-up at most this share of it (or a headline naming one theme). */
			runnerUpShare: z.number().min(0).max(1),
			/** Most articles kept per theme, in corpus order. */
			perThemeCap: z.number().int().positive(),
			/** Texts shorter than this are not used. */
			minChars: z.number().int().nonnegative(),
			/** How much a weak label counts (after class balancing) against a person's label. */
			weight: z.number().nonnegative(),
		}),
		/** Corpus articles labelled blind by people (`eval/theme-labels.json`), never corpus-gold. */
		labels: z.object({
			/** The label file, relative to the project root. */
			file: z.string().min(1),
			/** How much an article's primary label counts. */
			weight: z.number().nonnegative(),
			/** Share of `weight` for each further theme of its set. */
			secondaryWeight: z.number().min(0).max(1),
			/** Folds of the cross-validation that fits the fusion knobs and reports accuracy. */
			folds: z.number().int().min(3),
			/**
			 * Label files kept for scoring only (`npm run eval:theme-labels`): their articles are
			 * never trained on, not even as the rules' weak labels.
			 */
			heldOut: z.array(z.string().min(1)).default([]),
		}),
		/**
		 * The careful reader's labels (../shared/dev/corpus-gold.json): how much a gold article's
		 * primary label counts in the shipped model (0: gold only judges). `--gold-cv` scores the
		 * procedure on gold articles left out; a model trained on all of them is in sample on gold.
		 */
		gold: z.object({ weight: z.number().nonnegative() }),
		/**
		 * How many of a corpus article's headline lines (引题, 主题, 副题, as printed) the classifier
		 * reads as its headline, each without its column tag: 1 is the main title alone; more reads
		 * the headline as ingest reads it from a page (kicker, title and subtitle).
		 */
		headlineLines: z.number().int().positive().default(1),
		/** Weight of each pseudo-document made from the taxonomy (theme and sub-theme). */
		seedWeight: z.number().positive(),
		/**
		 * Share of the trained model's class prior divided out (0: none, 1: all): each bias is
		 * lowered by this times the log of the class's mean probability over the people's
		 * articles it trained on (tools/lib/theme-prior.ts).
		 */
		priorCorrection: z.number().min(0).max(1).default(0),
		/** Class balance: a rare theme's articles count at most this many times more. */
		maxBoost: z.number().positive(),
		/** A bigram must occur in this many training texts. */
		minDocFreq: z.number().int().positive(),
		/** Bigrams kept in the model file, strongest first. */
		keepBigrams: z.number().int().positive(),
		/** Stochastic gradient descent. */
		sgd: z.object({
			epochs: z.number().int().positive(),
			learningRate: z.number().positive(),
			l2: z.number().nonnegative(),
			seed: z.number().int(),
		}),
	})
	.strict();
export type ThemeTraining = z.output<typeof ThemeTrainingSchema>;

/**
 * Reads and validates the training settings.
 * @throws {SchemaValidationError} naming the file and every bad field.
 */
export function readThemeTraining(path: string): ThemeTraining {
	return parseWithFriendlyErrors(ThemeTrainingSchema, readJsonFile(path), path);
}
