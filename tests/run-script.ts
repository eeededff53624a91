import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The project folder. */
export const ROOT = join(import.meta.dirname, '..');
/** The Node the project pins (`npm run` uses it too). */
export const NODE = join(ROOT, 'node_modules/.bin/node');

/**
 * Runs `scripts/<script>` as a user would, from the project folder, with Meilisearch off and `env`
 * over the environment; waits at most `timeoutMs`.
 */
export function runScript(
	script: string,
	args: string[],
	env: NodeJS.ProcessEnv = {},
	timeoutMs = 120_000,
) {
	return spawnSync(NODE, [join(ROOT, 'scripts', script), ...args], {
		cwd: ROOT,
		env: { ...process.env, MEILI_URL: '', ...env },
		encoding: 'utf8',
		timeout: timeoutMs,
	});
}
