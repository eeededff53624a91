import type { APIRoute } from 'astro';
import { getBackend } from '../../lib/site/backend.ts';
import { parseSearchState, toSearchParams } from '../../lib/site/url-state.ts';
import { jsonError } from '../../lib/site/json-response.ts';
import { allMatches, exportStream } from '../../lib/site/export-rows.ts';
import { parseExportFormat } from '../../lib/site/api-params.ts';

/**
 * GET /api/export?format=csv|json&…search parameters: every matching row (not just one page),
 * streamed batch by batch as a download.
 */
export const GET: APIRoute = async ({ url }) => {
	try {
		const format = parseExportFormat(url.searchParams);
		const state = parseSearchState(url.searchParams);
		const backend = await getBackend();
		const docs = allMatches(backend, state.collection, toSearchParams(state));
		const stamp = new Date().toISOString().slice(0, 10);
		return new Response(exportStream(docs, state.collection, format, url.origin), {
			headers: {
				'content-type':
					format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
				'content-disposition': `attachment; filename="jucuo-${state.collection}-${stamp}.${format}"`,
				'cache-control': 'no-store',
			},
		});
	} catch (error) {
		return jsonError(error);
	}
};
