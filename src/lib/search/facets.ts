import type { FacetName } from './types.ts';

// CROSS JOIN keeps the matching set as the outer loop: SQLite would otherwise scan the whole
// region table by level and probe the (small) matching set.

/**
 * SQL counting one facet over the matching set in `temp.hits`; rows are `{ v, n }`.
 * `province`/`city`/`county` count region codes of that level, `region` every code.
 */
export function facetSql(prefix: string, facet: FacetName): { sql: string; params: string[] } {
	const p = prefix;
	switch (facet) {
		case 'province':
		case 'city':
		case 'county':
			return {
				sql: `SELECT r.code AS v, count(*) AS n FROM temp.hits h CROSS JOIN ${p}_region r ON r.doc = h.rowid WHERE r.level = ? GROUP BY r.code`,
				params: [facet],
			};
		case 'region':
			return {
				sql: `SELECT r.code AS v, count(*) AS n FROM temp.hits h CROSS JOIN ${p}_region r ON r.doc = h.rowid GROUP BY r.code`,
				params: [],
			};
		case 'theme':
			return {
				sql: `SELECT t.theme AS v, count(*) AS n FROM temp.hits h CROSS JOIN ${p}_theme t ON t.doc = h.rowid GROUP BY t.theme`,
				params: [],
			};
		case 'year':
		case 'source':
		case 'kind':
			return {
				sql: `SELECT d.${facet} AS v, count(*) AS n FROM temp.hits h CROSS JOIN ${p}_docs d ON d.rowid = h.rowid WHERE d.${facet} IS NOT NULL AND d.${facet} != '' GROUP BY d.${facet}`,
				params: [],
			};
	}
}

/** SQL counting one facet over the whole collection (no query, no filter); rows are `{ v, n }`. */
export function wholeFacetSql(prefix: string, facet: FacetName): { sql: string; params: string[] } {
	const { sql, params } = facetSql(prefix, facet);
	return {
		sql: sql.replace(
			/FROM temp\.hits h CROSS JOIN (\w+) (\w) ON \2\.doc = h\.rowid|FROM temp\.hits h CROSS JOIN (\w+) d ON d\.rowid = h\.rowid/u,
			(_m, table: string | undefined, alias: string | undefined, docs: string | undefined) =>
				docs ? `FROM ${docs} d` : `FROM ${table!} ${alias!}`,
		),
		params,
	};
}

/** Facet rows as a value → count record, largest first. */
export function facetRecord(
	rows: readonly { v: string | number; n: number }[],
): Record<string, number> {
	const sorted = [...rows].sort((a, b) => b.n - a.n || String(a.v).localeCompare(String(b.v)));
	return Object.fromEntries(sorted.map((r) => [String(r.v), Number(r.n)]));
}
