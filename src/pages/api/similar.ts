import type { APIRoute } from 'astro';
import { getBackend } from '../../lib/site/backend.ts';
import { json, jsonError } from '../../lib/site/json-response.ts';
import { parseSimilarParams } from '../../lib/site/api-params.ts';
import { NotFoundError } from '../../lib/site/errors.ts';

/**
 * GET /api/similar?collection=measures&id=…&exclude=371702&limit=10: documents like `id`,
 * leaving out those in the excluded regions; says which method measured likeness.
 */
export const GET: APIRoute = async ({ url }) => {
	try {
		const p = parseSimilarParams(url.searchParams);
		const backend = await getBackend();
		if ((await backend.get(p.collection, [p.id])).length === 0)
			throw new NotFoundError(
				`没有 id 为 ${p.id} 的${p.collection === 'articles' ? '文章' : '举措'}。`,
			);
		const filters = p.exclude.length ? { excludeRegion: p.exclude } : {};
		const result = await backend.similar(p.collection, p.id, { filters, limit: p.limit });
		return json({ collection: p.collection, id: p.id, ...result });
	} catch (error) {
		return jsonError(error);
	}
};
