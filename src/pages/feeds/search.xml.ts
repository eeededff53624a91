import type { APIRoute } from 'astro';
import { getBackend } from '../../lib/site/backend.ts';
import { jsonError } from '../../lib/site/json-response.ts';
import { parseSearchState, toQueryString, toSearchParams } from '../../lib/site/url-state.ts';
import { atomResponse, buildFeed } from '../../lib/site/feed-entries.ts';
import { renderAtom } from '../../lib/site/atom.ts';
import { quoteQuery } from '../../lib/site/format.ts';

/**
 * GET /feeds/search.xml?…the parameters of /search: an Atom feed of the newest articles and
 * measures matching that search (its sort and page are ignored: a feed is always newest first).
 */
export const GET: APIRoute = async ({ url }) => {
	try {
		const state = parseSearchState(url.searchParams);
		const query = toQueryString(state, { page: 1 });
		const { filters = {} } = toSearchParams(state);
		const feed = await buildFeed(
			await getBackend(),
			{ q: state.q, filters },
			{
				title: `举措库 · 检索${state.q ? ` ${quoteQuery(state.q)}` : '全部'}`,
				subtitle: '符合该检索条件的最新文章和举措',
				pageUrl: `${url.origin}/search${query ? `?${query}` : ''}`,
				selfUrl: `${url.origin}/feeds/search.xml${query ? `?${query}` : ''}`,
			},
			url.origin,
		);
		return atomResponse(renderAtom(feed));
	} catch (error) {
		return jsonError(error);
	}
};
