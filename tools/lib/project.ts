import { fileURLToPath } from 'node:url';
import { UsageError } from '../../src/lib/errors.ts';

/** Absolute path of the repository root (scripts run from anywhere). */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Prints an error as `Name: message` (the message alone for a plain `Error`; the stack only with
 * `DEBUG` set) and exits with `code`.
 */
export function fail(error: unknown, code = 1): never {
	const message =
		error instanceof Error
			? error.name === 'Error'
				? error.message
				: `${error.name}: ${error.message}`
			: String(error);
	process.stderr.write(`${message}\n`);
	if (process.env['DEBUG'] && error instanceof Error)
		process.stderr.write(`${error.stack ?? ''}\n`);
	process.exit(code);
}

/**
 * Runs a command's `main` and exits with the status it returns; a thrown error goes through
 * `fail`, with status 2 for a `UsageError` (wrong arguments) and 1 otherwise.
 */
export function runMain(main: () => Promise<number>): void {
	main().then(
		(code) => process.exit(code),
		(error: unknown) => fail(error, error instanceof UsageError ? 2 : 1),
	);
}

/**
 * The value of option `--<name>` as a positive whole number; otherwise prints
 * `--<name> must be a positive integer. Usage: <usage>` and exits 2.
 */
export function positiveIntegerOption(name: string, value: string, usage: string): number {
	const n = Number(value);
	if (!Number.isInteger(n) || n <= 0) {
		console.error(`--${name} must be a positive integer. Usage: ${usage}`);
		process.exit(2);
	}
	return n;
}
