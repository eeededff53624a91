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

/**
 * Parses a trained model's file with `schema` and, on failure, throws the model's own error
 * (`ModelError`, which says how to write the file again) naming `path` and every bad field on one line.
 */
export function parseModelFile<S extends z.ZodType>(
	schema: S,
	data: unknown,
	path: string,
	ModelError: new (path: string, reason: string, options: { cause: unknown }) => Error,
): z.output<S> {
	const result = schema.safeParse(data);
	if (result.success) return result.data;
	throw new ModelError(path, issueLines(result.error).join('; '), { cause: result.error });
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
