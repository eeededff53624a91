import { z } from 'astro/zod';
import { TITLE_FEATURES } from '../ingest/title-features.ts';
import { readTrainedModel, TrainedTreesSchema } from './trained-model.ts';

/**
 * `search-config/title-model.json`: boosted regression trees that score each line of a headline
 * block as the title, written by `node scripts/train-title-model.ts` from 人民日报 pages of 2019
 * rebuilt from the shared corpus.
 */
export const TitleModelSchema = TrainedTreesSchema.extend({
	/**
	 * Log-odds by which the model's best line must beat the line the rules chose before it
	 * replaces the rules' reading; 0 lets the model decide every block.
	 */
	margin: z.number().min(0),
	/**
	 * Log-odds the model must give the rules' own line for it to be kept whatever the others
	 * score: a line the model finds likely enough right stays the title.
	 */
	keepAbove: z.number(),
});
export type TitleModel = z.output<typeof TitleModelSchema>;

/**
 * Reads and validates the title model; undefined when the file does not exist (the rules alone
 * then read headlines). An invalid file, or one trained on other features than the code
 * computes, throws an error naming the file and the reason.
 */
export function readTitleModel(path: string): TitleModel | undefined {
	return readTrainedModel(path, TitleModelSchema, TITLE_FEATURES, 'scripts/train-title-model.ts');
}
