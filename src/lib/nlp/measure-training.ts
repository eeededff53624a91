import { z } from 'astro/zod';
import { parseWithFriendlyErrors, readJsonFile } from '../schema/friendly-errors.ts';

/** `search-config/measure-training.json`: how `scripts/train-measures.ts` builds the measure model. */
const MeasureTrainingSchema = z.object({
	/** Judged clause sets to train on (files under the project root) and which halves of each. */
	sets: z
		.array(
			z.object({
				/** A judgments file, e.g. `eval/measure-judgments-train.json`. */
				file: z.string().min(1),
				/** Its halves to train on; never a half that reports a held-out score. */
				halves: z.array(z.enum(['tune', 'report'])).min(1),
			}),
		)
		.min(1),
	/** Folds of the cross-validation, by article: all clauses of an article fall in one fold. */
	folds: z.number().int().min(3),
	/** Bigrams are hashed into `2 ** hashBits` buckets. */
	hashBits: z.number().int().min(8).max(20),
	/** Length of a clause's bigram block against a signal's value of 1. */
	bigramWeight: z.number().nonnegative(),
	/** How much a measure counts against a clause that is not one (class balance). */
	measureWeight: z.number().positive(),
	/** Stochastic gradient descent. */
	sgd: z.object({
		/** Passes over the examples. */
		epochs: z.number().int().positive(),
		/** Step size at the first epoch. */
		learningRate: z.number().positive(),
		/** L2 penalty on the weights an example touches. */
		l2: z.number().nonnegative(),
		/** Seed of the shuffling. */
		seed: z.number().int(),
	}),
	/**
	 * The threshold maximises F1 over out-of-fold probabilities among those whose precision is at
	 * least `precisionOverRecall` times the recall (the product favours precision over recall).
	 */
	precisionOverRecall: z.number().positive(),
});
export type MeasureTraining = z.output<typeof MeasureTrainingSchema>;

/**
 * Reads and validates the training settings.
 * @throws {SchemaValidationError} naming the file and every problem.
 */
export function readMeasureTraining(path: string): MeasureTraining {
	return parseWithFriendlyErrors(MeasureTrainingSchema, readJsonFile(path), path);
}
