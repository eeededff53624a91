import type { PageWriter } from './web-pages-page-writer.ts';
import { chance, fillTemplate, pick, type Random } from './web-pages-template.ts';

/** What a paper's 征订启事 box is made from. */
export interface SubscribeNoticeParts {
	/** The paper. */
	paper: string;
	/** The year subscribed for: the one after the issue's. */
	year: string;
	/** The post office's 邮发代号 (a template's `{nn}` filled). */
	code: string;
	/** The year's price in yuan. */
	price: number;
}

/**
 * The 征订启事 box a local paper prints on its pages in the autumn and winter: the next year's
 * subscription, the post office's 邮发代号, the year's price and where to subscribe, before the
 * page's first story or after its last.
 */
export interface SubscribeNoticeFormats {
	/** How often an e-paper page keeps the box. */
	rate: number;
	/** How often it stands before the first story rather than after the last. */
	top: number;
	/** 邮发代号 templates (`{nn}` a two-digit number). */
	codes: string[];
	/** Prices of a year's subscription, in yuan. */
	prices: number[];
	/** Ways the box is printed (one string holds several lines; templates of the split's placeholders once filled); one is drawn. */
	boxes: ((p: SubscribeNoticeParts) => string)[];
}

/** Where a page keeps the box, if it does; no random draw for a split without the kind. */
export function drawSubscribeNotice(
	f: SubscribeNoticeFormats | undefined,
	r: Random,
): 'top' | 'bottom' | null {
	if (f === undefined || !chance(f.rate, r)) return null;
	return chance(f.top, r) ? 'top' : 'bottom';
}

/** Writes the box, as furniture `subscribe-notice`, for the issue of `iso`. */
export function writeSubscribeNotice(w: PageWriter, f: SubscribeNoticeFormats, iso: string): void {
	const r = w.ctx.random;
	const parts: SubscribeNoticeParts = {
		paper: w.ctx.fixed['paper'] ?? '',
		year: String(Number(iso.slice(0, 4)) + 1),
		code: fillTemplate(pick(f.codes, r), w.ctx),
		price: pick(f.prices, r),
	};
	w.code('subscribe-notice', fillTemplate(pick(f.boxes, r)(parts), w.ctx));
}
