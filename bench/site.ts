/**
 * Site benchmark: requests per second and p95 latency of `/search` (server-rendered HTML with
 * facets) and `/api/search` (JSON) under 50 concurrent clients on loopback, against a synthetic
 * corpus (articles and measures) recombined from real text by `syntheticArticles`. The index is
 * built once into `.cache/bench-site-<docs>/` and reused. Usage:
 * `npm run bench:site -- [--docs 100000] [--seeds 4000] [--duration 15] [--connections 50] [--workers 2] [--rebuild]`.
 * The site runs under `src/lib/site/serve-cluster.ts` with `--workers` processes (1 = one plain server).
 * Ends with: `site /search <n> req/s p95 <ms> ms; /api/search <n> req/s p95 <ms> ms; errors 0`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import type { Article } from '../src/lib/schema/release.ts';
import { openBackend } from '../src/lib/search/open-backend.ts';
import { upsertArticles } from '../src/lib/search/upsert-articles.ts';
import { benchQueries } from './lib/bench-queries.ts';
import { benchSeeds } from './lib/bench-seeds.ts';
import { syntheticArticles } from './lib/synthetic-corpus.ts';

/** The part of autocannon's API used here (the package ships no types). */
interface AutocannonResult {
	requests: { total: number };
	duration: number;
	errors: number;
	timeouts: number;
	non2xx: number;
}
interface AutocannonInstance extends PromiseLike<AutocannonResult> {
	on(
		event: 'response',
		listener: (client: unknown, status: number, bytes: number, responseTime: number) => void,
	): void;
}
type Autocannon = (options: {
	url: string;
	connections: number;
	duration: number;
	timeout: number;
	requests: { method: 'GET'; path: string }[];
}) => AutocannonInstance;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const { values } = parseArgs({
	options: {
		docs: { type: 'string', default: '100000' },
		seeds: { type: 'string', default: '4000' },
		duration: { type: 'string', default: '15' },
		connections: { type: 'string', default: '50' },
		rebuild: { type: 'boolean', default: false },
		workers: { type: 'string', default: '2' },
	},
});
const docs = Number(values.docs);
const duration = Number(values.duration);
const connections = Number(values.connections);
const workers = Number(values.workers);
if (![docs, duration, connections, workers].every((n) => Number.isInteger(n) && n > 0)) {
	console.error('--docs, --duration, --connections and --workers take positive integers');
	process.exit(2);
}

/** Builds (or reuses) the synthetic index; returns its DATA_DIR. */
async function buildIndex(): Promise<string> {
	const dataDir = join(ROOT, '.cache', `bench-site-${docs}`);
	const done = join(dataDir, 'complete');
	if (existsSync(done) && !values.rebuild) {
		console.log(`reusing the index in ${dataDir}`);
		return dataDir;
	}
	rmSync(dataDir, { recursive: true, force: true });
	const started = performance.now();
	const backend = await openBackend({ dataDir, env: { ...process.env, MEILI_URL: '' } });
	let batch: Article[] = [];
	let count = 0;
	const flush = async () => {
		await upsertArticles(backend, batch);
		count += batch.length;
		batch = [];
		process.stdout.write(`\rindexed ${count}/${docs}`);
	};
	for (const a of syntheticArticles(docs, await benchSeeds(Number(values.seeds))))
		if (batch.push(a) >= 1000) await flush();
	await flush();
	await backend.close();
	writeFileSync(done, new Date().toISOString());
	console.log(`\nbuilt ${docs} articles in ${((performance.now() - started) / 1000).toFixed(0)} s`);
	return dataDir;
}

async function startSite(dataDir: string, port: number) {
	if (!existsSync(join(ROOT, 'dist/server/entry.mjs'))) {
		const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
			cwd: ROOT,
			stdio: 'inherit',
		});
		if (r.status !== 0) throw new Error('astro build failed');
	}
	const env: NodeJS.ProcessEnv = {
		...process.env,
		DATA_DIR: dataDir,
		HOST: '127.0.0.1',
		PORT: String(port),
	};
	delete env['MEILI_URL'];
	const child = spawn(
		process.execPath,
		['src/lib/site/serve-cluster.ts', '--workers', String(workers)],
		{
			cwd: ROOT,
			env,
			stdio: ['ignore', 'ignore', 'inherit'],
		},
	);
	for (let i = 0; i < 300; i++) {
		try {
			if ((await fetch(`http://127.0.0.1:${port}/api/search?q=`)).ok) return child;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	child.kill();
	throw new Error('the site did not start');
}

function percentile(sorted: number[], p: number): number {
	return sorted.length === 0
		? 0
		: (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0);
}

/** Runs autocannon over `paths` (cycled) and measures every response time for an exact p95. */
async function load(
	url: string,
	paths: string[],
): Promise<{ rps: number; p95: number; errors: number }> {
	const times: number[] = [];
	const instance = autocannon({
		url,
		connections,
		duration,
		timeout: 30,
		requests: paths.map((path) => ({ method: 'GET', path })),
	});
	instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
	const result = await instance;
	times.sort((a, b) => a - b);
	const errors = result.errors + result.timeouts + result.non2xx;
	return {
		rps: result.requests.total / (result.duration || duration),
		p95: percentile(times, 95),
		errors,
	};
}

/** Waits until requests left over from the previous run are answered (the server is single-threaded). */
async function drain(url: string): Promise<void> {
	for (let i = 0; i < 600; i++) {
		const t = performance.now();
		await fetch(`${url}/favicon.svg`);
		if (performance.now() - t < 50) return;
	}
}

const dataDir = await buildIndex();
const port = 4500 + Math.floor(Math.random() * 1000);
const site = await startSite(dataDir, port);
try {
	const queries = benchQueries(200).map((q) => {
		const p = new URLSearchParams({ q: q.q });
		if (q.region) p.set('region', q.region);
		if (q.theme) p.set('theme', q.theme);
		return p.toString();
	});
	const url = `http://127.0.0.1:${port}`;
	// Warm up: the first request opens the index and loads the segmenter.
	for (const q of queries.slice(0, 20)) await fetch(`${url}/search?${q}`);
	const html = await load(
		url,
		queries.map((q) => `/search?${q}`),
	);
	console.log(
		`/search      ${html.rps.toFixed(1)} req/s, p95 ${html.p95.toFixed(0)} ms, errors ${html.errors}`,
	);
	await drain(url);
	const api = await load(
		url,
		queries.map((q) => `/api/search?${q}`),
	);
	console.log(
		`/api/search  ${api.rps.toFixed(1)} req/s, p95 ${api.p95.toFixed(0)} ms, errors ${api.errors}`,
	);
	console.log(
		`site /search ${html.rps.toFixed(1)} req/s p95 ${html.p95.toFixed(0)} ms; /api/search ${api.rps.toFixed(1)} req/s p95 ${api.p95.toFixed(0)} ms; errors ${html.errors + api.errors}`,
	);
	process.exitCode = html.errors + api.errors === 0 ? 0 : 1;
} finally {
	site.kill();
}
