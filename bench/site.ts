/**
 * Site benchmark: requests per second and p50/p95/p99 latency of `/search` (server-rendered HTML
 * with facets) and `/api/search` (JSON) on loopback, for each number of concurrent clients in
 * `--connections` and each number of server processes in `--workers` (1, one plain server, is the
 * baseline; `npm run serve` runs one per core), against a synthetic corpus recombined from real text
 * by `syntheticArticles`. The index is built once into `.cache/bench-site-<docs>/` and reused. Usage:
 * `npm run bench:site -- [--docs 100000] [--seeds 4000] [--duration 15] [--connections 100,1000] [--workers 1,2] [--shedding off,on] [--rebuild]`.
 * `--shedding off,on` runs each case without and with the server's admission control
 * (site-limits.json → searchesInFlight, searchQueue), printed side by side: latency percentiles are
 * of answered (2xx) requests, and `shed` is the share refused with 503 + Retry-After.
 * Every load run is bounded by `--duration` and sends only to 127.0.0.1.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import type { Article } from '../src/lib/schema/release.ts';
import { SCHEMA_VERSION } from '../src/lib/search/embedded-schema.ts';
import { openBackend } from '../src/lib/search/open-backend.ts';
import { upsertArticles } from '../src/lib/search/upsert-articles.ts';
import { benchQueries } from '../tools/lib/bench-queries.ts';
import { benchSeeds } from '../tools/lib/bench-seeds.ts';
import { syntheticArticles } from '../tools/lib/synthetic-corpus.ts';
import { PROJECT_ROOT } from '../tools/lib/project.ts';

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

const { values } = parseArgs({
	options: {
		docs: { type: 'string', default: '100000' },
		seeds: { type: 'string', default: '4000' },
		duration: { type: 'string', default: '15' },
		connections: { type: 'string', default: '100,1000' },
		rebuild: { type: 'boolean', default: false },
		workers: { type: 'string', default: '1,2' },
		shedding: { type: 'string', default: 'off,on' },
	},
});
const docs = Number(values.docs);
const duration = Number(values.duration);
const connectionCounts = values.connections.split(',').map(Number);
const workerCounts = values.workers.split(',').map(Number);
const sheddingModes = values.shedding.split(',');
if (!sheddingModes.every((m) => m === 'on' || m === 'off')) {
	console.error('--shedding takes on, off or both (off,on)');
	process.exit(2);
}
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
	const dataDir = join(PROJECT_ROOT, '.cache', `bench-site-${docs}`);
	// The marker names the index layout it was built with: an index of another layout would be
	// emptied on open (ensureSchema starts it over), and the benchmark would time empty results.
	const done = join(dataDir, 'complete');
	if (
		!values.rebuild &&
		existsSync(done) &&
		readFileSync(done, 'utf8') === `schema ${SCHEMA_VERSION}`
	) {
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
	writeFileSync(done, `schema ${SCHEMA_VERSION}`);
	console.log(`\nbuilt ${docs} articles in ${((performance.now() - started) / 1000).toFixed(0)} s`);
	return dataDir;
}

async function startSite(dataDir: string, port: number, workers: number, shedding: boolean) {
	if (!existsSync(join(PROJECT_ROOT, 'dist/server/entry.mjs'))) {
		const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
			cwd: PROJECT_ROOT,
			stdio: 'inherit',
		});
		if (r.status !== 0) throw new Error('astro build failed');
	}
	const env: NodeJS.ProcessEnv = {
		...process.env,
		DATA_DIR: dataDir,
		HOST: '127.0.0.1',
		PORT: String(port),
		SEARCH_ADMISSION: shedding ? 'on' : 'off',
	};
	delete env['MEILI_URL'];
	const child = spawn(process.execPath, ['scripts/serve.ts', '--workers', String(workers)], {
		cwd: PROJECT_ROOT,
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
	/** Answered (2xx) requests per second. */
	rps: number;
	/** Share of responses refused with 503 (load shed). */
	shed: number;
	p50: number;
	p95: number;
	p99: number;
	errors: number;
}

/**
 * Runs autocannon over `paths` (cycled) and measures every answered response's time for exact
 * percentiles; 503s (shed load) are counted apart, other non-2xx answers are errors.
 */
async function load(url: string, paths: string[], connections: number): Promise<LoadResult> {
	const times: number[] = [];
	let shed = 0;
	let failed = 0;
	const instance = autocannon({
		url,
		connections,
		duration,
		timeout: 30,
		requests: paths.map((path) => ({ method: 'GET', path })),
	});
	instance.on('response', (_client, status, _bytes, responseTime) => {
		if (status === 503) shed++;
		else if (status >= 200 && status < 300) times.push(responseTime);
		else failed++;
	});
	const result = await instance;
	times.sort((a, b) => a - b);
	return {
		rps: times.length / (result.duration || duration),
		shed: shed / Math.max(1, shed + failed + times.length),
		p50: percentile(times, 50),
		p95: percentile(times, 95),
		p99: percentile(times, 99),
		errors: result.errors + result.timeouts + failed,
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
	`${label.padEnd(48)} ${r.rps.toFixed(1).padStart(7)} answered/s  p50 ${r.p50.toFixed(0).padStart(5)} ms  p95 ${r.p95.toFixed(0).padStart(5)} ms  p99 ${r.p99.toFixed(0).padStart(5)} ms  shed ${(r.shed * 100).toFixed(1).padStart(5)}%  errors ${r.errors}`;

const dataDir = await buildIndex();
const queries = benchQueries(200).map((q) => {
	const p = new URLSearchParams({ q: q.q });
	if (q.region) p.set('region', q.region);
	if (q.theme) p.set('theme', q.theme);
	return p.toString();
});
let errors = 0;
const rps = new Map<string, number>();
const results = new Map<string, LoadResult>();
for (const workers of workerCounts) {
	for (const mode of sheddingModes) {
		const port = 4500 + Math.floor(Math.random() * 1000);
		const site = await startSite(dataDir, port, workers, mode === 'on');
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
					if (mode === sheddingModes[0]) rps.set(`${name} ${connections} ${workers}`, r.rps);
					results.set(`${name} ${connections} ${workers} ${mode}`, r);
					console.log(
						row(`${name} ${connections} conn, ${workers} process(es), shedding ${mode}`, r),
					);
					await drain(url);
				}
			}
		} finally {
			site.kill();
		}
	}
}
if (sheddingModes.length > 1) {
	console.log('\nside by side (answered requests; shedding off → on):');
	for (const workers of workerCounts)
		for (const connections of connectionCounts)
			for (const name of ['/search', '/api/search']) {
				const [a, b] = sheddingModes.map((m) =>
					results.get(`${name} ${connections} ${workers} ${m}`)!,
				);
				const ms = (r: LoadResult) =>
					`p50 ${r.p50.toFixed(0)} / p95 ${r.p95.toFixed(0)} / p99 ${r.p99.toFixed(0)} ms, shed ${(r.shed * 100).toFixed(1)}%`;
				console.log(
					`${`${name} ${connections} conn, ${workers} process(es)`.padEnd(40)} ${sheddingModes[0]}: ${ms(a!)}  |  ${sheddingModes[1]}: ${ms(b!)}`,
				);
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
				`${name} ${connections} conn: ${workers} processes answer ${ratio.toFixed(2)}× the requests of ${base} (shedding ${sheddingModes[0]})`,
			);
		}
console.log(`errors ${errors}`);
process.exitCode = errors === 0 ? 0 : 1;
