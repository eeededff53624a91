import type { APIRoute } from 'astro';
import { jsonError } from '../../lib/site/json-response.ts';
import { NotFoundError } from '../../lib/errors.ts';

/** Any other /api/ path: a JSON 404 naming the routes that exist (docs/api.md), never an HTML page. */
export const ALL: APIRoute = ({ url }) =>
	jsonError(
		new NotFoundError(
			`没有接口 ${url.pathname}。可用:/api/search、/api/facets、/api/export、/api/similar、/api/cite(见 docs/api.md)。`,
		),
	);
