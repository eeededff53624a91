import { toFailure } from './errors.ts';

/** A JSON response with UTF-8 content type; never cached, results change with each re-index. */
export function json(body: unknown, status = 200): Response {
	return new Response(JSON.stringify(body), {
		status,
		headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
	});
}

/** The JSON error body of the API: `{ error: { status, title, reason } }`, with the matching status. */
export function jsonError(error: unknown): Response {
	const failure = toFailure(error);
	return json({ error: failure }, failure.status);
}
