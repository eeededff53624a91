import { readFileSync } from 'node:fs';
import { SchemaValidationError } from '../errors.ts';
import type { z } from 'astro/zod';

/**
 * Parses `data` with `schema` and, on failure, throws a `SchemaValidationError` formatted the way Astro
 * reports content errors: `**collection → entry**`, then one `**path**: message` line per issue.
 */
export function parseWithFriendlyErrors<S extends z.ZodType>(
	schema: S,
	data: unknown,
	label: string,
): z.output<S> {
	const result = schema.safeParse(data);
	if (result.success) return result.data;
	throw new SchemaValidationError(label, issueLines(result.error), { cause: result.error });
}

/** A zod path as dotted keys (`themes.3.id`), `(root)` when empty. */
function dottedPath(path: readonly PropertyKey[]): string {
	return path.length > 0 ? path.map(String).join('.') : '(root)';
}

/**
 * One `**path**: message` line per zod issue, the way Astro reports content errors; `formatPath`
 * writes a path when a file has a more readable form than dotted keys.
 */
export function issueLines(
	error: z.ZodError,
	formatPath: (path: readonly PropertyKey[]) => string = dottedPath,
): string[] {
	return error.issues.map((issue) => `**${formatPath(issue.path)}**: ${issue.message}`);
}

/**
 * The parsed JSON of `path`, for a schema to validate next.
 * @throws {Error} naming the file and why it could not be read (missing, unreadable, not JSON).
 */
export function readJsonFile(path: string): unknown {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		throw new Error(`cannot read ${path}: ${(error as Error).message}`, { cause: error });
	}
	try {
		return JSON.parse(text) as unknown;
	} catch (error) {
		throw new Error(`cannot read ${path}: not valid JSON (${(error as Error).message})`, {
			cause: error,
		});
	}
}
