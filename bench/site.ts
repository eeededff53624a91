/**
 * Site benchmark: requests per second and p50/p95/p99 latency of `/search` (server-rendered HTML
 * with facets) and `/api/search` (JSON) on loopback, for each number of concurrent clients in
 * `--connections` and each number of server processes in `--workers` (1, one plain server, is the
 * baseline; `npm run serve` runs one per core), against a synthetic corpus recombined from real text
 * by `syntheticArticles`. The index is built once into `.cache/bench-site-<docs>/` and reused. Usage:
 * `npm run bench:site -- [--docs 100000] [--seeds 4000] [--duration 15] [--connections 100,1000] [--workers 1,2] [--rebuild]`.
 * Every load run is bounded by `--duration` and sends only to 127.0.0.1.
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
import { benchQueries } from '../tools/lib/bench-queries.ts';
import { benchSeeds } from '../tools/lib/bench-seeds.ts';
import { syntheticArticles } from '../tools/lib/synthetic-corpus.ts';

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
		connections: { type: 'string', default: '100,1000' },
		rebuild: { type: 'boolean', default: false },
		workers: { type: 'string', default: '1,2' },
	},
});
const docs = Number(values.docs);
const duration = Number(values.duration);
const connectionCounts = values.connections.split(',').map(Number);
const workerCounts = values.workers.split(',').map(Number);
if (
	![docs, duration, ...connectionCounts, ...workerCounts].every((n) => Number.isInteger(n) && n > 0)
) {
	console.error(
		'--docs and --duration take positive integers, --connections and --workers lists of them',
	);
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

async function startSite(dataDir: string, port: number, workers: number) {
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
	const child = spawn(process.execPath, ['scripts/serve.ts', '--workers', String(workers)], {
		cwd: ROOT,
		env,
		stdio: ['ignore', 'ignore', 'inherit'],
	});
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

interface LoadResult {
	rps: number;
	p50: number;
	p95: number;
	p99: number;
	errors: number;
}

/** Runs autocannon over `paths` (cycled) and measures every response time for exact percentiles. */
async function load(url: string, paths: string[], connections: number): Promise<LoadResult> {
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
		p50: percentile(times, 50),
		p95: percentile(times, 95),
		p99: percentile(times, 99),
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

const row = (label: string, r: LoadResult) =>
	`${label.padEnd(40)} ${r.rps.toFixed(1).padStart(7)} req/s  p50 ${r.p50.toFixed(0).padStart(5)} ms  p95 ${r.p95.toFixed(0).padStart(5)} ms  p99 ${r.p99.toFixed(0).padStart(5)} ms  errors ${r.errors}`;

const dataDir = await buildIndex();
const queries = benchQueries(200).map((q) => {
	const p = new URLSearchParams({ q: q.q });
	if (q.region) p.set('region', q.region);
	if (q.theme) p.set('theme', q.theme);
	return p.toString();
});
let errors = 0;
const rps = new Map<string, number>();
for (const workers of workerCounts) {
	const port = 4500 + Math.floor(Math.random() * 1000);
	const site = await startSite(dataDir, port, workers);
	try {
		const url = `http://127.0.0.1:${port}`;
		// Warm up: the first request of each process opens the index and loads the segmenter.
		for (const q of queries.slice(0, 20 * workers)) await fetch(`${url}/search?${q}`);
		for (const connections of connectionCounts) {
			for (const [name, prefix] of [
				['/search', '/search?'],
				['/api/search', '/api/search?'],
			] as const) {
				const r = await load(
					url,
					queries.map((q) => prefix + q),
					connections,
				);
				errors += r.errors;
				rps.set(`${name} ${connections} ${workers}`, r.rps);
				console.log(row(`${name} ${connections} conn, ${workers} process(es)`, r));
				await drain(url);
			}
		}
	} finally {
		site.kill();
	}
}
const base = workerCounts[0]!;
for (const workers of workerCounts.slice(1))
	for (const connections of connectionCounts)
		for (const name of ['/search', '/api/search']) {
			const ratio =
				(rps.get(`${name} ${connections} ${workers}`) ?? 0) /
				(rps.get(`${name} ${connections} ${base}`) ?? 1);
			console.log(
				`${name} ${connections} conn: ${workers} processes serve ${ratio.toFixed(2)}× the requests of ${base}`,
			);
		}
console.log(`errors ${errors}`);
process.exitCode = errors === 0 ? 0 : 1;
