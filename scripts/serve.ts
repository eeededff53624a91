/**
 * `npm run serve [-- --workers N]`: serves the built site (`dist/server/entry.mjs`, or `SITE_ENTRY`)
 * on HOST/PORT from N processes sharing the port through `node:cluster` (default: one per core, at
 * most 4). The embedded backend answers synchronously (node:sqlite), so one process serves one
 * request at a time and more processes use more cores; a process that dies is replaced. Each
 * process runs Astro's own request handler behind `guardRequestTarget` and admission control
 * (`shedSearchLoad`: searches beyond `searchesInFlight` running and `searchQueue` waiting answer 503
 * with Retry-After at once; `SEARCH_ADMISSION=off` turns it off).
 */
import { spawn } from 'node:child_process';
import cluster from 'node:cluster';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { searchProcessFlags } from '../src/lib/search/process-flags.ts';
import { shedSearchLoad } from '../src/lib/site/shed-load.ts';
import { siteLimits } from '../src/lib/site/site-limits.ts';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const BAD_ENCODING =
	'网址中的百分号编码无效:% 后应跟两位十六进制数字(空格写作 %20,百分号本身写作 %25)。请检查链接后重试。';

/**
 * Answers a request whose URL has invalid percent-encoding (`%E4%ZZ`, a lone `%`) with a Chinese
 * 400 (JSON under /api/, a page elsewhere) instead of the server's plain-text `Bad request.`;
 * hands every other request to `handler`.
 */
export function guardRequestTarget(handler: Handler): Handler {
	return (req, res) => {
		try {
			decodeURI(req.url ?? '/');
		} catch {
			const api = (req.url ?? '').startsWith('/api/');
			res.writeHead(400, 'Bad Request', {
				'content-type': api ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8',
				'cache-control': 'no-store',
			});
			res.end(
				api
					? JSON.stringify({ error: { status: 400, title: '请求参数有误', reason: BAD_ENCODING } })
					: `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>请求参数有误 · 举措库</title><h1>请求参数有误</h1><p>${BAD_ENCODING}</p><p><a href="/">返回首页</a></p></html>`,
			);
			return;
		}
		handler(req, res);
	};
}

async function serveOne(entry: string): Promise<void> {
	// Astro's standalone server would start on import; it is started here behind the guard instead.
	process.env['ASTRO_NODE_AUTOSTART'] = 'disabled';
	const { handler } = (await import(pathToFileURL(resolve(entry)).href)) as { handler: Handler };
	const port = Number(process.env['PORT'] ?? 4321);
	const host = process.env['HOST'] ?? '0.0.0.0';
	// Admission control (site-limits.json); SEARCH_ADMISSION=off serves every request as it comes, for comparison.
	const limits = siteLimits();
	const served =
		process.env['SEARCH_ADMISSION'] === 'off'
			? handler
			: shedSearchLoad(handler, {
					inFlight: limits.searchesInFlight,
					queue: limits.searchQueue,
					maxWaitMs: limits.searchMaxWaitMs,
					retryAfterSeconds: limits.shedRetryAfterSeconds,
				});
	createServer(guardRequestTarget(served)).listen(port, host, () => warmUp(host, port));
}

/**
 * Asks this server one search as soon as it listens, so it opens the search index and starts
 * warming it (`SearchBackend.warm`) before its first user instead of during that user's request.
 * With several workers each asks once, and the primary's round robin hands the asks out one each.
 * The answer (or the error of a missing index, which users' requests report themselves) is not
 * read.
 */
function warmUp(host: string, port: number): void {
	const loopback = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
	fetch(
		`http://${loopback.includes(':') ? `[${loopback}]` : loopback}:${port}/api/search?hitsPerPage=1`,
	)
		.then((response) => response.body?.cancel())
		.catch(() => undefined);
}

/**
 * Runs this script again with the search process's heap flags, as its only child on the same
 * port, and leaves with the child's exit code; a SIGTERM or SIGINT is passed on to it.
 */
function serveWithFlags(flags: string[]): Promise<void> {
	const child = spawn(process.execPath, [...process.execArgv, ...flags, ...process.argv.slice(1)], {
		stdio: 'inherit',
	});
	for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => child.kill(signal));
	child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
	return Promise.resolve();
}

function serveCluster(entry: string, workers: number): Promise<void> {
	// A process that searches: V8 reads its heap flags (`io.semiSpaceMb`) only at start.
	const flags = searchProcessFlags().filter((f) => !process.execArgv.includes(f));
	if (!cluster.isPrimary) return serveOne(entry);
	// One server started by hand (`npm run serve -- --workers 1`) runs as one child with the flags.
	if (workers === 1) return flags.length === 0 ? serveOne(entry) : serveWithFlags(flags);
	cluster.setupPrimary({ execArgv: [...process.execArgv, ...flags] });
	for (let i = 0; i < workers; i++) cluster.fork();
	cluster.on('exit', (worker, code, signal) => {
		if (signal === 'SIGTERM' || signal === 'SIGINT') return;
		console.error(
			`[site] worker ${worker.process.pid} exited (${signal ?? code}); starting another`,
		);
		cluster.fork();
	});
	const stop = () => {
		for (const w of Object.values(cluster.workers ?? {})) w?.kill('SIGTERM');
		process.exit(0);
	};
	process.on('SIGTERM', stop);
	process.on('SIGINT', stop);
	return Promise.resolve();
}

if (import.meta.main) {
	const flag = process.argv.indexOf('--workers');
	const workers = flag > 0 ? Number(process.argv[flag + 1]) : Math.min(4, availableParallelism());
	if (!Number.isInteger(workers) || workers < 1) {
		console.error('--workers takes a positive integer');
		process.exit(2);
	}
	await serveCluster(process.env['SITE_ENTRY'] ?? 'dist/server/entry.mjs', workers);
}
