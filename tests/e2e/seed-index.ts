// Seeds an embedded index at DATA_DIR with the e2e sample corpus: `node tests/e2e/seed-index.ts`.
import { openBackend } from '../../src/lib/search/open-backend.ts';
import { articleToSearchDocuments } from '../../src/lib/search/to-search-document.ts';
import type { Article } from '../../src/lib/schema/release.ts';
import type { SearchBackend } from '../../src/lib/search/types.ts';
import { sampleCorpus } from './fixtures/sample-corpus.ts';

/** Upserts `articles` and their measures into `backend` (shared by the e2e corpus and the site bench). */
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

/** Upserts the sample corpus into the backend configured by the environment; returns the article count. */
export async function seedIndex(dataDir?: string): Promise<number> {
	const backend = await openBackend(dataDir ? { dataDir } : {});
	try {
		const articles = sampleCorpus();
		await upsertArticles(backend, articles);
		return articles.length;
	} finally {
		await backend.close();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	process.stdout.write(
		`seeded ${await seedIndex()} articles into ${process.env['DATA_DIR'] ?? 'data'}\n`,
	);
}
