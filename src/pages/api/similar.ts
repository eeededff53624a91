import type { APIRoute } from 'astro';
import { getBackend } from '../../lib/site/backend.ts';
import { json, jsonError } from '../../lib/site/json-response.ts';
import { parseSimilarParams } from '../../lib/site/api-params.ts';
import { BadRequestError, NotFoundError } from '../../lib/errors.ts';
import { similarElsewhere } from '../../lib/site/similar-elsewhere.ts';
import { siteLimits } from '../../lib/site/site-limits.ts';

/**
 * GET /api/similar?collection=measures&id=…&exclude=371702&limit=10[&spread=province]: documents
 * like `id`, leaving out those in the excluded regions; says which method measured likeness.
 * `spread=province` lets provinces take turns, so precedents are not mostly from one province.
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
		const spread = url.searchParams.get('spread');
		if (spread !== null && spread !== 'province')
			throw new BadRequestError('参数 spread:只能是 province(按省份分散)');
		const result =
			spread === 'province' && p.collection === 'measures'
				? await similarElsewhere(
						backend,
						p.id,
						p.exclude,
						p.limit,
						siteLimits().similarCandidatesPerHit,
					)
				: await backend.similar(p.collection, p.id, { filters, limit: p.limit });
		return json({ collection: p.collection, id: p.id, ...result });
	} catch (error) {
		return jsonError(error);
	}
};
