// Seeds an embedded index at DATA_DIR with the e2e sample corpus: `node tests/e2e/seed-index.ts`.
import { openBackend } from '../../src/lib/search/open-backend.ts';
import { articleToSearchDocuments } from '../../src/lib/search/to-search-document.ts';
import { sampleCorpus } from './fixtures/sample-corpus.ts';

/** Upserts the sample corpus into the backend configured by the environment; returns the article count. */
export async function seedIndex(dataDir?: string): Promise<number> {
	const backend = await openBackend(dataDir ? { dataDir } : {});
	try {
		const docs = sampleCorpus().map(articleToSearchDocuments);
		await backend.upsert(
			'articles',
			docs.map((d) => d.article),
		);
		await backend.upsert(
			'measures',
			docs.flatMap((d) => d.measures),
		);
		return docs.length;
	} finally {
		await backend.close();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	process.stdout.write(
		`seeded ${await seedIndex()} articles into ${process.env['DATA_DIR'] ?? 'data'}\n`,
	);
}
