import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { readDevSet } from '../../src/lib/eval/dev-set.ts';
import { sampleArticles } from '../../src/lib/eval/sample-articles.ts';
import type { Segmenter } from '../../src/lib/nlp/jieba/segmenter.ts';
import type { Article } from '../../src/lib/schema/release.ts';
import { readThemeConfig } from '../../src/lib/schema/themes-yaml.ts';
import { articleToSearchDocuments } from '../../src/lib/search/to-search-document.ts';
import type { ArticleSearchDocument } from '../../src/lib/search/types.ts';
import { corpusPath } from './corpus.ts';
import { taggedCorpusArticles } from './corpus-articles.ts';
import { corpusArticleId } from './corpus-seeds.ts';
import { corpusSliceIds } from './corpus-slice.ts';
import { PROJECT_ROOT } from './project.ts';

/** `search-judgments.json`: older judgments, over the samples or corpus articles. */
export interface LegacyQuery {
	id: string;
	set: 'samples' | 'corpus';
	q: string;
	region?: string;
	judgments: Record<string, number>;
}

export const LEGACY_JUDGMENTS = join(PROJECT_ROOT, 'search-config/eval/search-judgments.json');

export function readLegacyQueries(): LegacyQuery[] {
	return (JSON.parse(readFileSync(LEGACY_JUDGMENTS, 'utf8')) as { queries: LegacyQuery[] }).queries;
}

/** Ids of the bundled sample articles, which every evaluation collection holds. */
export function sampleIds(): Set<string> {
	return new Set(sampleArticles().map((a) => a.id));
}

/**
 * The collection the search dev set is judged over: the bundled samples, the dev set's seeded
 * corpus slice and the corpus articles the older judgments name, tagged at run time by the
 * project's own stages (the corpus is read, never stored). Without the corpus, the samples alone.
 */
export async function evalCollection(
	devSet: ReturnType<typeof readDevSet>,
	segmenter: Segmenter,
	log: (line: string) => void = () => {},
): Promise<ArticleSearchDocument[]> {
	const articles: Article[] = sampleArticles();
	const samples = articles.length;
	const file = corpusPath();
	if (file) {
		const started = performance.now();
		const drawn = await corpusSliceIds(file, devSet.slice);
		const judged = new Set(
			readLegacyQueries()
				.filter((q) => q.set === 'corpus')
				.flatMap((q) => Object.keys(q.judgments)),
		);
		const deps = { segmenter, themes: readThemeConfig(PROJECT_ROOT) };
		const accept = (row: { id: string }) => drawn.has(row.id) || judged.has(corpusArticleId(row));
		for await (const a of taggedCorpusArticles(deps, accept, file)) articles.push(a);
		log(
			`corpus: ${drawn.size} sliced (seed ${devSet.slice.seed}) + ${articles.length - drawn.size - samples} judged in search-judgments.json, tagged in ${((performance.now() - started) / 1000).toFixed(1)} s; ${samples} sample articles`,
		);
	} else {
		log(
			'corpus: skipped — ../shared/corpus is absent (read at run time, never stored here); the dev set and the corpus judgments need it, so only the sample judgments are scored',
		);
	}
	return articles.map((a) => articleToSearchDocuments(a).article);
}
