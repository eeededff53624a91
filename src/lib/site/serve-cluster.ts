import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Serves the built site (`dist/server/entry.mjs`, Astro's standalone Node server) from `workers`
 * processes sharing one port through `node:cluster`. The embedded backend answers synchronously
 * (node:sqlite), so one process serves one request at a time; more processes use more cores.
 * Each worker opens its own read handle lazily. A worker that dies is replaced.
 * Run: `node src/lib/site/serve-cluster.ts [--workers N]` with HOST, PORT and DATA_DIR in the environment.
 */
export async function serveCluster(entry: string, workers: number): Promise<void> {
	if (cluster.isPrimary && workers > 1) {
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
		return;
	}
	await import(pathToFileURL(resolve(entry)).href);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const flag = process.argv.indexOf('--workers');
	const workers = flag > 0 ? Number(process.argv[flag + 1]) : Math.min(4, availableParallelism());
	if (!Number.isInteger(workers) || workers < 1) {
		console.error('--workers takes a positive integer');
		process.exit(2);
	}
	await serveCluster(process.env['SITE_ENTRY'] ?? 'dist/server/entry.mjs', workers);
}
