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
