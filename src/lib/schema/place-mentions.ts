import { z } from 'astro/zod';
import { searchConfigReader } from '../config-path.ts';

/** How place names are found among a paragraph's words (`mentions` in `place-context.json`). */
const MentionsSchema = z.object({
	/** Most words joined to find a name the segmenter cut apart (峄城 + 区; 东营市 河口 区). */
	maxJoin: z.number().int().min(1),
	/** Characters read on each side of a mention to tell its role (a venue, an organisation). */
	context: z.number().int().min(1),
});

/** Frequencies the jieba user dictionary gives division names (`userDictionary` in `place-context.json`). */
const UserDictionarySchema = z.object({
	/** Frequency of full division names (峄城区): high enough that jieba never cuts one in half. */
	fullNameFrequency: z.number().int().min(1),
	/** Frequency of short forms (峄城): enough to beat two single characters, low enough not to eat neighbours (全市中小学). */
	shortNameFrequency: z.number().int().min(1),
});

/** The place-name finding settings of `search-config/place-context.json` (its other fields have their own readers). */
export const PlaceMentionsSchema = z.object({
	mentions: MentionsSchema,
	userDictionary: UserDictionarySchema,
});
export type PlaceMentions = z.output<typeof PlaceMentionsSchema>;

/**
 * The place-name finding settings of `search-config/place-context.json`, read once per process.
 * @throws {SchemaValidationError} naming the file and every bad field.
 */
export const readPlaceMentions = searchConfigReader(PlaceMentionsSchema, 'place-context.json');
