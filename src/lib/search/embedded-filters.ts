import type { StatementSync } from 'node:sqlite';
import type { IndexCaches } from './embedded-caches.ts';
import { tablePrefix } from './embedded-schema.ts';
import { isFiltered, passingInMemory, type FilterIndexes } from './filtered.ts';
import { filtersToSql } from './filters.ts';
import type { Collection, SearchFilters } from './types.ts';

/** The rows of the embedded index that pass a query's filters, listed or checked. */
export interface FilterQueries {
	/** Every filtered row into temp.hits (a search without words). */
	collectFiltered: (collection: Collection, filters: SearchFilters | undefined) => void;
	/** Rowids passing the filters, or undefined (every row) without filters. */
	filteredRowids: (p: string, filters: SearchFilters | undefined) => number[] | undefined;
	/** The collection's in-memory indexes that region and theme filters are checked against. */
	filterIndexes: (p: string) => FilterIndexes;
	/** Those of `rowids` that pass the filters (all of them without filters). */
	passingFilters: (
		p: string,
		filters: SearchFilters | undefined,
		rowids: readonly number[],
	) => Set<number>;
}

/** The filter queries of one connection, checked in memory where the caches can. */
export function createFilterQueries(
	stmt: (sql: string) => StatementSync,
	caches: Pick<IndexCaches, 'facetIndex' | 'mainRegionIndex'>,
): FilterQueries {
	const { facetIndex, mainRegionIndex } = caches;
	/** Every filtered row into temp.hits (a search without words). */
	const collectFiltered = (collection: Collection, filters: SearchFilters | undefined) => {
		const p = tablePrefix(collection);
		const where = filtersToSql(p, filters, 'd.rowid');
		stmt('DELETE FROM temp.hits').run();
		stmt(
			`INSERT INTO temp.hits (rowid, score) SELECT d.rowid, 0 FROM ${p}_docs d WHERE ${where.sql}`,
		).run(...where.params);
	};

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

	return { collectFiltered, filteredRowids, filterIndexes, passingFilters };
}
