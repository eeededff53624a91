import { existsSync } from 'node:fs';
import { z } from 'astro/zod';
import { parseWithFriendlyErrors, readJsonFile } from './friendly-errors.ts';

/** One node of a boosted regression tree (`src/lib/nlp/boosted-trees.ts`): a split or a leaf. */
export const TreeNodeSchema = z.union([
	z.object({ f: z.number().int().min(0), t: z.number(), l: z.number().int(), r: z.number().int() }),
	z.object({ v: z.number() }),
]);

/**
 * What every boosted-tree model file a training script writes holds: the features in the order the
 * trees index them (they must be the ones the code computes), the trees, and the training run's
 * record. Each model adds the settings of how its scores are used.
 */
export const TrainedTreesSchema = z.object({
	$comment: z.string().optional(),
	/** Feature names in the order the trees index them; they must be the ones the code computes. */
	features: z.array(z.string()).min(1),
	boosted: z.object({ base: z.number(), trees: z.array(z.array(TreeNodeSchema)) }),
	/** What the training run measured, for the record. */
	training: z.record(z.string(), z.union([z.number(), z.string()])).optional(),
});

/** How a training script grows boosted trees (its settings file's `boost`). */
export const BoostSettingsSchema = z.object({
	trees: z.number().int().min(1),
	depth: z.number().int().min(1).max(8),
	rate: z.number().gt(0).max(1),
	lambda: z.number().min(0),
	minChild: z.number().min(0),
	bins: z.number().int().min(2).max(255),
});

/**
 * Reads and validates a model a training script wrote; undefined when the file does not exist
 * (the rules alone then decide). An invalid file, or one trained on other features than the code
 * computes, throws an error naming the file, the reason and the script to run.
 */
export function readTrainedModel<S extends z.ZodType<{ features: string[] }>>(
	path: string,
	schema: S,
	features: readonly string[],
	trainer: string,
): z.output<S> | undefined {
	if (!existsSync(path)) return undefined;
	const model = parseWithFriendlyErrors(schema, readJsonFile(path), `search-config → ${path}`);
	if (model.features.join(',') !== features.join(','))
		throw new Error(
			`${path} was trained on other features than the code computes; run node ${trainer} again.`,
		);
	return model;
}
