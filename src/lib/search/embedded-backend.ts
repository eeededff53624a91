import type { Segmenter } from '../nlp/jieba/segmenter.ts';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { loadBm25Counts } from './bm25-native.ts';
import { codesWithin, NATIONAL_CODE } from '../geo/gazetteer.ts';
import { ensureSchema, tablePrefix } from './embedded-schema.ts';
import { inSnapshot } from './snapshot.ts';
import { pageRows } from './page-rows.ts';
import { findSimilar } from './embedded-similar.ts';
import { createIndexCaches } from './embedded-caches.ts';
import { createEmbeddedWriter } from './embedded-write.ts';
import { primeTables, warmupSearches } from './embedded-warm.ts';
import { countFacet } from './facet-index.ts';
import { facetRecord } from './facets.ts';
import { filteredSizeBound } from './filter-idf.ts';
import { measureHubs, probeRows } from './hubness.ts';
import { isFiltered, passingInMemory, type FilterIndexes } from './filtered.ts';
import { filtersToSql } from './filters.ts';
import { termMatcher } from './highlight.ts';
import {
	fuseWithinTiers,
	fuseWithVectors,
	writeRanks,
	type FusionDeps,
} from './embedded-fusion.ts';
import type { HybridOptions } from './hybrid-rank.ts';
import { planQuery, type QueryContext } from './lexical-plan.ts';
import { embedQuery, readyEmbedder, type QueryEmbedderOption } from './query-embedder.ts';
import { stripRequest } from './query-fillers.ts';
import { tierMatch } from './hit-tiers.ts';
import { retrieveRanked } from './ranked-retrieval.ts';
import { loadRankingConfig, type RankingConfig } from './ranking-config.ts';
import { readIndexBuild } from '../schema/index-build.ts';
import { documentText, toSearchHit } from './search-hit.ts';
import { storedDocReader } from './stored-doc-reader.ts';
import { storeRowDecoder } from './store-row-decoder.ts';
import { loadStopWords, loadSynonyms, type Synonyms } from './synonyms.ts';
import type {
	Collection,
	SearchBackend,
	SearchDocument,
	SearchFilters,
	SearchHit,
	SearchRanking,
	SearchResult,
} from './types.ts';

/** Options of the embedded (SQLite FTS5) backend. */
export interface EmbeddedBackendOptions {
	/** Folder holding `search.sqlite`; created when missing. Ignored when `file` is given. */
	dataDir?: string;
	/** Database file, or `:memory:`. */
	file?: string;
	/**
	 * Cuts queries into words and the texts of `similar()`. The index itself holds character grams
	 * only, so any jieba (e.g. `createDictionarySegmenter`, which loads in milliseconds) will do.
	 */
	segmenter: Segmenter;
	synonyms?: Synonyms;
	stopWords?: ReadonlySet<string>;
	/** Relevance settings; default `search-config/ranking.json`. */
	ranking?: RankingConfig;
	/**
	 * Embeds queries for hybrid ranking (the model that computed the stored vectors). A promise is
	 * not waited for: searches stay lexical until it resolves, so a loading model never blocks.
	 */
	embedder?: QueryEmbedderOption;
	/**
	 * The process only searches: an index of another layout version is refused (IndexLayoutError)
	 * instead of started over.
	 */
	searchOnly?: boolean;
	/** Fusion settings of hybrid ranking, over those of `ranking.fusion`. */
	hybrid?: Partial<HybridOptions>;
}

/** Opens (or creates) the embedded SQLite FTS5 search index. */
export function openEmbeddedBackend(options: EmbeddedBackendOptions): SearchBackend {
	const file = options.file ?? join(options.dataDir ?? 'data', 'search.sqlite');
	if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
	const ranking = options.ranking ?? loadRankingConfig();
	const db = new DatabaseSync(file, { allowExtension: ranking.io.nativeBm25 });
	try {
		ensureSchema(db, file, !options.searchOnly);
	} catch (error) {
		db.close();
		throw error;
	}
	// After the schema check: loading reads the schema, so a damaged file fails there first.
	const bm25Counts = ranking.io.nativeBm25 && loadBm25Counts(db);
	const ctx: QueryContext = {
		segmenter: options.segmenter,
		stopWords: options.stopWords ?? loadStopWords(),
		synonyms: options.synonyms ?? loadSynonyms(),
	};
	db.exec(
		`PRAGMA cache_size = ${-1024 * ranking.io.pageCacheMb}; PRAGMA mmap_size = ${1024 * 1024 * ranking.io.mmapMb};`,
	);
	const hybrid: HybridOptions = { ...ranking.fusion, rerankLexical: true, ...options.hybrid };
	const embedder = readyEmbedder(options.embedder);
	const statements = new Map<string, StatementSync>();
	const stmt = (sql: string): StatementSync => {
		let s = statements.get(sql);
		if (!s) {
			s = db.prepare(sql);
			statements.set(sql, s);
		}
		return s;
	};
	const writer = createEmbeddedWriter(db, stmt, ranking.store);
	/** Decodes a store row, loading the zstd dictionary it names once. */
	const decodeDoc = storeRowDecoder(
		(id) =>
			(
				stmt('SELECT bytes FROM store_dict WHERE id = ?').get(id) as
					{ bytes: Uint8Array } | undefined
			)?.bytes,
	);
	/** Runs synchronous SQLite work as a promise, in one snapshot; a throw becomes a rejection. */
	const run = <T>(fn: () => T): Promise<T> => new Promise((resolve) => resolve(inSnapshot(db, fn)));

	/** Every filtered row into temp.hits (a search without words). */
	const collectFiltered = (collection: Collection, filters: SearchFilters | undefined) => {
		const p = tablePrefix(collection);
		const where = filtersToSql(p, filters, 'd.rowid');
		stmt('DELETE FROM temp.hits').run();
		stmt(
			`INSERT INTO temp.hits (rowid, score) SELECT d.rowid, 0 FROM ${p}_docs d WHERE ${where.sql}`,
		).run(...where.params);
	};

	const backend: SearchBackend = {
		name: 'embedded',

		upsert: (collection, docs, vectors) => writer.upsert(collection, docs, vectors),
		delete: (collection, ids) => writer.delete(collection, ids),

		async refreshHubness(collection, probeEmbedder) {
			const p = tablePrefix(collection);
			const { probes, share } = readIndexBuild().hubness;
			// The matrix as it is now: the probes and the counts both refer to its rows.
			const probed = await run(() => {
				const index = vectorIndex(p);
				if (!index) return undefined;
				const docOf = storedDocReader(stmt, p, decodeDoc);
				const rows = probeRows(index.matrix.rows, probes);
				return {
					index,
					rows,
					texts: rows.map((r) => documentText(docOf(index.rowids[r]!)!).title),
				};
			});
			if (!probed || probed.rows.length === 0) return;
			const ratios = await measureHubs(
				probed,
				probeEmbedder,
				share,
				ranking.fusion.vectorShortlist,
			);
			await writer.replaceHubs(collection, ratios);
		},

		listIds(collection) {
			return run(() => {
				const rows = stmt(`SELECT id, hash FROM ${tablePrefix(collection)}_docs`).all() as {
					id: string;
					hash: string;
				}[];
				return new Map(rows.map((r) => [r.id, r.hash]));
			});
		},

		async search(collection, params) {
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
					const total = Number(
						(stmt(`SELECT count(*) AS n FROM ${p}_docs`).get() as { n: number }).n,
					);
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
				const total = Number(
					(stmt('SELECT count(*) AS n FROM temp.hits').get() as { n: number }).n,
				);
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
						(stmt('SELECT json_group_array(rowid) AS ids FROM temp.hits').get() as { ids: string })
							.ids,
					) as number[];
					for (const facet of params.facets)
						facets[facet] = facetRecord(countFacet(facetIndex(p, facet), rowids));
				}
				return result(total, hits, order);
			});
		},

		similar(collection, id, options = {}) {
			return run(() =>
				findSimilar(
					{
						stmt,
						segmenter: ctx.segmenter,
						stopWords: ctx.stopWords,
						weights: (c) => ranking.fieldWeights[c],
						vectorIndex,
						filteredRowids,
						stats: collectionStats,
						readStoredDoc: decodeDoc,
					},
					collection,
					id,
					options,
				),
			);
		},

		get(collection, ids) {
			return run(() => {
				const p = tablePrefix(collection);
				const out: SearchDocument[] = [];
				for (const id of ids) {
					const row = stmt(
						`SELECT s.doc AS doc FROM ${p}_docs d JOIN ${p}_store s ON s.rowid = d.rowid WHERE d.id = ?`,
					).get(id) as { doc: Uint8Array } | undefined;
					if (row) out.push(decodeDoc(row.doc));
				}
				return out;
			});
		},

		async warm() {
			for (const collection of ['articles', 'measures'] as const) {
				const p = tablePrefix(collection);
				const searches = await run(() => {
					// Vectors first: loading them empties the page cache (see `vectorIndex`). A hybrid
					// query checks its neighbours against filters in memory.
					if (embedder()) {
						vectorIndex(p);
						mainRegionIndex(p);
					}
					primeTables(stmt, p);
					collectionStats(p);
					return warmupSearches(stmt, p, ranking.io.warmupSearches, decodeDoc);
				});
				for (const params of searches) await backend.search(collection, params);
			}
		},

		close() {
			writer.settle();
			statements.clear();
			if (db.isOpen) db.close();
			return Promise.resolve();
		},
	};

	const { vectorIndex, collectionStats, wholeFacet, facetIndex, mainRegionIndex } =
		createIndexCaches(db, stmt, () => writer.commits, bm25Counts);

	/** Rowids passing the filters, or undefined (every row) without filters. */
	function filteredRowids(p: string, filters: SearchFilters | undefined): number[] | undefined {
		if (!isFiltered(filters)) return undefined;
		const where = filtersToSql(p, filters);
		return (
			stmt(`SELECT d.rowid AS r FROM ${p}_docs d WHERE ${where.sql}`).all(...where.params) as {
				r: number;
			}[]
		).map((row) => row.r);
	}

	/** The collection's in-memory indexes that region and theme filters are checked against. */
	const filterIndexes = (p: string): FilterIndexes => ({
		regions: () => facetIndex(p, 'region'),
		mainRegions: () => mainRegionIndex(p),
		themes: () => facetIndex(p, 'theme'),
	});

	function passingFilters(
		p: string,
		filters: SearchFilters | undefined,
		rowids: readonly number[],
	): Set<number> {
		if (!filters || !isFiltered(filters) || rowids.length === 0) return new Set(rowids);
		const inMemory = passingInMemory(filters, rowids, filterIndexes(p));
		if (inMemory) return inMemory;
		const where = filtersToSql(p, filters, 'd.rowid', 'each');
		const rows = stmt(
			`SELECT d.rowid AS r FROM ${p}_docs d WHERE d.rowid IN (SELECT value FROM json_each(?)) AND ${where.sql}`,
		).all(JSON.stringify(rowids), ...where.params) as { r: number }[];
		return new Set(rows.map((row) => row.r));
	}

	const fusion: FusionDeps = {
		filteredSize: (p, filters) => filteredSizeBound(filters, filterIndexes(p)),
		stmt,
		vectorIndex,
		passingFilters,
		options: hybrid,
		phraseSemanticWeight: ranking.fusion.phraseSemanticWeight,
		vectorShortlist: ranking.fusion.vectorShortlist,
	};

	return backend;
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
