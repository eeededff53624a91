import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'astro/zod';
import { parseWithFriendlyErrors } from './schema/friendly-errors.ts';

// Relative to this module in the source tree; a bundled server (dist/) resolves from the working directory.
const SOURCE_TREE_CONFIG = fileURLToPath(new URL('../../search-config/', import.meta.url));

/**
 * Path of a file in `search-config/`: under `JUCUO_CONFIG_DIR` when set, else the source tree's folder
 * when it is there, else `search-config/` under the working directory (the repository root, where
 * every npm script and the built server run).
 */
export function searchConfigPath(name: string, env: NodeJS.ProcessEnv = process.env): string {
	const dir = env['JUCUO_CONFIG_DIR'];
	if (dir) return resolve(dir, name);
	const fromSource = join(SOURCE_TREE_CONFIG, name);
	return existsSync(fromSource) ? fromSource : resolve(process.cwd(), 'search-config', name);
}

/**
 * A getter for the JSON file `search-config/<name>` validated by `schema`, read on its first call
 * and then kept for the process.
 * @throws {SchemaValidationError} naming the file and every bad field.
 */
export function searchConfigReader<S extends z.ZodType>(
	schema: S,
	name: string,
): () => z.output<S> {
	let cached: z.output<S> | undefined;
	return () =>
		(cached ??= parseWithFriendlyErrors(
			schema,
			JSON.parse(readFileSync(searchConfigPath(name), 'utf8')),
			`search-config → ${name}`,
		));
}
