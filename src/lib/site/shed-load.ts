import type { IncomingMessage, ServerResponse } from 'node:http';
import { createAdmission } from './admission.ts';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** Paths whose answer runs a search; other pages and assets are never held back. */
const SEARCH_PATHS = new Set(['/search', '/api/search', '/api/facets', '/feeds/search.xml']);

/** Options of `shedSearchLoad`. */
export interface ShedOptions {
	/** Searches running at once. */
	inFlight: number;
	/** Searches waiting beyond them. */
	queue: number;
	/** Milliseconds a search may wait for its turn; one that waited longer is refused when its turn comes. */
	maxWaitMs: number;
	/** Seconds a refused client is told to wait (Retry-After). */
	retryAfterSeconds: number;
}

const BUSY = '服务器正忙:同时进行的检索已达上限,请稍后重试。';

function refuse(req: IncomingMessage, res: ServerResponse, retryAfterSeconds: number): void {
	const api = (req.url ?? '').startsWith('/api/');
	res.writeHead(503, 'Service Unavailable', {
		'content-type': api ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8',
		'cache-control': 'no-store',
		'retry-after': String(retryAfterSeconds),
	});
	res.end(
		api
			? JSON.stringify({ error: { status: 503, title: '服务器正忙', reason: BUSY } })
			: `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>服务器正忙 · 举措库</title><h1>服务器正忙</h1><p>${BUSY}</p></html>`,
	);
}

/**
 * Admission control for one server process: search requests beyond `inFlight` running and `queue`
 * waiting are answered 503 with Retry-After at once; the rest wait their turn in order, and one
 * whose turn comes after more than `maxWaitMs` is answered 503 then (the queue's length in time
 * follows the machine's speed, which a count alone does not). A request leaves its place when its
 * response is done or its client goes away.
 */
export function shedSearchLoad(handler: Handler, options: ShedOptions): Handler {
	const admission = createAdmission(options.inFlight, options.queue);
	return (req, res) => {
		const path = (req.url ?? '/').split('?', 1)[0]!;
		if (!SEARCH_PATHS.has(path)) return handler(req, res);
		const ticket = admission.enter();
		if (!ticket) return refuse(req, res, options.retryAfterSeconds);
		const queuedAt = performance.now();
		res.on('close', () => ticket.release());
		void ticket.ready.then(() => {
			if (res.destroyed) return;
			// Its client has waited past the bound: answering now would only lengthen the tail.
			if (performance.now() - queuedAt > options.maxWaitMs) {
				ticket.release();
				return refuse(req, res, options.retryAfterSeconds);
			}
			handler(req, res);
		});
	};
}
