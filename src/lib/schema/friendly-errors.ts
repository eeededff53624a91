import type { z } from 'astro/zod';

/** A document that does not match its schema; the message lists every problem with its field path. */
export class SchemaValidationError extends Error {
	override name = 'SchemaValidationError';
	/** One `path: message` line per problem. */
	readonly issues: string[];

	constructor(label: string, issues: string[], options?: { cause?: unknown }) {
		super(
			`**${label}** does not match the article schema:\n${issues.map((i) => `- ${i}`).join('\n')}`,
			options,
		);
		this.issues = issues;
	}
}

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
	const issues = result.error.issues.map((issue) => {
		const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
		return `**${path}**: ${issue.message}`;
	});
	throw new SchemaValidationError(label, issues, { cause: result.error });
}
