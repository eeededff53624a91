import * as echarts from 'echarts';
import type { Boundaries } from './map-boundaries.ts';
import { choroplethColor } from './map-color.ts';
import { renderEchartsSvg } from './echarts-svg.ts';

/** What one map shows. */
interface ChoroplethInput {
	boundaries: Boundaries;
	/** Area code → number of items; missing codes count 0. */
	counts: Readonly<Record<string, number>>;
	/** Link of an area, or undefined for none. */
	hrefFor: (code: string) => string | undefined;
	/** Accessible name of an area with its count, e.g. `山东省:12 篇文章`. */
	labelFor: (name: string, count: number) => string;
	/** Code of an area to outline (the page's own county on its city's map). */
	highlight?: string | undefined;
	width: number;
	height: number;
	palette: readonly string[];
	emptyColor: string;
	borderColor: string;
}

const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function toGeoJson(b: Boundaries) {
	return {
		type: 'FeatureCollection' as const,
		features: b.areas.map((a) => ({
			type: 'Feature' as const,
			properties: { name: a.code },
			geometry: { type: 'MultiPolygon' as const, coordinates: a.polygons },
		})),
	};
}

/**
 * Renders a choropleth of `boundaries` as an SVG string with ECharts' server-side SVG renderer.
 * Every area is filled by its count (see `choroplethColor`), carries a `<title>` and, where
 * `hrefFor` gives one, is wrapped in a link, so the map works without JavaScript.
 */
export function renderChoropleth(input: ChoroplethInput): string {
	const { boundaries: b, counts } = input;
	const mapName = `jucuo-${b.parent}`;
	echarts.registerMap(mapName, toGeoJson(b));
	const max = Math.max(0, ...b.areas.map((a) => counts[a.code] ?? 0));
	const svg = renderEchartsSvg(
		{
			series: [
				{
					type: 'map',
					map: mapName,
					roam: false,
					left: 4,
					right: 4,
					top: 4,
					bottom: 4,
					label: { show: false },
					itemStyle: { borderColor: input.borderColor, borderWidth: 0.6 },
					data: b.areas.map((a) => ({
						name: a.code,
						value: counts[a.code] ?? 0,
						itemStyle: {
							areaColor: choroplethColor(counts[a.code] ?? 0, max, input.palette, input.emptyColor),
							...(a.code === input.highlight ? { borderColor: '#dc2626', borderWidth: 2.5 } : {}),
						},
					})),
				},
			],
		},
		input.width,
		input.height,
	);
	return linkAreas(svg, input);
}

/**
 * Wraps each area's paths (ECharts marks them `ecmeta_data_index="i"`, in data order) in an
 * `<a>` with its label, and names the whole SVG for screen readers.
 */
function linkAreas(svg: string, input: ChoroplethInput): string {
	const { areas } = input.boundaries;
	const body = svg.replace(
		/<path\b([^>]*?)\s*ecmeta_series_index="0"\s*ecmeta_data_index="(\d+)"\s*ecmeta_ssr_type="chart"([^>]*)>(?:<\/path>)?/g,
		(_, before: string, index: string, after: string) => {
			const area = areas[Number(index)];
			const path = `<path${before}${after}></path>`;
			if (!area) return path;
			const count = input.counts[area.code] ?? 0;
			const label = escapeXml(input.labelFor(area.name, count));
			const href = input.hrefFor(area.code);
			const titled = `<path${before}${after} data-code="${area.code}"><title>${label}</title></path>`;
			return href ? `<a href="${escapeXml(href)}" aria-label="${label}">${titled}</a>` : titled;
		},
	);
	return body.replace(/^<svg\b/, '<svg role="group" focusable="false"');
}
