import type { SearchFilters } from './types.ts';

/** A SQL condition with its bound parameters. */
interface SqlCondition {
	sql: string;
	params: (string | number)[];
}

function placeholders(n: number): string {
	return Array.from({ length: n }, () => '?').join(', ');
}

/** True when the filters need columns of the docs table (not only the region and theme tables). */
export function filtersNeedDocs(filters: SearchFilters = {}): boolean {
	return Boolean(
		filters.source?.length ||
		filters.kind?.length ||
		filters.year?.length ||
		filters.from ||
		filters.to,
	);
}

/**
 * One region or theme condition of a filter: documents having a row of `${prefix}_${table}` for
 * which `where` (its values bound to `params`) holds, or with `negated`, having none.
 */
export interface RowSetCondition {
	table: 'region' | 'theme';
	where: string;
	params: string[];
	negated: boolean;
}

/**
 * The region and theme conditions of `filters`, in the order `filtersToSql` tests them. About
 * (default): the primary region lies within a filtered one; mentions: any region does.
 */
export function rowSetConditions(filters: SearchFilters = {}): RowSetCondition[] {
	const out: RowSetCondition[] = [];
	const add = (
		table: RowSetCondition['table'],
		column: string,
		values: readonly string[] | undefined,
		extra = '',
		negated = false,
	) => {
		if (values?.length)
			out.push({
				table,
				where: `${column} IN (${placeholders(values.length)})${extra}`,
				params: [...values],
				negated,
			});
	};
	add('region', 'code', filters.region, filters.scope === 'mentions' ? '' : ' AND main = 1');
	add('region', 'code', filters.excludeRegion, '', true);
	add('theme', 'theme', filters.theme);
	return out;
}

/** `filters` without their region and theme conditions (those `rowSetConditions` lists). */
export function withoutRowSets(filters: SearchFilters = {}): SearchFilters {
	const { region: _r, scope: _s, excludeRegion: _e, theme: _t, ...rest } = filters;
	return rest;
}

/**
 * SQL conditions for the given filters on collection tables `prefix`: region and theme through
 * their tables keyed by `rowid`, the rest on the docs table `d`. Every value is a bound
 * parameter; nothing from the filter is spliced into the SQL text. `lookup` says how a region or
 * theme condition is tested: `set` lists the filter's rows once (for scanning many rows), `each`
 * looks each row up by its key (for checking a few: listing a theme's rows costs a millisecond).
 */
export function filtersToSql(
	prefix: string,
	filters: SearchFilters = {},
	rowid = 'd.rowid',
	lookup: 'set' | 'each' = 'set',
): SqlCondition {
	const parts: string[] = [];
	const params: (string | number)[] = [];
	const inList = (column: string, values: readonly (string | number)[] | undefined) => {
		if (!values || values.length === 0) return;
		parts.push(`${column} IN (${placeholders(values.length)})`);
		params.push(...values);
	};
	// `rowid` has (or, negated, has no) row in the condition's table for which its `where` holds.
	for (const { table, where, params: values, negated } of rowSetConditions(filters)) {
		parts.push(
			lookup === 'each'
				? `${negated ? 'NOT ' : ''}EXISTS (SELECT 1 FROM ${prefix}_${table} WHERE doc = ${rowid} AND ${where})`
				: `${rowid} ${negated ? 'NOT ' : ''}IN (SELECT doc FROM ${prefix}_${table} WHERE ${where})`,
		);
		params.push(...values);
	}
	inList('d.source', filters.source);
	inList('d.kind', filters.kind);
	inList('d.year', filters.year);
	if (filters.from) {
		parts.push('d.date >= ?');
		params.push(filters.from);
	}
	if (filters.to) {
		parts.push('d.date <= ?');
		params.push(filters.to);
	}
	return { sql: parts.length > 0 ? parts.join(' AND ') : '1', params };
}

/** Quotes a value for Meilisearch's filter syntax (double quotes, backslash-escaped). */
export function meiliValue(value: string | number): string {
	return typeof value === 'number'
		? String(value)
		: `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

/** The filters as a Meilisearch filter expression array (ANDed), values escaped. */
export function filtersToMeilisearch(filters: SearchFilters = {}): string[] {
	const out: string[] = [];
	const inList = (attr: string, values: readonly (string | number)[] | undefined) => {
		if (values && values.length > 0) out.push(`${attr} IN [${values.map(meiliValue).join(', ')}]`);
	};
	inList('regionCodes', filters.region);
	if (filters.excludeRegion?.length)
		out.push(`NOT regionCodes IN [${filters.excludeRegion.map(meiliValue).join(', ')}]`);
	inList('themes', filters.theme);
	inList('source', filters.source);
	inList('kind', filters.kind);
	inList('year', filters.year);
	if (filters.from) out.push(`dateTs >= ${dateToTimestamp(filters.from)}`);
	if (filters.to) out.push(`dateTs <= ${dateToTimestamp(filters.to)}`);
	return out;
}

/** Days since 1970 of an ISO date, for numeric date filters in Meilisearch. */
export function dateToTimestamp(date: string): number {
	const ms = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
	if (Number.isNaN(ms)) throw new TypeError(`\`${date}\` is not an ISO date (YYYY-MM-DD)`);
	return Math.floor(ms / 86_400_000);
}
