import type { StatementSync } from 'node:sqlite';
import { readIndexBuild } from '../schema/index-build.ts';
import type { FacetName } from './types.ts';

/**
 * One facet's values of every document, in memory: document `rowid` holds
 * `labels[values[j]]` for each `j` from `offsets[rowid]` to `offsets[rowid + 1]`.
 */
export interface FacetIndex {
	/** Each distinct value once, as the table holds it (a code, a theme slug, a year). */
	labels: (string | number)[];
	/** Where each rowid's values start in `values`; one entry more than the largest rowid + 1. */
	offsets: Int32Array;
	/** Positions in `labels`, grouped by rowid. */
	values: Uint16Array | Uint32Array;
}

/**
 * SQL reading the (document, value) pairs that `facetSql` counts for `facet`, for documents from
 * rowid `?` up to (not including) `?`: two JSON arrays in rowid order, `docs` and `vals`; and SQL
 * giving the table's first and last rowid (`lo`, `hi`). Every table is keyed by rowid first, so
 * each range is one seek.
 */
export function facetPairsSql(
	prefix: string,
	facet: FacetName,
): { sql: string; params: string[]; bounds: string } {
	const p = prefix;
	const pairs = (select: string) =>
		`SELECT json_group_array(doc) AS docs, json_group_array(v) AS vals FROM (${select})`;
	switch (facet) {
		case 'province':
		case 'city':
		case 'county':
		case 'region':
			return {
				sql: pairs(
					`SELECT doc, code AS v FROM ${p}_region WHERE doc >= ? AND doc < ?${facet === 'region' ? '' : ' AND level = ?'} ORDER BY doc`,
				),
				params: facet === 'region' ? [] : [facet],
				bounds: `SELECT min(doc) AS lo, max(doc) AS hi FROM ${p}_region`,
			};
		case 'theme':
			return {
				sql: pairs(
					`SELECT doc, theme AS v FROM ${p}_theme WHERE doc >= ? AND doc < ? ORDER BY doc`,
				),
				params: [],
				bounds: `SELECT min(doc) AS lo, max(doc) AS hi FROM ${p}_theme`,
			};
		case 'year':
		case 'source':
		case 'kind':
			return {
				sql: pairs(
					`SELECT rowid AS doc, ${facet} AS v FROM ${p}_docs WHERE rowid >= ? AND rowid < ? AND ${facet} IS NOT NULL AND ${facet} != '' ORDER BY rowid`,
				),
				params: [],
				bounds: `SELECT min(rowid) AS lo, max(rowid) AS hi FROM ${p}_docs`,
			};
	}
}

/** Documents whose pairs one read takes: the JSON it parses at once stays a few megabytes. */
const { facetChunkDocs: CHUNK_DOCS } = readIndexBuild().rows;

/**
 * SQL reading the (document, code) pairs of each document's primary region and its ancestors (the
 * rows marked `main`), as `facetPairsSql` reads a facet: what a region filter matches by default.
 */
export function mainRegionPairsSql(prefix: string): ReturnType<typeof facetPairsSql> {
	return {
		sql: `SELECT json_group_array(doc) AS docs, json_group_array(v) AS vals FROM (SELECT doc, code AS v FROM ${prefix}_region WHERE doc >= ? AND doc < ? AND main = 1 ORDER BY doc)`,
		params: [],
		bounds: `SELECT min(doc) AS lo, max(doc) AS hi FROM ${prefix}_region`,
	};
}

/**
 * Reads one facet of a collection into memory. Counting a result set's facet over it costs a few
 * array reads per hit, where a `GROUP BY` over a join looks every hit up in the region or theme
 * table (at 100k documents, about 3 µs per hit for province and theme: 7 ms for a common word's
 * 2,400 hits). The pairs are read as JSON arrays, several times faster than as many rows, a range
 * of documents at a time (at 100k documents, 40–100 ms a facet); the index keeps 4 bytes per
 * document and 2 per pair.
 */
export function loadFacetIndex(
	stmt: (sql: string) => StatementSync,
	prefix: string,
	facet: FacetName,
): FacetIndex {
	return loadPairIndex(stmt, facetPairsSql(prefix, facet));
}

/** Reads (document, value) pairs, as `facetPairsSql` gives them, into a `FacetIndex`. */
export function loadPairIndex(
	stmt: (sql: string) => StatementSync,
	{ sql, params, bounds }: ReturnType<typeof facetPairsSql>,
): FacetIndex {
	const { lo, hi } = stmt(bounds).get() as { lo: number | null; hi: number | null };
	const labels: (string | number)[] = [];
	const labelIds = new Map<string | number, number>();
	const offsets = new Int32Array(hi === null ? 1 : hi + 2);
	let values = new Uint32Array(1024);
	let n = 0;
	const read = stmt(sql);
	for (let from = lo ?? 0; hi !== null && from <= hi; from += CHUNK_DOCS) {
		const row = read.get(from, from + CHUNK_DOCS, ...params) as { docs: string; vals: string };
		const docs = JSON.parse(row.docs) as number[];
		const vals = JSON.parse(row.vals) as (string | number)[];
		if (n + vals.length > values.length) {
			const grown = new Uint32Array(Math.max(2 * values.length, n + vals.length));
			grown.set(values.subarray(0, n));
			values = grown;
		}
		for (const [j, value] of vals.entries()) {
			let id = labelIds.get(value);
			if (id === undefined) {
				id = labels.length;
				labels.push(value);
				labelIds.set(value, id);
			}
			values[n++] = id;
			// In rowid order: the pairs so far end where this document's do.
			offsets[docs[j]! + 1] = n;
		}
	}
	// A document without values ends where the one before it did.
	for (let d = 1; d < offsets.length; d++)
		if (offsets[d]! < offsets[d - 1]!) offsets[d] = offsets[d - 1]!;
	return {
		labels,
		offsets,
		values: labels.length <= 0xffff ? Uint16Array.from(values.subarray(0, n)) : values.slice(0, n),
	};
}

/** Counts of each value over the documents `rowids` (each listed once), as `facetSql` gives them. */
export function countFacet(
	index: FacetIndex,
	rowids: readonly number[],
): { v: string | number; n: number }[] {
	const { labels, offsets, values } = index;
	const counts = new Uint32Array(labels.length);
	const end = offsets.length - 1;
	for (const rowid of rowids) {
		if (rowid < 0 || rowid >= end) continue;
		for (let j = offsets[rowid]!; j < offsets[rowid + 1]!; j++) counts[values[j]!]!++;
	}
	const rows: { v: string | number; n: number }[] = [];
	for (const [i, v] of labels.entries()) if (counts[i]! > 0) rows.push({ v, n: counts[i]! });
	return rows;
}

/** Whether document `rowid` holds one of the values at positions `wanted` of the index's labels. */
export function holdsAny(index: FacetIndex, rowid: number, wanted: ReadonlySet<number>): boolean {
	const { offsets, values } = index;
	if (rowid < 0 || rowid >= offsets.length - 1) return false;
	for (let j = offsets[rowid]!; j < offsets[rowid + 1]!; j++)
		if (wanted.has(values[j]!)) return true;
	return false;
}
