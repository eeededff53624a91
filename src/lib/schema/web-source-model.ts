import type { z } from 'astro/zod';
import { WEB_SOURCE_FEATURES } from '../ingest/web-source-features.ts';
import { TitleModelSchema } from './title-model.ts';
import { readTrainedModel } from './trained-model.ts';

/**
 * `search-config/web-source-model.json`: boosted regression trees that score each name a web page
 * offers as an item's source (and "none"), written by `node scripts/train-web-source.ts --write`
 * from the synthetic web pages of every split but the held-out one; the same fields as a title
 * model (features, trees, margin, keepAbove, the training run's record).
 */
const WebSourceModelSchema = TitleModelSchema;
export type WebSourceModel = z.output<typeof WebSourceModelSchema>;

/**
 * Reads and validates the web source model; undefined when the file does not exist (the rules alone
 * then name web pages' sources). An invalid file, or one trained on other features than the code
 * computes, throws an error naming the file and the reason.
 */
export function readWebSourceModel(path: string): WebSourceModel | undefined {
	return readTrainedModel(
		path,
		WebSourceModelSchema,
		WEB_SOURCE_FEATURES,
		'scripts/train-web-source.ts --write',
	);
}
