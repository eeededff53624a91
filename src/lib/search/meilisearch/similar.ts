import type { FederatedMultiSearchParams } from 'meilisearch';
import type { Segmenter } from '../../nlp/jieba/segmenter.ts';
import { filtersToMeilisearch, meiliValue } from '../filters.ts';
import { toSearchHit } from '../search-hit.ts';
import { isMeasureDocument } from '../to-search-document.ts';
import type { Collection, SearchDocument, SearchFilters, SimilarResult } from '../types.ts';
import { readRankingConfig } from '../ranking-config.ts';
import type { MeiliContext } from './context.ts';
import { fromStored, type Stored } from './documents.ts';
import { EMBEDDER } from './settings.ts';

/** Words a "more like this" query keeps (Meilisearch reads only a query's first 10). */
const { meilisearchQueryWords: QUERY_WORDS, meilisearchSimilarChars: TEXT_CHARS } =
	readRankingConfig().limits;

/**
 * The words that best stand for a document in a lexical "more like this" query: its most frequent
 * words of two or more characters (headline words counted twice), stop words left out.
 */
function characteristicWords(
	doc: SearchDocument,
	segmenter: Segmenter,
	stopWords: ReadonlySet<string>,
	limit = QUERY_WORDS,
): [word: string, weight: number][] {
	const head = isMeasureDocument(doc) ? '' : doc.title;
	const text = isMeasureDocument(doc)
		? doc.text
		: (doc.measuresText || doc.body).slice(0, TEXT_CHARS);
	const counts = new Map<string, number>();
	const add = (source: string, weight: number) => {
		for (const word of segmenter.cut(source)) {
			if (word.length < 2 || !/\p{Script=Han}/u.test(word) || stopWords.has(word)) continue;
			counts.set(word, (counts.get(word) ?? 0) + weight);
		}
	};
	add(head, 2);
	add(text, 1);
	return [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length).slice(0, limit);
}

/**
 * Documents like `id`: through `/similar` and the stored vectors when the index has them, else a
 * word query made of the document's characteristic words. Never the document itself.
 */
export async function findSimilar(
	ctx: MeiliContext,
	collection: Collection,
	doc: SearchDocument,
	options: { filters?: SearchFilters | undefined; limit?: number | undefined },
): Promise<SimilarResult> {
	const limit = options.limit ?? 10;
	const filter = [...filtersToMeilisearch(options.filters), `id != ${meiliValue(doc.id)}`];
	if (collection === 'articles') filter.push('(duplicateOf IS NULL OR duplicateOf NOT EXISTS)');
	const toHits = (hits: Stored[]) =>
		hits.map((h) => toSearchHit(collection, fromStored(h), Number(h._rankingScore ?? 0), null));
	const settings = await ctx.serverSettings(collection);
	if (settings?.embedders?.[EMBEDDER]) {
		const response = await ctx.call(() =>
			ctx.index(collection).searchSimilarDocuments<Stored>({
				id: doc.id,
				filter,
				limit,
				embedder: EMBEDDER,
				showRankingScore: true,
			}),
		);
		return { method: 'embedding', hits: toHits(response.hits) };
	}
	const words = characteristicWords(doc, ctx.segmenter(), ctx.stopWords);
	if (words.length === 0) return { method: 'lexical', hits: [] };
	const top = words[0]![1];
	const query = (q: string, weight: number) => ({
		indexUid: ctx.index(collection).uid,
		q,
		filter,
		locales: ['cmn' as const],
		matchingStrategy: 'frequency' as const,
		federationOptions: { weight },
	});
	// Any of the words may match (one query each, merged by weighted score); a document sharing
	// most of them ranks first through the query of all words together.
	const response = await ctx.call(() =>
		ctx.client.multiSearch<FederatedMultiSearchParams, Stored>({
			federation: { limit },
			queries: [
				query(words.map(([w]) => w).join(' '), 1),
				...words.map(([w, count]) => query(w, 0.9 * (count / top))),
			],
		}),
	);
	return { method: 'lexical', hits: toHits(response.hits) };
}
