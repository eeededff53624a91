import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { Share } from './config-numbers.ts';
import { parseWithFriendlyErrors } from './friendly-errors.ts';

/**
 * `search-config/epaper-stories.json`: when a headline met after running text opens a story of
 * its own on a page known to hold several (an e-paper page under its masthead), though no
 * dateline or byline follows it. Shares are of Han-character bigrams.
 */
export const EpaperStoriesSchema = z.object({
	$comment: z.string().optional(),
	/** Fewest of the headline's bigrams the text under it must repeat (it answers the headline). */
	headInNext: Share,
	/** Most of the headline's bigrams the story above may hold. */
	headInStory: Share,
	/** Most of the next paragraphs' bigrams the story above may hold (the text turns away). */
	continuity: Share,
	/** Characters of the text under the headline read for `continuity`. */
	nextChars: z.number().int().positive(),
	/**
	 * Story-model probability above which a headline over plain text opens a story though the
	 * page's stories open with datelines (a feature after a dated brief); absent: never.
	 */
	partsThreshold: Share.optional(),
});
export type EpaperStories = z.output<typeof EpaperStoriesSchema>;

/**
 * Reads the e-paper story settings; undefined when the file does not exist (headlines without a
 * dateline are then left to the story model). An unreadable or invalid file throws an error
 * naming the file and the reason.
 */
export function readEpaperStories(path: string): EpaperStories | undefined {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw new Error(`cannot read ${path}: ${(error as Error).message}`, { cause: error });
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		throw new Error(
			`${path} is not valid JSON: ${(error as Error).message}; fix or restore it from git.`,
			{
				cause: error,
			},
		);
	}
	return parseWithFriendlyErrors(EpaperStoriesSchema, json, `search-config → ${path}`);
}
