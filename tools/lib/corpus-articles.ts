import { tagArticle, type PipelineDeps } from '../../src/lib/ingest/pipeline.ts';
import type { Article } from '../../src/lib/schema/release.ts';
import { corpusPath, readCorpus } from './corpus.ts';
import { corpusArticleId } from './corpus-seeds.ts';

/**
 * Corpus rows run through the project's own tagging stages (locality, themes, measures,
 * slogans), keeping the corpus id (lower-cased) so judgments can name them. Read at run time only.
 */
export async function* taggedCorpusArticles(
	deps: PipelineDeps,
	accept: (row: { id: string; source: string; date: string }) => boolean,
	file = corpusPath(),
): AsyncIterable<Article> {
	if (!file) return;
	for await (const row of readCorpus(file)) {
		if (!accept(row)) continue;
		const paragraphs = row.text
			.split(/\n+/u)
			.map((p) => p.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, ''))
			.filter((p) => p !== '');
		const article = tagArticle(
			{
				title: row.title,
				titleGenerated: false,
				paragraphs,
				date: /^\d{4}-\d{2}-\d{2}$/u.test(row.date) ? row.date : null,
				datePrecision: 'day',
				source: row.source,
				reporters: [],
				kind: 'news',
				sourceFile: `corpus/${row.id}`,
				line: 1,
			},
			deps,
		);
		yield { ...article, id: corpusArticleId(row) };
	}
}
