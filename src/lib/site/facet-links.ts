import { getDivision, regionName, withAncestors } from '../geo/gazetteer.ts';
import type { FacetName, SearchResult } from '../search/types.ts';
import { toQueryString, toggle } from './url-state.ts';
import type { SearchState, StatePatch } from './url-state.ts';

/** One value of a facet as a link. */
interface FacetItem {
	value: string;
	label: string;
	count: number;
	href: string;
	active: boolean;
}

/**
 * Region filter after choosing `code`: choosing it again removes it; choosing a city replaces
 * its province (and a county its city), so drilling down narrows instead of OR-ing with the parent.
 */
export function drillRegion(current: readonly string[], code: string): string[] {
	if (current.includes(code)) return current.filter((c) => c !== code);
	const ancestors = new Set(withAncestors(code));
	return [...current.filter((c) => !ancestors.has(c)), code];
}

/**
 * Links for a region level (province, city or county). Below the province level only the
 * children of a selected region are listed, so the lists read 省 › 市 › 县.
 */
export function regionFacetItems(
	level: 'province' | 'city' | 'county',
	result: SearchResult,
	state: SearchState,
	limit = 40,
): FacetItem[] {
	const counts = result.facets[level] ?? {};
	const selected = new Set(state.region);
	return Object.entries(counts)
		.filter(([code]) => {
			if (level === 'province') return true;
			const parent = getDivision(code)?.parent;
			return (
				(parent !== null && parent !== undefined && selected.has(parent)) ||
				selected.has(code) ||
				withAncestors(code).some((a) => a !== code && selected.has(a))
			);
		})
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
		.slice(0, limit)
		.map(([code, count]) => ({
			value: code,
			label: regionName(code),
			count,
			active: selected.has(code),
			href: `/search?${toQueryString(state, { region: drillRegion(state.region, code), page: 1 })}`,
		}));
}

/** Links for a plain facet (theme, year, source, kind): each toggles its value. */
export function facetItems(
	name: Exclude<FacetName, 'province' | 'city' | 'county' | 'region'>,
	result: SearchResult,
	state: SearchState,
	label: (value: string) => string,
	limit = 20,
): FacetItem[] {
	const counts = result.facets[name] ?? {};
	const entries = Object.entries(counts).sort((a, b) =>
		name === 'year' ? Number(b[0]) - Number(a[0]) : b[1] - a[1] || a[0].localeCompare(b[0]),
	);
	return entries.slice(0, limit).map(([value, count]) => {
		const list = (state[name] as readonly (string | number)[]).map(String);
		const active = list.includes(value);
		const next = toggle(list, value);
		const patch: StatePatch = name === 'year' ? { year: next.map(Number) } : { [name]: next };
		return {
			value,
			label: label(value),
			count,
			active,
			href: `/search?${toQueryString(state, { ...patch, page: 1 })}`,
		};
	});
}

/**
 * The facets /search needs for a state: provinces always; the cities only once a province is
 * chosen and the counties once a province or city is, so unseen drill-down levels cost nothing.
 */
export function facetsFor(state: SearchState): FacetName[] {
	const levels = new Set(state.region.map((c) => getDivision(c)?.level));
	const facets: FacetName[] = ['province'];
	if (levels.has('province')) facets.push('city');
	if (levels.has('province') || levels.has('city')) facets.push('county');
	facets.push('theme', 'year', 'source', 'kind');
	return facets;
}
