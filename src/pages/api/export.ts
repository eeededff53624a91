import type { APIRoute } from 'astro';
import { getBackend } from '../../lib/site/backend.ts';
import { parseSearchState, toSearchParams } from '../../lib/site/url-state.ts';
import { json, jsonError } from '../../lib/site/json-response.ts';
import { allMatches, exportStream } from '../../lib/site/export-rows.ts';
import { parseExportFormat } from '../../lib/site/api-params.ts';
import { createAdmission } from '../../lib/site/admission.ts';
import { siteLimits } from '../../lib/site/site-limits.ts';

// Exports run at once up to the limit, none waits: one more is refused.
const exports = createAdmission(siteLimits().maxConcurrentExports, 0);

/**
 * GET /api/export?format=csv|json&…search parameters: every matching row (not just one page),
 * streamed batch by batch as a download. At most `maxConcurrentExports` (search-config/site-limits.json)
 * run at once, more answer 503 with Retry-After; an export stops fetching when its client goes away.
 */
export const GET: APIRoute = async ({ url, request }) => {
	let release: (() => void) | null = null;
	try {
		const format = parseExportFormat(url.searchParams);
		const state = parseSearchState(url.searchParams);
		const ticket = exports.enter();
		release = ticket && (() => ticket.release());
		if (!release) {
			const { retryAfterSeconds } = siteLimits();
			const busy = json(
				{
					error: {
						status: 503,
						title: '导出繁忙',
						reason: `同时进行的导出已达上限,请${retryAfterSeconds}秒后再试。`,
					},
				},
				503,
			);
			busy.headers.set('retry-after', String(retryAfterSeconds));
			return busy;
		}
		const backend = await getBackend();
		const docs = allMatches(
			backend,
			state.collection,
			toSearchParams(state),
			siteLimits().exportBatch,
		);
		const stamp = new Date().toISOString().slice(0, 10);
		const body = exportStream(docs, state.collection, format, url.origin, {
			signal: request.signal,
			onDone: release,
		});
		release = null;
		return new Response(body, {
			headers: {
				'content-type':
					format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
				'content-disposition': `attachment; filename="jucuo-${state.collection}-${stamp}.${format}"`,
				'cache-control': 'no-store',
			},
		});
	} catch (error) {
		release?.();
		return jsonError(error);
	}
};
