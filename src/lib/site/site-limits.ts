import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { searchConfigPath } from '../config-path.ts';
import { parseWithFriendlyErrors } from '../schema/friendly-errors.ts';

/** `search-config/site-limits.json`: what one request may cost the server. */
export const SiteLimitsSchema = z.object({
	/** Exports streaming at once in one server process; more answer 503. */
	maxConcurrentExports: z.number().int().min(1).max(64),
	/** Rows fetched from the backend per batch while exporting. */
	exportBatch: z.number().int().min(10).max(5000),
	/** Seconds a refused export is told to wait (Retry-After). */
	retryAfterSeconds: z.number().int().min(1).max(3600),
	/**
	 * Candidates fetched per similar measure shown, so "elsewhere" can spread them across
	 * provinces (more spreads wider and costs more); 1 keeps the plain ranking.
	 */
	similarCandidatesPerHit: z.number().int().min(1).max(20).default(4),
	/**
	 * Least milliseconds between two checks (one `lstat`) of whether `npm run index` switched the
	 * live index; a server process reopens it then.
	 */
	indexSwitchCheckMs: z.number().int().min(0).max(60_000).default(250),
	/** What one query may ask for; beyond it a search answers 400 (the CLI exits 2) naming the limit. */
	query: z
		.object({
			/** Characters of the query text. */
			maxChars: z.number().int().min(10).max(2000),
			/** Words, phrases and prefixes together. */
			maxTerms: z.number().int().min(1).max(200),
			/** "Quoted phrases" (each one is checked against the stored text of every candidate). */
			maxPhrases: z.number().int().min(0).max(100),
		})
		.default({ maxChars: 200, maxTerms: 32, maxPhrases: 8 }),
	/**
	 * Admission control of one server process (`npm run serve`): searches running at once, and
	 * waiting beyond them; one more answers 503 at once with Retry-After `shedRetryAfterSeconds`.
	 * Searches run on the event loop (node:sqlite is synchronous), so a few at once is enough.
	 */
	searchesInFlight: z.number().int().min(1).max(1000).default(4),
	searchQueue: z.number().int().min(0).max(10_000).default(64),
	/** Milliseconds a queued search may wait for its turn; past it, it answers 503 when its turn comes. */
	searchMaxWaitMs: z.number().int().min(1).max(60_000).default(500),
	shedRetryAfterSeconds: z.number().int().min(1).max(3600).default(1),
});
export type SiteLimits = z.output<typeof SiteLimitsSchema>;

let cached: SiteLimits | undefined;

/** The site's limits, read once per process. */
export function siteLimits(): SiteLimits {
	cached ??= parseWithFriendlyErrors(
		SiteLimitsSchema,
		JSON.parse(readFileSync(searchConfigPath('site-limits.json'), 'utf8')),
		'search-config → site-limits.json',
	);
	return cached;
}
