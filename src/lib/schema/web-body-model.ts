import { z } from 'astro/zod';
import { WEB_BODY_FEATURES } from '../ingest/web-body-features.ts';
import { readTrainedModel, TrainedTreesSchema } from './trained-model.ts';

/** How many lines above an item's first kept paragraph and under its last the model reads. */
export const WebBodyWindowSchema = z.object({
	before: z.number().int().min(0),
	after: z.number().int().min(0),
});

/**
 * `search-config/web-body-model.json`: boosted regression trees that score each line around a web
 * page item's text as the article's, written by `node scripts/train-web-body.ts --write` from the
 * synthetic web pages of every development split.
 */
const WebBodyModelSchema = TrainedTreesSchema.extend({
	/** Log-odds under which a paragraph the rules kept goes. */
	dropBelow: z.number(),
	/** Log-odds over which a line the rules dropped comes back. */
	addAbove: z.number(),
	window: WebBodyWindowSchema,
});
export type WebBodyModel = z.output<typeof WebBodyModelSchema>;

/**
 * Reads and validates the web body model; undefined when the file does not exist (the rules alone
 * then keep a web page's lines). An invalid file, or one trained on other features than the code
 * computes, throws an error naming the file and the reason.
 */
export function readWebBodyModel(path: string): WebBodyModel | undefined {
	return readTrainedModel(
		path,
		WebBodyModelSchema,
		WEB_BODY_FEATURES,
		'scripts/train-web-body.ts --write',
	);
}
