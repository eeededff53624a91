import type { StatementSync } from 'node:sqlite';
import { codesWithin, NATIONAL_CODE } from '../geo/gazetteer.ts';
import type { IndexCaches } from './embedded-caches.ts';
import type { FilterQueries } from './embedded-filters.ts';
import {
	fuseWithinTiers,
	fuseWithVectors,
	writeRanks,
	type FusionDeps,
} from './embedded-fusion.ts';
import { tablePrefix } from './embedded-schema.ts';
import { countFacet } from './facet-index.ts';
import { facetRecord } from './facets.ts';
import { isFiltered } from './filtered.ts';
import { termMatcher } from './highlight.ts';
import { tierMatch } from './hit-tiers.ts';
import { planQuery, type QueryContext } from './lexical-plan.ts';
import { pageRows } from './page-rows.ts';
import { embedQuery } from './query-embedder.ts';
import { stripRequest } from './query-fillers.ts';
import { retrieveRanked } from './ranked-retrieval.ts';
import type { RankingConfig } from './ranking-config.ts';
import { documentText, toSearchHit } from './search-hit.ts';
import { storedDocReader } from './stored-doc-reader.ts';
import type { StoreRowDecoder } from './store-row-decoder.ts';
import type { VectorSource } from './sync-index.ts';
import type { Collection, SearchHit, SearchParams, SearchRanking, SearchResult } from './types.ts';

/** What a search needs of the open embedded index. */
export interface EmbeddedSearchDeps {
	stmt: (sql: string) => StatementSync;
	ranking: RankingConfig;
	ctx: QueryContext;
	/** The query embedder once it is ready, else null. */
	embedder: () => VectorSource | null;
	/** Runs synchronous SQLite work as a promise, in one snapshot. */
	run: <T>(fn: () => T) => Promise<T>;
	decodeDoc: StoreRowDecoder;
	caches: Pick<IndexCaches, 'vectorIndex' | 'collectionStats' | 'wholeFacet' | 'facetIndex'>;
	fusion: FusionDeps;
	collectFiltered: FilterQueries['collectFiltered'];
}

/**
 * A search of the embedded index (`SearchBackend.search`): browsing without words or filters
 * reads whole tables; a query with words is retrieved, rescored and, with a query vector, fused
 * with its nearest vectors; a filter alone lists its rows. Totals and facets count temp.hits.
 */
export async function searchEmbedded(
	deps: EmbeddedSearchDeps,
	collection: Collection,
	params: SearchParams,
): Promise<SearchResult> {
	const { stmt, ranking, ctx, embedder, run, decodeDoc, fusion, collectFiltered } = deps;
	const { vectorIndex, collectionStats, wholeFacet, facetIndex } = deps.caches;
	const started = performance.now();
	const q = stripRequest(params.q, ranking.queryFillers, ctx.segmenter);
	const plan = planQuery(q, ctx, {
		phraseWindow: ranking.candidates.phraseWindow,
		copiedRunChars: ranking.copiedRunChars,
		queryStopWords: ranking.queryStopWords,
	});
	// Hybrid only for relevance-sorted queries with words (a quoted phrase's tiers stay apart).
	const queryEmbedder = embedder();
	const queryVector =
		queryEmbedder &&
		plan.allExpr &&
		(params.sort ?? 'relevance') === 'relevance' &&
		vectorIndex(tablePrefix(collection))
			? await embedQuery(queryEmbedder, q)
			: null;
	return run(() => {
		const p = tablePrefix(collection);
		const hitsPerPage = Math.max(1, Math.min(params.hitsPerPage ?? 20, 1000));
		const page = Math.max(1, Math.floor(params.page ?? 1));
		const matcher = termMatcher(plan.highlightTerms);
		const facets: SearchResult['facets'] = {};
		const result = (total: number, hits: SearchHit[], ranking: SearchRanking) => ({
			total,
			page,
			hitsPerPage,
			hits,
			facets,
			tookMs: performance.now() - started,
			ranking,
		});
		if (!plan.allExpr && !isFiltered(params.filters)) {
			// Browsing everything: counts over whole tables, cached until the index changes.
			const total = Number((stmt(`SELECT count(*) AS n FROM ${p}_docs`).get() as { n: number }).n);
			const order = params.sort === 'date-asc' ? 'date IS NULL, date ASC' : 'date DESC';
			const rows = stmt(
				`SELECT s.doc AS doc FROM (SELECT rowid FROM ${p}_docs ORDER BY ${order} LIMIT ? OFFSET ?) t JOIN ${p}_store s ON s.rowid = t.rowid`,
			).all(hitsPerPage, (page - 1) * hitsPerPage) as { doc: Uint8Array }[];
			const hits = rows.map((r) => toSearchHit(collection, decodeDoc(r.doc), 0, null));
			for (const facet of params.facets ?? []) facets[facet] = wholeFacet(p, facet);
			return result(total, hits, 'lexical');
		}
		let order: SearchRanking = 'lexical';
		// The documents rescored are read once: the page shows some of them.
		const docOf = storedDocReader(stmt, p, decodeDoc);
		if (plan.allExpr) {
			const ranked = retrieveRanked(
				{
					stmt,
					p,
					config: ranking,
					weights: ranking.fieldWeights[collection],
					candidate: (rowid) => {
						const doc = docOf(rowid)!;
						return { text: documentText(doc), region: doc.region };
					},
					prefetch: docOf.prefetch,
					...collectionStats(p),
				},
				plan,
				params.filters,
				codesInsideFilter(params.filters?.region),
			);
			order = !queryVector
				? writeRanks(fusion, ranked)
				: plan.phrases.length > 0
					? fuseWithinTiers(fusion, p, queryVector, ranked)
					: fuseWithVectors(
							fusion,
							p,
							queryVector,
							params.filters,
							ranked,
							// A short query that no text holds whole is worded otherwise than the texts (a
							// paraphrase): a hit's share of it says how far to trust its rank against the
							// vectors'. A sentence's context words may well be missing from relevant texts.
							!ranked.some((r) => r.full) &&
								plan.chunks.every((c) => [...c].length <= ranking.copiedRunChars),
						);
		} else collectFiltered(collection, params.filters);
		const total = Number((stmt('SELECT count(*) AS n FROM temp.hits').get() as { n: number }).n);
		const rows = pageRows(stmt, p, params.sort, hitsPerPage, (page - 1) * hitsPerPage);
		const hits: SearchHit[] = rows.map((r) => {
			const hit = toSearchHit(collection, docOf(r.rowid)!, r.fused, matcher);
			const match = tierMatch(r.tier);
			if (match) hit.match = match;
			// A neighbour the words never matched joined with BM25 score 0.
			else if (order === 'hybrid' && r.score === 0) hit.match = 'meaning';
			return hit;
		});
		// The hits hold the documents they show; the reader lets go of the rest (see `release`).
		docOf.release();
		if (params.facets?.length) {
			// Counted in memory over the hits' rowids: a GROUP BY would look every hit up.
			const rowids = JSON.parse(
				(stmt('SELECT json_group_array(rowid) AS ids FROM temp.hits').get() as { ids: string }).ids,
			) as number[];
			for (const facet of params.facets)
				facets[facet] = facetRecord(countFacet(facetIndex(p, facet), rowids));
		}
		return result(total, hits, order);
	});
}

/**
 * Codes of every division inside the filter's regions (themselves included), for the region
 * boost; the country and unknown codes add none (every item lies inside the country).
 */
function codesInsideFilter(codes: readonly string[] | undefined): string[] {
	const inside = new Set<string>();
	for (const code of codes ?? [])
		if (code !== NATIONAL_CODE) for (const c of codesWithin(code)) inside.add(c);
	return [...inside];
}
