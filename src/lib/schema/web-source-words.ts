import { z } from 'astro/zod';
import words from '../../../search-config/web-source-words.json' with { type: 'json' };
import { parseWithFriendlyErrors } from './friendly-errors.ts';

const Words = z.array(z.string().min(1)).min(1);

/** `search-config/web-source-words.json`: the furniture words the learned web source choice reads. */
export const WebSourceWordsSchema = z.object({
	$comment: z.string().optional(),
	/** Keys of a site's owner or operator (`主办单位：`, `承办：`): the site's body, not the text's source. */
	sponsorKeys: Words,
	/** Marks of a copyright notice (`版权所有`, `©`): the body after or before them owns the site. */
	copyrightMarks: Words,
});
export type WebSourceWords = z.output<typeof WebSourceWordsSchema>;

/** The shipped words, validated on load. */
export const WEB_SOURCE_WORDS: WebSourceWords = parseWithFriendlyErrors(
	WebSourceWordsSchema,
	words,
	'search-config → web-source-words.json',
);
