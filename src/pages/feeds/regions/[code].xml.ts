import type { APIRoute } from 'astro';
import { getBackend } from '../../../lib/site/backend.ts';
import { jsonError } from '../../../lib/site/json-response.ts';
import { BadRequestError, NotFoundError } from '../../../lib/errors.ts';
import { atomResponse, buildFeed } from '../../../lib/site/feed-entries.ts';
import { renderAtom } from '../../../lib/site/atom.ts';
import { getDivision, NATIONAL_CODE } from '../../../lib/geo/gazetteer.ts';

/** GET /feeds/regions/<code>.xml: an Atom feed of the region's newest news articles and measures. */
export const GET: APIRoute = async ({ params, url }) => {
	try {
		const code = params.code ?? '';
		if (!/^\d{6}$/.test(code))
			throw new BadRequestError('地区代码应为6位数字(GB/T 2260),例如 371702');
		const division = getDivision(code);
		if (!division) throw new NotFoundError(`GB/T 2260 中没有代码 ${code}。`);
		const region = code === NATIONAL_CODE ? {} : { region: [code] };
		const feed = await buildFeed(
			await getBackend(),
			{ q: '', filters: { ...region, kind: ['news'] } },
			{
				title: `举措库 · ${division.name}`,
				subtitle: `${division.name}的最新文章和举措`,
				pageUrl: `${url.origin}/regions/${code}`,
				selfUrl: `${url.origin}/feeds/regions/${code}.xml`,
			},
			url.origin,
		);
		return atomResponse(renderAtom(feed));
	} catch (error) {
		return jsonError(error);
	}
};
