import type { PageWriter } from './web-pages-page-writer.ts';
import type { WebLayout } from './web-pages.ts';
import {
	addDays,
	between,
	chance,
	fillTemplate,
	formatDate,
	pick,
	type Random,
} from './web-pages-template.ts';

/**
 * The bar at the very top of a county portal that prints the day the page was opened (today, not the
 * article's day), often with the weather and the lunar date, and its 设为首页 links.
 */
export interface TodayBarFormats {
	/** How often a portal page saved from its desktop view keeps the bar. */
	rate: number;
	/** The least and most days after the article's date that the page was saved. */
	days: readonly [number, number];
	/** Date formats of that day (see `formatDate`). */
	dates: string[];
	/** Weather the bar reports (templates; an empty one prints none). */
	weathers: string[];
	/** The bars, templates with `{today}`, `{weather}` and the split's placeholders (one string may hold several lines). */
	bars: string[];
}

/** True when this page keeps the bar; no draw without formats or off a desktop portal page. */
export function drawTodayBar(
	formats: TodayBarFormats | undefined,
	layout: WebLayout,
	desktop: boolean,
	random: Random,
): formats is TodayBarFormats {
	if (formats === undefined || !desktop || layout !== 'portal') return false;
	return chance(formats.rate, random);
}

/** Writes the bar for an article of ISO date `iso`, as furniture of the family `today-bar`. */
export function writeTodayBar(w: PageWriter, formats: TodayBarFormats, iso: string): void {
	const r = w.ctx.random;
	const day = addDays(iso, between(formats.days, r));
	const today = formatDate(day, pick(formats.dates, r), r);
	const weather = fillTemplate(pick(formats.weathers, r), w.ctx);
	const bar = pick(formats.bars, r).replaceAll('{today}', today).replaceAll('{weather}', weather);
	w.code('today-bar', fillTemplate(bar, w.ctx));
}
