import type { FederatedMultiSearchParams, Meilisearch } from 'meilisearch';
import type { MeilisearchConfig } from './config.ts';
import type { Stored } from './documents.ts';

/** One instance of a sharded deployment, as the `network` setting names it. */
export interface Shard {
	/** Name in the network (e.g. `ms-0`). */
	name: string;
	url: string;
	/** A key that may search that instance (never the master key in production). */
	searchApiKey: string;
}

/**
 * Declares the network on one instance: which of the shards it is and where the others are.
 * Uses Meilisearch's experimental `network` feature (v1.13+; remote federated search, which
 * Meilisearch's documentation files under its Enterprise Edition for production use).
 */
export async function joinNetwork(client: Meilisearch, self: string, shards: Shard[]) {
	await client.updateExperimentalFeatures({ network: true });
	await client.updateNetwork({
		self,
		remotes: Object.fromEntries(
			shards.map((s) => [s.name, { url: s.url, searchApiKey: s.searchApiKey }]),
		),
	});
}

/** A search over the same index on every shard, merged by Meilisearch into one ranked answer. */
interface ShardSearch {
	indexUid: string;
	q: string;
	filter?: string[];
	/** Attributes whose counts are merged across the shards. */
	facets?: string[];
	limit: number;
}

/** The federated multi-search request for `search`: one query per shard, facets merged. */
function shardSearchRequest(
	search: ShardSearch,
	shards: readonly Shard[],
	config: Pick<MeilisearchConfig, 'matchingStrategy' | 'maxValuesPerFacet'>,
): FederatedMultiSearchParams {
	return {
		federation: {
			limit: search.limit,
			...(search.facets?.length
				? {
						facetsByIndex: { [search.indexUid]: search.facets },
						mergeFacets: { maxValuesPerFacet: config.maxValuesPerFacet },
					}
				: {}),
		},
		queries: shards.map((shard) => ({
			indexUid: search.indexUid,
			q: search.q,
			...(search.filter ? { filter: search.filter } : {}),
			locales: ['cmn'],
			matchingStrategy: config.matchingStrategy,
			showRankingScore: true,
			federationOptions: { weight: 1, remote: shard.name },
		})),
	};
}

/** Runs a sharded search from any instance of the network. */
export async function searchShards(
	client: Meilisearch,
	search: ShardSearch,
	shards: readonly Shard[],
	config: Pick<MeilisearchConfig, 'matchingStrategy' | 'maxValuesPerFacet'>,
) {
	return client.multiSearch<FederatedMultiSearchParams, Stored>(
		shardSearchRequest(search, shards, config),
	);
}
