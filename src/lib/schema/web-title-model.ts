import { z } from 'astro/zod';
import { WEB_TITLE_FEATURES } from '../ingest/web-title-features.ts';
import { TitleModelSchema } from './title-model.ts';
import { readTrainedModel } from './trained-model.ts';

/**
 * `search-config/web-title-model.json`: boosted regression trees that score each title-shaped line
 * over a web page's text as its title, written by `node scripts/train-web-title.ts --write` from
 * the synthetic web pages of every split but the held-out one.
 */
const WebTitleModelSchema = TitleModelSchema.extend({
	/** How many lines over the text, and how long a line, are candidates. */
	window: z.object({ lines: z.number().int().min(1), chars: z.number().int().min(4) }),
});
export type WebTitleModel = z.output<typeof WebTitleModelSchema>;

/**
 * Reads and validates the web title model; undefined when the file does not exist (the rules
 * alone then title web pages). An invalid file, or one trained on other features than the code
 * computes, throws an error naming the file and the reason.
 */
export function readWebTitleModel(path: string): WebTitleModel | undefined {
	return readTrainedModel(
		path,
		WebTitleModelSchema,
		WEB_TITLE_FEATURES,
		'scripts/train-web-title.ts --write',
	);
}
