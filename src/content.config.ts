import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ArticleFrontmatterSchema } from './lib/schema/release.ts';

/**
 * The ingested corpus as an Astro collection (same zod schema as ingest). Pages do not read it:
 * they query the search backend at request time so that a re-index is live without a rebuild.
 */
const articles = defineCollection({
	loader: glob({ base: process.env['CONTENT_DIR'] ?? './content/articles', pattern: '**/*.md' }),
	schema: ArticleFrontmatterSchema,
});

export const collections = { articles };
