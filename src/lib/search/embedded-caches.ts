import type { DatabaseSync, StatementSync } from 'node:sqlite';
import {
	loadFacetIndex,
	loadPairIndex,
	mainRegionPairsSql,
	type FacetIndex,
} from './facet-index.ts';
import { facetRecord, wholeFacetSql } from './facets.ts';
import { countsBlob, matchPhrases } from './bm25-native.ts';
import { gramDocFrequency } from './gram-doc-frequency.ts';
import { rowSetBits } from './filter-bits.ts';
import { rowSetConditions } from './filters.ts';
import type { FacetName, SearchFilters } from './types.ts';
import { loadVectorIndex, type VectorIndex } from './vector-index.ts';
import { readRankingConfig } from './ranking-config.ts';

/** Document frequencies, and filters' bitmaps, a collection keeps before it starts over. */
const { dfCacheEntries: DF_CACHE_ENTRIES, filterBitmaps: FILTER_BITMAPS } =
	readRankingConfig().limits;

/** `cache`'s value for `key`, computed once; a cache of `most` entries starts over. */
function remembered<V>(
	cache: Map<string, V>,
	key: string,
	compute: () => V,
	most = DF_CACHE_ENTRIES,
): V {
	let value = cache.get(key);
	if (value === undefined) {
		value = compute();
		if (cache.size >= most) cache.clear();
		cache.set(key, value);
	}
	return value;
}

/**
 * The gram of a quoted phrase of exactly one gram, as the vocabulary lists it, else undefined: no
 * prefix, no space, only characters the ascii tokenizer keeps as they are (non-ASCII, lower-case
 * letters, digits), so the phrase matches exactly the documents that hold the gram.
 */
function oneGram(phrase: string): string | undefined {
	return /^"(?:[^\x00-\x7f]|[0-9a-z])+"$/u.test(phrase) ? phrase.slice(1, -1) : undefined;
}

/** The caches `createIndexCaches` makes. */
export type IndexCaches = ReturnType<typeof createIndexCaches>;

/**
 * What the embedded index keeps in memory between queries, each dropped when the index changes
 * (another connection's commit moves `data_version`; `commits` counts this one's): the vectors as
 * one matrix, document counts and frequencies, whole-collection facets and each facet's values of
 * every document (and each document's primary region chain, for filters); with `bm25Counts` (the
 * connection has the extension: `bm25_counts`, `rowid_in`), each phrase's exact document count
 * and region and theme filters' rows as bitmaps.
 */
export function createIndexCaches(
	db: DatabaseSync,
	stmt: (sql: string) => StatementSync,
	commits: () => number,
	bm25Counts = false,
) {
	// Every cache belongs to one version of the index and is dropped together when it moves.
	const vectors = new Map<string, VectorIndex | null>();
	const stats = new Map<
		string,
		{
			docs: number;
			df: Map<string, number>;
			grams: Map<string, number>;
			phrases: Map<string, number>;
			counts: Map<string, Uint8Array>;
			bits: Map<string, Uint8Array | undefined>;
		}
	>();
	const facets = new Map<string, Record<string, number>>();
	const facetIndexes = new Map<string, FacetIndex>();
	let version = '';
	const current = () => {
		const now = `${String((stmt('PRAGMA data_version').get() as { data_version: number }).data_version)}:${commits()}`;
		if (now !== version) {
			version = now;
			vectors.clear();
			stats.clear();
			facets.clear();
			facetIndexes.clear();
		}
	};

	/** The collection's vectors as an int8 matrix; null without vectors. */
	function vectorIndex(p: string): VectorIndex | null {
		current();
		if (!vectors.has(p)) {
			vectors.set(p, loadVectorIndex(db, p));
			// The vector table is read once, into the matrix: left in the page cache, its pages would
			// take 0.5 KB a document of it (52 MB at 100k) that no query reads again, in a process's
			// memory and in place of postings and documents that queries do reread.
			db.exec('PRAGMA shrink_memory');
		}
		return vectors.get(p)!;
	}

	/**
	 * Document count and document frequencies of a collection (of expressions, and of the grams
	 * they are estimated from): the count is a table scan and a frequency reads the vocabulary's
	 * doclists. With `bm25Counts`, also each phrase's exact count, for `bm25_counts`.
	 */
	function collectionStats(p: string) {
		current();
		let cached = stats.get(p);
		if (!cached) {
			const docs = Number((stmt(`SELECT count(*) AS n FROM ${p}_docs`).get() as { n: number }).n);
			cached = {
				docs,
				df: new Map(),
				grams: new Map(),
				phrases: new Map(),
				counts: new Map(),
				bits: new Map(),
			};
			stats.set(p, cached);
		}
		const { docs, df, grams, phrases, counts, bits } = cached;
		// A gram's count walks its whole doclist (milliseconds for a common one at 100k), and one
		// query's words, bigrams and phrases share grams: each is counted once.
		const gramDocs = (gram: string) =>
			remembered(grams, gram, () => {
				const row = stmt(`SELECT doc FROM ${p}_charvocab WHERE term = ?`).get(gram) as
					{ doc: number } | undefined;
				return Number(row?.doc ?? 0);
			});
		// What bm25() counts of a phrase (its whole doclist, every statement): counted once. A
		// phrase of one gram holds the documents holding the gram, which the vocabulary counts
		// anyway for its frequency: its doclist is walked once, not twice, and in about half the
		// time of a MATCH (at 100k, 发展: 1.0 against 2.2 ms).
		const phraseDocs = (phrase: string) =>
			remembered(phrases, phrase, () => {
				const gram = oneGram(phrase);
				if (gram !== undefined) return gramDocs(gram);
				return Number(
					(
						stmt(`SELECT count(*) AS n FROM ${p}_chars WHERE ${p}_chars MATCH ?`).get(phrase) as {
							n: number;
						}
					).n,
				);
			});
		return {
			docCount: () => docs,
			docFrequency: (expr: string) => remembered(df, expr, () => gramDocFrequency(gramDocs, expr)),
			...(bm25Counts && {
				phraseCounts: (expr: string) =>
					remembered(counts, expr, () => countsBlob(matchPhrases(expr).map(phraseDocs))),
				filterBits: (filters: SearchFilters | undefined) => {
					const conditions = rowSetConditions(filters);
					return remembered(
						bits,
						JSON.stringify(conditions),
						() => rowSetBits(stmt, p, conditions),
						FILTER_BITMAPS,
					);
				},
			}),
		};
	}

	/** Facet counts over the whole collection (no query, no filter). */
	function wholeFacet(p: string, facet: FacetName): Record<string, number> {
		current();
		const key = `${p}:${facet}`;
		let record = facets.get(key);
		if (!record) {
			const { sql, params } = wholeFacetSql(p, facet);
			record = facetRecord(stmt(sql).all(...params) as { v: string; n: number }[]);
			facets.set(key, record);
		}
		return record;
	}

	/** The in-memory index under `key`, loaded once per index version. */
	function cachedIndex(key: string, load: () => FacetIndex): FacetIndex {
		current();
		let index = facetIndexes.get(key);
		if (!index) {
			index = load();
			facetIndexes.set(key, index);
		}
		return index;
	}

	/** One facet's values of every document of the collection (see `loadFacetIndex`). */
	const facetIndex = (p: string, facet: FacetName) =>
		cachedIndex(`${p}:${facet}`, () => loadFacetIndex(stmt, p, facet));

	/** Each document's primary region and its ancestors, as a region filter matches by default. */
	const mainRegionIndex = (p: string) =>
		cachedIndex(`${p}:main-region`, () => loadPairIndex(stmt, mainRegionPairsSql(p)));

	return { vectorIndex, collectionStats, wholeFacet, facetIndex, mainRegionIndex };
}
