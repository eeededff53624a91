import type { APIRoute } from 'astro';
import { getBackend } from '../../../lib/site/backend.ts';
import { jsonError } from '../../../lib/site/json-response.ts';
import { BadRequestError, NotFoundError } from '../../../lib/errors.ts';
import { parseExportFormat } from '../../../lib/site/api-params.ts';
import { parseMatrixParams, loadMatrix } from '../../../lib/site/matrix.ts';
import { parseCompareState } from '../../../lib/site/compare-state.ts';
import { loadComparison } from '../../../lib/site/compare.ts';
import { sloganUsages } from '../../../lib/site/slogan-index.ts';
import { loadThemes } from '../../../lib/site/theme-labels.ts';
import {
	compareTable,
	matrixTable,
	slogansTable,
	tableCsv,
	tableJson,
} from '../../../lib/site/tables.ts';
import type { Table } from '../../../lib/site/tables.ts';

/** Reads the table `name` with the same parameters as its page. */
async function loadTable(name: string, params: URLSearchParams, origin: string): Promise<Table> {
	const backend = await getBackend();
	switch (name) {
		case 'matrix':
			return matrixTable(await loadMatrix(backend, parseMatrixParams(params)));
		case 'compare': {
			const state = parseCompareState(params);
			if (state.regions.length === 0 || !state.theme)
				throw new BadRequestError('参数 regions 和 theme:请给出2–4个地区和一个主题');
			const subThemes = loadThemes().get(state.theme)?.subThemes ?? [];
			const comparison = await loadComparison(backend, state.regions, state.theme, subThemes);
			return compareTable(comparison, state.regions, origin);
		}
		case 'slogans': {
			const q = params.get('q')?.trim() ?? '';
			if (q.length > 50) throw new BadRequestError('参数 q 不能超过50个字符');
			const { usages } = await sloganUsages(backend);
			return slogansTable(q ? usages.filter((u) => u.slogan.includes(q)) : usages);
		}
		default:
			throw new NotFoundError(
				`没有表格 ${name};可导出:matrix(地区×主题)、compare(地区对比)、slogans(提法)。`,
			);
	}
}

/**
 * GET /api/tables/matrix|compare|slogans?format=csv|json&…the page's parameters: the table the
 * page shows, as a download. CSV has Chinese headers and a byte-order mark; JSON uses English keys.
 */
export const GET: APIRoute = async ({ params, url }) => {
	try {
		const name = params.name ?? '';
		const format = parseExportFormat(url.searchParams);
		const table = await loadTable(name, url.searchParams, url.origin);
		const stamp = new Date().toISOString().slice(0, 10);
		return new Response(format === 'csv' ? tableCsv(table) : tableJson(table), {
			headers: {
				'content-type':
					format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
				'content-disposition': `attachment; filename="jucuo-${name}-${stamp}.${format}"`,
				'cache-control': 'no-store',
			},
		});
	} catch (error) {
		return jsonError(error);
	}
};
