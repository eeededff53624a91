import { z } from 'astro/zod';
import stopWords from '../../../search-config/slogan-stop-words.json' with { type: 'json' };
import { parseWithFriendlyErrors } from '../schema/friendly-errors.ts';

/** Shape of `search-config/slogan-stop-words.json`. */
const SloganStopWordsSchema = z.object({
	/** Quoted terms that are ordinary words (两会, 一刀切), measured by `scripts/measure-slogan-words.ts`. */
	words: z.array(z.string().min(1)),
});

let cached: ReadonlySet<string> | undefined;

/** The generic terms `extractSlogans` drops; throws naming the file and field when the file is invalid. */
export function sloganStopWords(): ReadonlySet<string> {
	cached ??= new Set(
		parseWithFriendlyErrors(
			SloganStopWordsSchema,
			stopWords,
			'search-config/slogan-stop-words.json',
		).words,
	);
	return cached;
}
