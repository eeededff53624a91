import type { PageWriter } from './web-pages-page-writer.ts';
import type { WebLayout } from './web-pages.ts';
import { addDays, between, chance, formatDate, pick, type Random } from './web-pages-template.ts';

/**
 * A 天气预报 box: a county account or portal closes its posts with the next days' weather, each
 * line dated (the post's day and the days after it) with the sky, the temperatures and the wind.
 * The box is furniture: its days after the post's are not the article's date.
 */
export interface WeatherBoxFormats {
	/** How often a WeChat or portal page keeps the box after its text. */
	rate: number;
	/** The box's heading lines (no placeholder). */
	heads: string[];
	/** One day's line, templates with `{day}`, `{sky}`, `{low}`, `{high}` and `{wind}`. */
	days: string[];
	/** Date formats of the days (see `formatDate`). */
	dates: string[];
	/** Skies (晴, 多云转阴 …). */
	skies: string[];
	/** Winds (东北风2级 …). */
	winds: string[];
	/** The least and most days listed, the first being the post's own day. */
	count: readonly [number, number];
}

/** Whether the page keeps the box; no random draw when the split has none or the page is no WeChat or portal page. */
export function drawWeatherBox(
	formats: WeatherBoxFormats | undefined,
	layout: WebLayout,
	random: Random,
): boolean {
	if (formats === undefined || (layout !== 'wechat' && layout !== 'portal')) return false;
	return chance(formats.rate, random);
}

/** Writes the box for a post of `date`, as furniture of the family `weather-box`. */
export function writeWeatherBox(w: PageWriter, formats: WeatherBoxFormats, date: string): void {
	const r = w.ctx.random;
	const lines = [pick(formats.heads, r)];
	const n = between(formats.count, r);
	const format = pick(formats.dates, r);
	for (let i = 0; i < n; i++) {
		const low = between([-8, 20], r);
		const fill: Record<string, string> = {
			day: formatDate(addDays(date, i), format, r),
			sky: pick(formats.skies, r),
			low: String(low),
			high: String(low + between([4, 12], r)),
			wind: pick(formats.winds, r),
		};
		lines.push(
			pick(formats.days, r).replace(/\{(\w+)\}/gu, (whole, k: string) => fill[k] ?? whole),
		);
	}
	w.code('weather-box', lines.join('\n'));
}
