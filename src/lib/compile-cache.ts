import { enableCompileCache } from 'node:module';
import { fileURLToPath } from 'node:url';

// Beside the other caches of the checkout (gitignored), not in the system's temporary folder, so
// that one checkout's entries are neither shared with nor pruned by another's.
const PROJECT_CACHE_DIR = fileURLToPath(
	new URL('../../.cache/node-compile-cache/', import.meta.url),
);

/**
 * The folder of Node's module compile cache for this process: `NODE_COMPILE_CACHE` when set, else
 * the checkout's `.cache/node-compile-cache/`; `undefined` when `NODE_DISABLE_COMPILE_CACHE` is set.
 */
export function compileCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
	if (env['NODE_DISABLE_COMPILE_CACHE']) return undefined;
	return env['NODE_COMPILE_CACHE'] || PROJECT_CACHE_DIR;
}

/**
 * `env` with `NODE_COMPILE_CACHE` set to `compileCacheDir(env)`, for a worker thread: Node turns
 * the cache on for a thread before it loads the thread's first module, so the thread's whole module
 * graph is read from it (the type-stripped source and V8's bytecode of each module, checked against
 * the module's source: a missing or stale entry only costs the compile it would have cost anyway).
 */
export function withCompileCache(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
	const dir = compileCacheDir(env);
	return dir === undefined ? env : { ...env, NODE_COMPILE_CACHE: dir };
}

/**
 * Turns the compile cache on in this thread (for the modules it has yet to load) and, through
 * `NODE_COMPILE_CACHE`, in every worker thread it starts. Quiet: a cache that cannot be used
 * (a read-only checkout, an old Node) leaves loading as it was.
 */
export function enableProjectCompileCache(): void {
	const dir = compileCacheDir();
	if (dir === undefined) return;
	process.env['NODE_COMPILE_CACHE'] = dir;
	enableCompileCache(dir);
}
