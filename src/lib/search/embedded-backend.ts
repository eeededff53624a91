import { readIndexBuild } from '../schema/index-build.ts';
import { createIndexCaches } from './embedded-caches.ts';
import { createFilterQueries } from './embedded-filters.ts';
import type { FusionDeps } from './embedded-fusion.ts';
import type { EmbeddedBackendOptions } from './embedded-options.ts';
import { openEmbeddedConnection } from './embedded-connection.ts';
import { tablePrefix } from './embedded-schema.ts';
import { searchEmbedded, type EmbeddedSearchDeps } from './embedded-search.ts';
import { findSimilar } from './embedded-similar.ts';
import { primeTables, warmupSearches } from './embedded-warm.ts';
import { createEmbeddedWriter } from './embedded-write.ts';
import { filteredSizeBound } from './filter-idf.ts';
import { measureHubs, probeRows } from './hubness.ts';
import type { HybridOptions } from './hybrid-rank.ts';
import type { QueryContext } from './lexical-plan.ts';
import { readyEmbedder } from './query-embedder.ts';
import { loadRankingConfig } from './ranking-config.ts';
import { documentText } from './search-hit.ts';
import { inSnapshot } from './snapshot.ts';
import { storedDocReader } from './stored-doc-reader.ts';
import { storeRowDecoder } from './store-row-decoder.ts';
import { loadStopWords, loadSynonyms } from './synonyms.ts';
import type { SearchBackend, SearchDocument } from './types.ts';

export type { EmbeddedBackendOptions } from './embedded-options.ts';

/** Opens (or creates) the embedded SQLite FTS5 search index. */
export function openEmbeddedBackend(options: EmbeddedBackendOptions): SearchBackend {
	const ranking = options.ranking ?? loadRankingConfig();
	const { db, statements, stmt, bm25Counts } = openEmbeddedConnection(options, ranking);
	const ctx: QueryContext = {
		segmenter: options.segmenter,
		stopWords: options.stopWords ?? loadStopWords(),
		synonyms: options.synonyms ?? loadSynonyms(),
	};
	const hybrid: HybridOptions = { ...ranking.fusion, rerankLexical: true, ...options.hybrid };
	const embedder = readyEmbedder(options.embedder);
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

		search: (collection, params) => searchEmbedded(searchDeps, collection, params),

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

	const caches = createIndexCaches(db, stmt, () => writer.commits, bm25Counts);
	const { vectorIndex, collectionStats, mainRegionIndex } = caches;
	const { filteredRowids, filterIndexes, passingFilters, collectFiltered } = createFilterQueries(
		stmt,
		caches,
	);

	const fusion: FusionDeps = {
		filteredSize: (p, filters) => filteredSizeBound(filters, filterIndexes(p)),
		stmt,
		vectorIndex,
		passingFilters,
		options: hybrid,
		phraseSemanticWeight: ranking.fusion.phraseSemanticWeight,
		vectorShortlist: ranking.fusion.vectorShortlist,
	};

	const searchDeps: EmbeddedSearchDeps = {
		stmt,
		ranking,
		ctx,
		embedder,
		run,
		decodeDoc,
		caches,
		fusion,
		collectFiltered,
	};

	return backend;
}
