import type { APIRoute } from 'astro';
import { getBackend } from '../../lib/site/backend.ts';
import { parseSearchState, toSearchParams } from '../../lib/site/url-state.ts';
import { json, jsonError } from '../../lib/site/json-response.ts';
import { parseFacetNames } from '../../lib/site/api-params.ts';
import { FACET_NAMES } from '../../lib/search/types.ts';

/** GET /api/facets: counts per facet value over the whole matching set (no hits). */
export const GET: APIRoute = async ({ url }) => {
	try {
		const state = parseSearchState(url.searchParams);
		const facets = parseFacetNames(url.searchParams, [...FACET_NAMES]);
		const backend = await getBackend();
		const result = await backend.search(state.collection, {
			...toSearchParams(state, facets),
			page: 1,
			hitsPerPage: 1,
		});
		return json({
			collection: state.collection,
			query: state.q,
			total: result.total,
			facets: result.facets,
			tookMs: result.tookMs,
		});
	} catch (error) {
		return jsonError(error);
	}
};
