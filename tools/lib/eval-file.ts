import type { z } from 'astro/zod';
import { parseWithFriendlyErrors, readJsonFile } from '../../src/lib/schema/friendly-errors.ts';
import { PROJECT_ROOT } from './project.ts';

/**
 * The JSON file at `path` (under `eval/`) validated by `schema`, its errors labelled
 * `eval → <path from the project root>`.
 * @throws {Error} naming the file and the reason when it is missing, not JSON, or invalid.
 */
export function readEvalFile<S extends z.ZodType>(schema: S, path: string): z.output<S> {
	return parseWithFriendlyErrors(
		schema,
		readJsonFile(path),
		`eval → ${path.replace(PROJECT_ROOT, '')}`,
	);
}
