import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { facetRecord, wholeFacetSql } from './facets.ts';
import { gramDocFrequency } from './ranked-retrieval.ts';
import type { FacetName } from './types.ts';
import { loadVectorIndex, type VectorIndex } from './vector-index.ts';

/** Document frequencies a collection keeps in memory before it starts over. */
const DF_CACHE_ENTRIES = 50_000;

/**
 * What the embedded index keeps in memory between queries, each dropped when the index changes
 * (another connection's commit moves `data_version`; `commits` counts this one's): the vectors as
 * one matrix, document counts and frequencies, and whole-collection facets.
 */
export function createIndexCaches(
	db: DatabaseSync,
	stmt: (sql: string) => StatementSync,
	commits: () => number,
) {
	const indexVersion = () =>
		`${String((stmt('PRAGMA data_version').get() as { data_version: number }).data_version)}:${commits()}`;

	const vectorCache = new Map<string, { version: string; index: VectorIndex | null }>();
	/** The collection's vectors as an int8 matrix, reloaded when the index changed; null without vectors. */
	function vectorIndex(p: string): VectorIndex | null {
		const version = indexVersion();
		let cached = vectorCache.get(p);
		if (cached?.version !== version) {
			cached = { version, index: loadVectorIndex(db, p) };
			vectorCache.set(p, cached);
		}
		return cached.index;
	}

	/**
	 * Document count and document frequencies of a collection, kept until the index changes: the
	 * count is a table scan and a frequency reads the vocabulary's doclists.
	 */
	const statsCache = new Map<string, { version: string; docs: number; df: Map<string, number> }>();
	function collectionStats(p: string) {
		const version = indexVersion();
		let cached = statsCache.get(p);
		if (cached?.version !== version) {
			const docs = Number((stmt(`SELECT count(*) AS n FROM ${p}_docs`).get() as { n: number }).n);
			cached = { version, docs, df: new Map() };
			statsCache.set(p, cached);
		}
		const { docs, df } = cached;
		return {
			docCount: () => docs,
			docFrequency: (expr: string) => {
				let count = df.get(expr);
				if (count === undefined) {
					count = gramDocFrequency(stmt, p, expr);
					if (df.size >= DF_CACHE_ENTRIES) df.clear();
					df.set(expr, count);
				}
				return count;
			},
		};
	}

	const facetCache = new Map<string, Record<string, number>>();
	let cacheVersion = '';
	function wholeFacet(p: string, facet: FacetName): Record<string, number> {
		const version = indexVersion();
		if (version !== cacheVersion) {
			facetCache.clear();
			cacheVersion = version;
		}
		const key = `${p}:${facet}`;
		let record = facetCache.get(key);
		if (!record) {
			const { sql, params } = wholeFacetSql(p, facet);
			record = facetRecord(stmt(sql).all(...params) as { v: string; n: number }[]);
			facetCache.set(key, record);
		}
		return record;
	}

	return { vectorIndex, collectionStats, wholeFacet };
}
