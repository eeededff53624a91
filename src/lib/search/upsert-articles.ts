import type { Article } from '../schema/release.ts';
import { articleToSearchDocuments } from './to-search-document.ts';
import type { SearchBackend } from './types.ts';

/**
 * Writes `articles` and their measures into `backend` without comparing hashes or computing
 * vectors (`syncIndex` does both): for seeding tests, benchmarks and fixtures.
 */
export async function upsertArticles(backend: SearchBackend, articles: Article[]): Promise<void> {
	const docs = articles.map(articleToSearchDocuments);
	await backend.upsert(
		'articles',
		docs.map((d) => d.article),
	);
	await backend.upsert(
		'measures',
		docs.flatMap((d) => d.measures),
	);
}
