import type { SearchFilters } from './types.ts';

/** Whether any filter narrows the collection (a region scope alone does not). */
export function isFiltered(filters: SearchFilters | undefined): boolean {
	const { scope: _scope, ...rest } = filters ?? {};
	return Object.values(rest).some((v) =>
		Array.isArray(v) ? v.length > 0 : v !== undefined && v !== '',
	);
}
