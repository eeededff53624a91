import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { searchConfigPath } from '../../config-path.ts';
import { parseWithFriendlyErrors } from '../../schema/friendly-errors.ts';

const attributes = z.array(z.string().min(1)).min(1);

/** `search-config/meilisearch.settings.json`: what the adapter sets on each index and sends with searches. */
const MeilisearchConfigSchema = z
	.object({
		$comment: z.string().optional(),
		/**
		 * Searched fields per collection, most important first (the `attribute` rule ranks by it).
		 * @see https://www.meilisearch.com/docs/reference/api/settings#searchable-attributes
		 */
		searchableAttributes: z.object({ articles: attributes, measures: attributes }).strict(),
		/** @see https://www.meilisearch.com/docs/reference/api/settings#filterable-attributes */
		filterableAttributes: attributes,
		/** @see https://www.meilisearch.com/docs/reference/api/settings#sortable-attributes */
		sortableAttributes: z.array(z.string().min(1)),
		/**
		 * `sort` first, so a requested date order is honoured before relevance (it does nothing when no
		 * sort is asked for). @see https://www.meilisearch.com/docs/learn/relevancy/ranking_rules
		 */
		rankingRules: attributes,
		/** Facet values returned per facet; above the ~2,800 counties. @see https://www.meilisearch.com/docs/reference/api/settings#faceting */
		maxValuesPerFacet: z.number().int().min(3000),
		/** Hits a search can page through, so totals are exact. @see https://www.meilisearch.com/docs/reference/api/settings#pagination */
		maxTotalHits: z.number().int().positive(),
		/** @see https://www.meilisearch.com/docs/reference/api/settings#proximity-precision */
		proximityPrecision: z.enum(['byWord', 'byAttribute']),
		/** What happens when not every query word matches. @see https://www.meilisearch.com/docs/reference/api/search#matching-strategy */
		matchingStrategy: z.enum(['all', 'last', 'frequency']),
		/** Share of the vector ranking in hybrid search (0 = keywords only). @see https://www.meilisearch.com/docs/reference/api/search#hybrid-search */
		semanticRatio: z.number().min(0).max(1),
		/** Client timeout of one HTTP request. */
		requestTimeoutMs: z.number().int().positive(),
		/** How long an index run waits for one task (settings, a batch of documents). */
		taskTimeoutMs: z.number().int().positive(),
		/** Documents per addDocuments request. */
		batchSize: z.number().int().positive(),
	})
	.strict();
export type MeilisearchConfig = z.output<typeof MeilisearchConfigSchema>;

/**
 * Reads and validates the adapter's configuration.
 * @throws {SchemaValidationError} naming the file and each wrong field.
 * @throws {SyntaxError} naming the file when it is not JSON.
 */
export function loadMeilisearchConfig(
	file = searchConfigPath('meilisearch.settings.json'),
): MeilisearchConfig {
	let data: unknown;
	try {
		data = JSON.parse(readFileSync(file, 'utf8'));
	} catch (error) {
		throw new SyntaxError(`\`${file}\` is not valid JSON: ${(error as Error).message}`, {
			cause: error,
		});
	}
	return parseWithFriendlyErrors(MeilisearchConfigSchema, data, file);
}
