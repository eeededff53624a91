// Seeds an embedded index at DATA_DIR with the e2e sample corpus: `node tests/e2e/seed-index.ts`.
import { openBackend } from '../../src/lib/search/open-backend.ts';
import { upsertArticles } from '../../src/lib/search/upsert-articles.ts';
import { sampleCorpus } from './fixtures/sample-corpus.ts';

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
