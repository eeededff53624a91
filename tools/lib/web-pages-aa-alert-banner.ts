import type { PageWriter } from './web-pages-page-writer.ts';
import {
	addDays,
	between,
	chance,
	fillTemplate,
	formatDate,
	pick,
	type Random,
} from './web-pages-template.ts';
import type { WebLayout } from './web-pages.ts';

/** What one line of a portal's 预警信息 bar is made from. */
export interface AlertBannerParts {
	/** Who issued the warning (a county 气象台, 应急管理局 …), its placeholders filled. */
	issuer: string;
	/** The warning itself (暴雨黄色预警信号 …). */
	signal: string;
	/** The day it was issued, printed: a later day than the article's (the day the page was opened). */
	date: string;
}

/**
 * The red 预警信息 bar a county portal lays across its top while a weather or disaster warning is in
 * force: who issued which signal and when, read before the site's header. The warning is of the day
 * the page was saved, later than the article.
 */
export interface AlertBannerFormats {
	/** How often a portal page saved from a desktop browser keeps the bar. */
	rate: number;
	/** The least and most days between the article and the warning. */
	lags: readonly [number, number];
	/** Date formats of the warning's day (see `formatDate`). */
	dates: string[];
	/** Who issues warnings (templates of the split's placeholders). */
	issuers: string[];
	/** The signals. */
	signals: string[];
	/** Ways the bar is printed (one string may hold several lines); one is drawn. */
	bars: ((p: AlertBannerParts) => string)[];
}

/** Whether a page keeps the 预警信息 bar; no random draw for a split without the kind. */
export function drawAlertBanner(
	f: AlertBannerFormats | undefined,
	layout: WebLayout,
	desktop: boolean,
	r: Random,
): boolean {
	return f !== undefined && layout === 'portal' && desktop && chance(f.rate, r);
}

/** Writes the bar, as furniture `alert-banner`, dated after `iso` (the article's day). */
export function writeAlertBanner(w: PageWriter, f: AlertBannerFormats, iso: string): void {
	const r = w.ctx.random;
	const day = addDays(iso, between(f.lags, r));
	const parts: AlertBannerParts = {
		issuer: fillTemplate(pick(f.issuers, r), w.ctx),
		signal: pick(f.signals, r),
		date: formatDate(day, pick(f.dates, r), r),
	};
	w.code('alert-banner', pick(f.bars, r)(parts));
}
