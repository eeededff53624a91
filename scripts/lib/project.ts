import { fileURLToPath } from 'node:url';

/** Absolute path of the repository root (scripts run from anywhere). */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Prints an error's message (no stack for the project's own errors) and exits with `code`. */
export function fail(error: unknown, code = 1): never {
	const message = error instanceof Error ? error.message : String(error);
	process.stderr.write(`${message}\n`);
	if (process.env['DEBUG'] && error instanceof Error)
		process.stderr.write(`${error.stack ?? ''}\n`);
	process.exit(code);
}
