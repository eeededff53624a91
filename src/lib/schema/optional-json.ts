import { readFileSync } from 'node:fs';

/**
 * The parsed JSON of an optional data file (a trained model): undefined when there is none.
 * `fail` makes the error for a file that exists but cannot be read or is not JSON.
 */
export function readOptionalJson(
	path: string,
	fail: (message: string, cause: unknown) => Error,
): unknown {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw fail((error as Error).message, error);
	}
	try {
		return JSON.parse(text);
	} catch (error) {
		throw fail(`JSON syntax: ${(error as Error).message}`, error);
	}
}
