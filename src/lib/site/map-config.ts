import { z } from 'astro/zod';
import { searchConfigReader } from '../config-path.ts';

const Colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is written #rrggbb');

/** `search-config/site-charts.json`: sizes and colours of the server-rendered maps and timelines. */
const ChartConfigSchema = z.object({
	/** The choropleth map. */
	map: z.object({
		/** SVG width in px (the page scales it down on narrow screens). */
		width: z.number().int().min(200).max(2000),
		/** SVG height in px. */
		height: z.number().int().min(150).max(2000),
		/** Douglas–Peucker tolerance as a fraction of the map's bounding-box diagonal. */
		simplifyFraction: z.number().min(0).max(0.05),
		/** Colours from few to many; counts are cut into as many steps. */
		palette: z.array(Colour).min(2).max(9),
		/** Colour of an area with no items. */
		emptyColor: Colour,
		/** Colour of area borders. */
		borderColor: Colour,
		/** Rendered SVGs kept in memory per (area, counts). */
		cacheEntries: z.number().int().min(0).max(10_000),
	}),
	/** The dated timelines (themes, slogans). */
	timeline: z.object({
		/** SVG width in px. */
		width: z.number().int().min(200).max(2000),
		/** SVG height in px. */
		height: z.number().int().min(100).max(1000),
		/** Colour of bars and dots. */
		color: Colour,
		/** Most recent matching articles read to draw one timeline (the page says when there are more). */
		scanLimit: z.number().int().min(100).max(100_000),
		/** Regions drawn on a 提法's spread chart (the table beside it lists all). */
		maxRegions: z.number().int().min(1).max(200),
	}),
});
type ChartConfig = z.output<typeof ChartConfigSchema>;

/** The chart settings, read once per process; a bad file throws naming the file and the field. */
export const chartConfig: () => ChartConfig = searchConfigReader(
	ChartConfigSchema,
	'site-charts.json',
);
