import { z } from 'astro/zod';
import { STORY_FEATURES } from '../ingest/story-features.ts';
import { readTrainedModel, TreeNodeSchema } from './trained-model.ts';

/**
 * `search-config/story-model.json`: a model (boosted trees, or a logistic fit) that says whether
 * a headline line starts a new story, written by `node scripts/train-story-model.ts` from 人民日报 pages of 2019 rebuilt from
 * the shared corpus.
 */
const StoryModelSchema = z
	.object({
		$comment: z.string().optional(),
		/** Feature names in the order of `weights`; they must be the ones the code computes. */
		features: z.array(z.string()).min(1),
		/** A logistic model: one weight per feature. */
		weights: z.array(z.number()).optional(),
		bias: z.number().optional(),
		/** Or boosted regression trees over the same features (`src/lib/nlp/boosted-trees.ts`). */
		boosted: z
			.object({
				base: z.number(),
				trees: z.array(z.array(TreeNodeSchema)),
			})
			.optional(),
		/** Probability above which a headline line starts a story. */
		threshold: z.number().gt(0).lt(1),
		/**
		 * The same on a page with fewer than two datelines or bylines, which may be one article with
		 * section headings (a web page); `threshold` when absent.
		 */
		singleStoryThreshold: z.number().gt(0).lt(1).optional(),
		/** What the training run measured, for the record. */
		training: z.record(z.string(), z.union([z.number(), z.string()])).optional(),
	})
	.refine(
		(m) =>
			m.boosted !== undefined || (m.bias !== undefined && m.weights?.length === m.features.length),
		{ message: 'give `boosted` trees, or `bias` and one weight per feature' },
	);
export type StoryModel = z.output<typeof StoryModelSchema>;

/**
 * Reads and validates the story-start model; undefined when the file does not exist (the page
 * grammar's rules alone then split). An invalid file, or one trained on other features than the
 * code computes, throws an error naming the file and the reason.
 */
export function readStoryModel(path: string): StoryModel | undefined {
	return readTrainedModel(path, StoryModelSchema, STORY_FEATURES, 'scripts/train-story-model.ts');
}
