import type { PageWriter } from './web-pages-page-writer.ts';
import type { WebLayout } from './web-pages.ts';
import { between, chance, fillTemplate, pick, type Random } from './web-pages-template.ts';

/**
 * A portal's scrolling 通知公告 bar, kept above the headline when the page is saved: other notices'
 * titles, each with its own date, under a label.
 */
export interface NoticeTickerFormats {
	/** How often a portal page saved from its desktop view keeps the bar. */
	rate: number;
	/** The least and most notices the bar shows. */
	count: readonly [number, number];
	/** Labels in front of the notices (templates; an empty one prints none). */
	labels: string[];
	/** One notice, templates holding `{title}` and `{odate}` (another article's title and date). */
	items: string[];
	/** What joins the label and the notices (`\n` puts each on a line of its own). */
	glues: string[];
}

/** True when this page keeps the bar; no draw without formats or off a desktop portal page. */
export function drawNoticeTicker(
	formats: NoticeTickerFormats | undefined,
	layout: WebLayout,
	desktop: boolean,
	random: Random,
): boolean {
	if (formats === undefined || layout !== 'portal' || !desktop) return false;
	return chance(formats.rate, random);
}

/** Writes the bar, as furniture of the family `notice-ticker`. */
export function writeNoticeTicker(w: PageWriter, formats: NoticeTickerFormats): void {
	const r = w.ctx.random;
	const label = fillTemplate(pick(formats.labels, r), w.ctx);
	const item = pick(formats.items, r);
	const count = between(formats.count, r);
	const notices = Array.from({ length: count }, () => fillTemplate(item, w.ctx));
	const glue = pick(formats.glues, r);
	w.code('notice-ticker', [...(label === '' ? [] : [label]), ...notices].join(glue));
}
