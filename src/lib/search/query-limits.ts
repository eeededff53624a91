import { z } from 'astro/zod';
import { Count } from '../schema/config-numbers.ts';

/** How much of a query, a document or the index one search reads (`ranking.json`'s `limits`). */
export const QueryLimitsSchema = z.object({
	/** Terms a lexical "more like this" query of the embedded engine keeps (`embedded-similar.ts`). */
	similarTerms: Count,
	/**
	 * Words a Meilisearch "more like this" query keeps: Meilisearch reads only a query's first 10
	 * words, and charabia may cut ours a little finer (`meilisearch/similar.ts`).
	 */
	meilisearchQueryWords: Count,
	/** Characters of an article's measures (or body) a Meilisearch "more like this" query reads its words from. */
	meilisearchSimilarChars: Count,
	/** Occurrences counted per query unit and field at most: enough for BM25's saturation (`rescore.ts`). */
	maxCount: Count,
	/** Occurrences per query unit whose positions the proximity measure considers (`rescore.ts`). */
	maxPositions: Count,
	/** Document frequencies a collection keeps in memory before it starts over (`embedded-caches.ts`). */
	dfCacheEntries: Count,
	/** Region and theme filters whose rows a collection keeps as bitmaps (`filter-bits.ts`). */
	filterBitmaps: Count,
	/** Characters of original text a hit's snippet shows (`search-hit.ts`). */
	snippetChars: Count,
});
