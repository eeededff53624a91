import type { z } from 'astro/zod';
import { WEB_DATE_FEATURES } from '../ingest/web-date-features.ts';
import { TitleModelSchema } from './title-model.ts';
import { readTrainedModel } from './trained-model.ts';

/**
 * `search-config/web-date-model.json`: boosted regression trees that score each full date a web
 * page prints as an item's date, written by `node scripts/train-web-date.ts --write` from the
 * synthetic web pages of every split but the held-out one; the same fields as a title model
 * (features, trees, margin, keepAbove, the training run's record).
 */
const WebDateModelSchema = TitleModelSchema;
export type WebDateModel = z.output<typeof WebDateModelSchema>;

/**
 * Reads and validates the web date model; undefined when the file does not exist (the rules alone
 * then date web pages). An invalid file, or one trained on other features than the code computes,
 * throws an error naming the file and the reason.
 */
export function readWebDateModel(path: string): WebDateModel | undefined {
	return readTrainedModel(
		path,
		WebDateModelSchema,
		WEB_DATE_FEATURES,
		'scripts/train-web-date.ts --write',
	);
}
