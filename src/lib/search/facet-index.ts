import type { StatementSync } from 'node:sqlite';
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
 * SQL reading every (document, value) pair that `facetSql` counts for `facet` over the whole
 * collection, in whichever shape the tables read fastest: one row per value with its documents as
 * a JSON array (`{ v, docs }`: the theme and all-region facets, from a covering index, and the
 * columns of the docs table), or, for one level of regions (whose level only the table holds), the
 * pairs as two JSON arrays read in table order (`{ docs, vals }`: about half the time of grouping
 * them).
 */
export function facetPairsSql(
	prefix: string,
	facet: FacetName,
): { sql: string; params: string[]; shape: 'grouped' | 'pairs' } {
	const p = prefix;
	switch (facet) {
		case 'province':
		case 'city':
		case 'county':
			return {
				sql: `SELECT json_group_array(doc) AS docs, json_group_array(code) AS vals FROM (SELECT doc, code FROM ${p}_region WHERE level = ? ORDER BY doc)`,
				params: [facet],
				shape: 'pairs',
			};
		case 'region':
			return {
				sql: `SELECT code AS v, json_group_array(doc) AS docs FROM ${p}_region GROUP BY code`,
				params: [],
				shape: 'grouped',
			};
		case 'theme':
			return {
				sql: `SELECT theme AS v, json_group_array(doc) AS docs FROM ${p}_theme GROUP BY theme`,
				params: [],
				shape: 'grouped',
			};
		case 'year':
		case 'source':
		case 'kind':
			return {
				sql: `SELECT ${facet} AS v, json_group_array(rowid) AS docs FROM ${p}_docs WHERE ${facet} IS NOT NULL AND ${facet} != '' GROUP BY ${facet}`,
				params: [],
				shape: 'grouped',
			};
	}
}

/**
 * Reads one facet of a collection into memory. Counting a result set's facet over it costs a few
 * array reads per hit, where a `GROUP BY` over a join looks every hit up in the region or theme
 * table (at 100k documents, about 3 µs per hit for province and theme: 7 ms for a common word's
 * 2,400 hits). Loading reads the pairs as JSON arrays, several times faster than as many rows (at
 * 100k documents, 20–50 ms a facet).
 */
export function loadFacetIndex(
	stmt: (sql: string) => StatementSync,
	prefix: string,
	facet: FacetName,
): FacetIndex {
	const { sql, params, shape } = facetPairsSql(prefix, facet);
	const labels: (string | number)[] = [];
	let docs: number[] = [];
	let ids: ArrayLike<number>;
	if (shape === 'grouped') {
		const groups = stmt(sql).all(...params) as { v: string | number; docs: string }[];
		const lists = groups.map((g) => JSON.parse(g.docs) as number[]);
		const groupIds = new Uint32Array(lists.reduce((n, list) => n + list.length, 0));
		for (const [i, g] of groups.entries()) {
			labels.push(g.v);
			groupIds.fill(i, docs.length, docs.length + lists[i]!.length);
			docs = docs.concat(lists[i]!);
		}
		ids = groupIds;
	} else {
		const row = stmt(sql).get(...params) as { docs: string; vals: string };
		docs = JSON.parse(row.docs) as number[];
		const vals = JSON.parse(row.vals) as (string | number)[];
		const labelIds = new Map<string | number, number>();
		const pairIds = new Uint32Array(vals.length);
		for (const [j, value] of vals.entries()) {
			let id = labelIds.get(value);
			if (id === undefined) {
				id = labels.length;
				labels.push(value);
				labelIds.set(value, id);
			}
			pairIds[j] = id;
		}
		ids = pairIds;
	}
	// A counting sort by document: offsets from each document's number of values, then the values.
	let last = -1;
	for (const doc of docs) if (doc > last) last = doc;
	const offsets = new Int32Array(last + 2);
	for (const doc of docs) offsets[doc + 1]!++;
	for (let d = 1; d < offsets.length; d++) offsets[d]! += offsets[d - 1]!;
	const next = offsets.slice(0, -1);
	const values =
		labels.length <= 0xffff ? new Uint16Array(docs.length) : new Uint32Array(docs.length);
	for (const [j, doc] of docs.entries()) values[next[doc]!++] = ids[j]!;
	return { labels, offsets, values };
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
