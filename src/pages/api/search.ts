import type { APIRoute } from 'astro';
import { getBackend } from '../../lib/site/backend.ts';
import { parseSearchState, toSearchParams } from '../../lib/site/url-state.ts';
import { json, jsonError } from '../../lib/site/json-response.ts';
import { parseFacetNames } from '../../lib/site/api-params.ts';

/** GET /api/search: the same query string as /search; returns the engine-neutral SearchResult. */
export const GET: APIRoute = async ({ url }) => {
	try {
		const state = parseSearchState(url.searchParams);
		const facets = parseFacetNames(url.searchParams, []);
		const backend = await getBackend();
		const result = await backend.search(state.collection, toSearchParams(state, facets));
		return json({ collection: state.collection, query: state.q, ...result });
	} catch (error) {
		return jsonError(error);
	}
};
