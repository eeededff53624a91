import { STATUS_CODES } from 'node:http';

/**
 * `response` with the reason phrase of its status (`400 Bad Request`, `404 Not Found`): a page
 * that only sets a status would otherwise go out as `400 OK`. Responses that already carry a
 * phrase other than the default are returned as they are.
 */
export function withReasonPhrase(response: Response): Response {
	const phrase = STATUS_CODES[response.status];
	if (!phrase || response.statusText === phrase) return response;
	if (response.statusText !== '' && response.statusText !== 'OK') return response;
	return new Response(response.body, {
		status: response.status,
		statusText: phrase,
		headers: response.headers,
	});
}
