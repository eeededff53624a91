import { readArticles } from '../../src/lib/article-store/article-files.ts';
import type { Article } from '../../src/lib/schema/release.ts';
import { corpusSeeds } from './corpus-seeds.ts';

/**
 * Seed articles for a synthetic corpus: up to `limit` articles of ../shared/corpus, else every
 * article in `content/articles`.
 * @throws {Error} when neither holds an article.
 */
export async function benchSeeds(
	limit: number,
	articlesDir = 'content/articles',
): Promise<Article[]> {
	const fromCorpus = await corpusSeeds(limit);
	if (fromCorpus.length > 0) return fromCorpus;
	const own: Article[] = [];
	for await (const a of readArticles(articlesDir)) own.push(a);
	if (own.length === 0)
		throw new Error(
			`No seeds: neither ../shared/corpus nor ${articlesDir} holds articles. Run \`npm run ingest\` first.`,
		);
	return own;
}
