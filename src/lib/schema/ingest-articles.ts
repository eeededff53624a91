import { z } from 'astro/zod';
import { Count, Share } from './config-numbers.ts';
import { searchConfigReader } from '../config-path.ts';

/** Where a page is cut into articles, and which pieces are kept as articles. */
const SplittingSchema = z.object({
	/** Fewest Han characters of a brief's first paragraph in a round-up (`国内联播快讯`). */
	minBriefHan: Count,
	/** Most lines a labelled box under a headline (`核心阅读`, `内容提要`) holds besides its label. */
	maxBoxLines: Count,
	/** Most lines of a broadcast's box (an editors' note, a 导语) between its title and its lead. */
	maxBroadcastBoxLines: Count,
	/** Longest headline a broadcast prints over its lead, in characters. */
	maxBroadcastHeadline: Count,
	/** Longest line read as a title in a page's list of its stories, in characters. */
	maxContentsTitle: Count,
	/** Fewest titles such a list has: one repeated line may be a headline printed twice. */
	minContentsTitles: Count,
	/**
	 * Most titles of a page's list whose headlines below each open a story: a page prints a handful
	 * of stories; a longer list is a document's chapters.
	 */
	maxListedStories: Count.default(10),
	/** Fewest Han characters a news item's body needs to be kept. */
	minBodyHan: Count,
	/** Share of a web page's text its story must hold: less means the page carries several stories. */
	minStoryShare: Share,
	/** Fewest Han characters a story extracted from HTML must hold to be trusted over the whole page. */
	minReadableStoryHan: Count,
	/** Fewest Han characters of a line that is no letter's signature or date (`习近平` / `2019年10月6日`). */
	minLetterTextHan: Count,
	/** Longest line between a byline and the lead read as a column label, in characters. */
	maxColumnLabel: Count,
});

/** When a dateline met after a story's text continues that story instead of opening a new item. */
const DatelinesSchema = z.object({
	/** Most paragraphs of a 提要 under a headline. */
	maxSummaryLines: Count,
	/** Share of a 提要's bigrams the story below restates for the dateline to open no new item. */
	summaryRestated: Share,
	/** Lines read below a dateline for a 提要's restatement: a story's first screenful. */
	restatementLines: Count,
	/** Share of a story's headline bigrams a second dispatch's lead repeats when it is one of its dispatches. */
	dispatchAnswers: Share,
	/** Fewest Han characters of a headline line a dispatch's lead can answer (no bare column name). */
	minAnsweredHan: Count,
});

/** How near-duplicate articles are found (MinHash signatures, LSH bands). */
const DedupeSchema = z
	.object({
		/** Bins in a text's MinHash signature. */
		hashes: Count,
		/** LSH bands; `hashes` / `bands` rows each (32 × 4 finds pairs above ~0.5 Jaccard with probability > 0.98). */
		bands: Count,
		/** Characters of a shingle. */
		shingle: Count,
		/** Texts shorter than this, in characters (captions, one-liners), are never called duplicates. */
		minChars: Count,
	})
	.refine((d) => d.hashes % d.bands === 0, {
		message: '`hashes` must be a multiple of `bands`',
		path: ['bands'],
	});

/** How a `.txt` file is told to be HTML, and GB18030 from UTF-8 (`decode.ts`). */
const SniffingSchema = z.object({
	/** Characters from the start searched for `<!doctype html` or `<html`. */
	declarationChars: Count,
	/** Characters from the start in which HTML tags are counted. */
	tagChars: Count,
	/** Fewest tags there (`<p>`, `<div>`, `<br>`…) that make the file HTML. */
	minTags: Count,
	/** chardet's confidence (0–100) in a GB encoding above which the bytes are tried as GB18030. */
	minGbConfidence: z.number().min(0).max(100),
});

/** `search-config/ingest-articles.json`: the lengths, counts and shares that cut and keep articles. */
export const IngestArticlesSchema = z.object({
	$comment: z.string().optional(),
	splitting: SplittingSchema,
	datelines: DatelinesSchema,
	dedupe: DedupeSchema,
	sniffing: SniffingSchema,
});
export type IngestArticles = z.output<typeof IngestArticlesSchema>;

/**
 * The thresholds of `search-config/ingest-articles.json`, read once per process (each stage copies
 * its values into module constants when it loads).
 * @throws {SchemaValidationError} naming the file and every bad field.
 */
export const readIngestArticles = searchConfigReader(IngestArticlesSchema, 'ingest-articles.json');
