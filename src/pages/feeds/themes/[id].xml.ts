import type { APIRoute } from 'astro';
import { getBackend } from '../../../lib/site/backend.ts';
import { jsonError } from '../../../lib/site/json-response.ts';
import { NotFoundError } from '../../../lib/errors.ts';
import { atomResponse, buildFeed } from '../../../lib/site/feed-entries.ts';
import { renderAtom } from '../../../lib/site/atom.ts';
import { loadThemes } from '../../../lib/site/theme-labels.ts';
import type { ThemeId } from '../../../lib/schema/taxonomy.ts';

/** GET /feeds/themes/<id>.xml: an Atom feed of the theme's newest news articles and measures. */
export const GET: APIRoute = async ({ params, url }) => {
	try {
		const id = params.id ?? '';
		const theme = loadThemes().get(id as ThemeId);
		if (!theme) throw new NotFoundError(`没有 id 为 ${id} 的主题;请从主题列表中选择。`);
		const feed = await buildFeed(
			await getBackend(),
			{ q: '', filters: { theme: [theme.id], kind: ['news'] } },
			{
				title: `举措库 · ${theme.label}`,
				subtitle: `主题“${theme.label}”的最新文章和举措`,
				pageUrl: `${url.origin}/themes/${theme.id}`,
				selfUrl: `${url.origin}/feeds/themes/${theme.id}.xml`,
			},
			url.origin,
		);
		return atomResponse(renderAtom(feed));
	} catch (error) {
		return jsonError(error);
	}
};
