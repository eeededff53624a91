import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Relative to this module in the source tree; a bundled server (dist/) resolves from the working directory.
const SOURCE_TREE_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The checkout's root: the source tree's when it holds `native/`, else the working directory. */
function projectRoot(): string {
	return existsSync(join(SOURCE_TREE_ROOT, 'native')) ? SOURCE_TREE_ROOT : resolve('.');
}

/** A built extension's file, or why there is none. */
export type NativeBuild = { file: string } | { reason: string };

/** Where the builds of `native/` go: `JUCUO_NATIVE_DIR` when set, else the checkout's `.cache/native/`. */
export function nativeBuildDir(env: NodeJS.ProcessEnv = process.env): string {
	return env['JUCUO_NATIVE_DIR'] || join(projectRoot(), '.cache', 'native');
}

const builds = new Map<string, NativeBuild>();

/**
 * The SQLite extension `native/<name>.c` built as a shared library under `nativeBuildDir()`, named
 * by the hash of its source (an edited source builds anew; a built one is reused by every process
 * and never rebuilt), or the reason it could not be: no source, no compiler (`CC`, else `cc`), no
 * `sqlite3ext.h`, a failed compile. Built once per process, written under a temporary name and
 * renamed, so processes building at once never load a half-written file.
 */
export function buildNativeExtension(
	name: string,
	env: NodeJS.ProcessEnv = process.env,
): NativeBuild {
	const source = join(projectRoot(), 'native', `${name}.c`);
	const key = `${nativeBuildDir(env)}\0${env['CC'] ?? ''}\0${source}`;
	let build = builds.get(key);
	if (!build) {
		build = compile(source, name, env);
		builds.set(key, build);
	}
	return build;
}

/** The file `buildNativeExtension` writes for the source of `native/<name>.c` as it is now. */
export function nativeLibraryFile(name: string, env: NodeJS.ProcessEnv = process.env): string {
	const source = readFileSync(join(projectRoot(), 'native', `${name}.c`));
	const hash = createHash('sha256').update(source).digest('hex').slice(0, 16);
	const suffix = process.platform === 'darwin' ? '.dylib' : '.so';
	return join(nativeBuildDir(env), `${name}-${hash}${suffix}`);
}

function compile(source: string, name: string, env: NodeJS.ProcessEnv): NativeBuild {
	if (!existsSync(source)) return { reason: `no source ${source}` };
	if (process.platform === 'win32') return { reason: 'no build step on Windows' };
	const cc = env['CC'] || 'cc';
	const file = nativeLibraryFile(name, env);
	if (existsSync(file)) return { file };
	const partial = `${file}.${process.pid}.tmp`;
	try {
		mkdirSync(dirname(file), { recursive: true });
		execFileSync(cc, ['-O2', '-fPIC', '-shared', source, '-o', partial, '-lm'], {
			stdio: ['ignore', 'ignore', 'pipe'],
			timeout: 60_000,
		});
		renameSync(partial, file);
		return { file };
	} catch (error) {
		rmSync(partial, { force: true });
		return { reason: compileFailure(error, cc) };
	}
}

/** One line saying why the compiler did not produce the library. */
function compileFailure(error: unknown, cc: string): string {
	const e = error as { code?: string; stderr?: Buffer };
	if (e.code === 'ENOENT') return `no C compiler (${cc})`;
	const stderr = e.stderr?.toString() ?? '';
	if (/sqlite3ext\.h/u.test(stderr))
		return 'no sqlite3ext.h (Debian: apt-get install libsqlite3-dev)';
	const first = stderr.split('\n').find((l) => l.trim() !== '');
	return `${cc} failed${first ? `: ${first.trim()}` : ''}`;
}
