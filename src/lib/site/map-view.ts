import { getDivision, NATIONAL_CODE } from '../geo/gazetteer.ts';
import { loadBoundaries } from './map-boundaries.ts';
import { createRenderCache } from './map-cache.ts';
import { legendSteps } from './map-color.ts';
import { chartConfig } from './map-config.ts';
import { renderChoropleth } from './map-render.ts';

/** A map ready for a page: the SVG, its areas with counts (for the table) and the legend. */
export interface MapView {
	/** The region whose children are drawn. */
	parent: string;
	svg: string;
	/** Every area drawn, busiest first. */
	rows: { code: string; name: string; count: number; href: string | undefined }[];
	legend: { from: number; to: number; color: string }[];
}

/**
 * The region whose children the map of `code` draws: `code` itself, or its parent when the
 * boundary package has no map of `code`'s children (a county, 东莞) and it is outlined there.
 */
export function mapParent(code: string): string | undefined {
	const { simplifyFraction } = chartConfig().map;
	if (loadBoundaries(code, simplifyFraction)) return code;
	const parent = getDivision(code)?.parent ?? undefined;
	return parent && loadBoundaries(parent, simplifyFraction) ? parent : undefined;
}

let cache: ReturnType<typeof createRenderCache> | undefined;

/**
 * The map for region `code`: its children coloured by `counts` (code → items). A county has no
 * children of its own, so it is shown outlined on its parent's map. Undefined when the boundary
 * package has no map for the region.
 */
export function mapView(
	code: string,
	counts: Readonly<Record<string, number>>,
	unit: string,
): MapView | undefined {
	const config = chartConfig().map;
	const own = code || NATIONAL_CODE;
	const parent = mapParent(own);
	const boundaries = parent ? loadBoundaries(parent, config.simplifyFraction) : undefined;
	if (!parent || !boundaries) return undefined;
	const highlight = parent === own ? undefined : own;
	const hrefFor = (c: string) => (getDivision(c) ? `/regions/${c}` : undefined);
	const drawn = boundaries.areas.map((a) => [a.code, counts[a.code] ?? 0] as const);
	const key = `${parent}|${highlight ?? ''}|${unit}|${drawn.map(([, n]) => n).join(',')}`;
	cache ??= createRenderCache(config.cacheEntries);
	const svg = cache.get(key, () =>
		renderChoropleth({
			...config,
			boundaries,
			counts: Object.fromEntries(drawn),
			hrefFor,
			labelFor: (name, n) => `${name}:${n} ${unit}`,
			highlight,
		}),
	);
	const rows = boundaries.areas
		.map((a) => ({ code: a.code, name: a.name, count: counts[a.code] ?? 0, href: hrefFor(a.code) }))
		.sort((x, y) => y.count - x.count || x.code.localeCompare(y.code));
	return {
		parent,
		svg,
		rows,
		legend: legendSteps(Math.max(0, ...drawn.map(([, n]) => n)), config.palette),
	};
}
