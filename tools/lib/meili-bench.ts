/**
 * The Meilisearch side of `bench:search --backend both`: a server of its own (npm binary, loopback,
 * analytics off) in a temporary folder, the same synthetic articles written through the adapter,
 * and the same 200 queries; memory is read from the server process's /proc status.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import type { Article } from '../../src/lib/schema/release.ts';
import { openMeilisearchBackend } from '../../src/lib/search/meilisearch/index.ts';
import { spawnMeiliServer, waitForHealth } from '../../src/lib/search/meilisearch/server.ts';
import { articleToSearchDocuments } from '../../src/lib/search/to-search-document.ts';
import { percentileOf, timeBackendQueries } from './bench-queries.ts';
import type { BenchQuery } from './naive-fts.ts';

/** A running benchmark server. */
interface BenchServer {
	url: string;
	apiKey: string;
	dbPath: string;
	child: ChildProcess;
}

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});
}

/** Starts a server with its data under `dir`. */
export async function startBenchServer(dir: string): Promise<BenchServer> {
	const port = await freePort();
	const apiKey = randomBytes(24).toString('base64url');
	const dbPath = join(dir, 'meili');
	const child = spawnMeiliServer({ port, dbPath, masterKey: apiKey }, join(dir, 'meili.log'));
	const url = `http://127.0.0.1:${port}`;
	await waitForHealth(url, child);
	return { url, apiKey, dbPath, child };
}

/** Resident and peak memory of a process in MB (Linux /proc). */
export function processMemoryMb(pid: number): { rssMb: number; peakMb: number } {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const kb = (field: string) =>
		Number(new RegExp(`${field}:\\s+(\\d+)`, 'u').exec(status)?.[1] ?? 0);
	return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

/** Size of a folder tree in MB. */
export function treeSizeMb(dir: string): number {
	let bytes = 0;
	const walk = (d: string) => {
		for (const entry of readdirSync(d, { withFileTypes: true })) {
			const path = join(d, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.isFile()) bytes += statSync(path).size;
		}
	};
	walk(dir);
	return bytes / 1024 / 1024;
}

/** Writes the articles through the adapter, 5,000 per upsert (sent as concurrent batches). */
export async function buildMeili(articles: Iterable<Article>, url: string, apiKey: string) {
	const backend = await openMeilisearchBackend({ url, apiKey });
	const started = performance.now();
	let batch: Article[] = [];
	const flush = () =>
		backend.upsert(
			'articles',
			batch.splice(0).map((a) => articleToSearchDocuments(a).article),
		);
	for (const a of articles) if (batch.push(a) >= 5000) await flush();
	await flush();
	await backend.close();
	batch = [];
	return { buildMs: performance.now() - started };
}

/** Runs the queries as the embedded run does (filter, two facets, 10 hits with snippets). */
export async function queryMeili(queries: BenchQuery[], url: string, apiKey: string) {
	const t0 = performance.now();
	const backend = await openMeilisearchBackend({ url, apiKey });
	const times: number[] = [];
	const coldMs = await timeBackendQueries(backend, queries, t0, times);
	await backend.close();
	times.sort((a, b) => a - b);
	return { segmenterMs: 0, coldMs, p50: percentileOf(times, 50), p95: percentileOf(times, 95) };
}
