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

/**
 * The 分类广告 a local paper sells on its news pages (遗失声明, 注销公告, 拍卖公告 …), kept by an
 * e-paper page's text before its first story or after its last: whole sentences naming firms and
 * people, each notice signed a few days before the issue, none of it a story.
 */
export interface ClassifiedAdsFormats {
	/** How often an e-paper page keeps them. */
	rate: number;
	/** How often they come before the first story rather than after the last. */
	atTop: number;
	/** Headings (templates; an empty one prints none). */
	heads: string[];
	/** Names of the firms that place notices (templates of the split's placeholders). */
	firms: string[];
	/** The notices, templates holding `{firm}`, `{signed}` and the split's placeholders (one string may hold several lines). */
	ads: string[];
	/** The least and most notices. */
	count: readonly [number, number];
	/** The least and most days before the issue that a notice is signed. */
	days: readonly [number, number];
	/** Date formats of `{signed}` (see `formatDate`). */
	dates: string[];
}

/** Where an e-paper page keeps the notices, or null; no random draw when `formats` is absent. */
export function drawClassifiedAds(
	formats: ClassifiedAdsFormats | undefined,
	random: Random,
): 'top' | 'bottom' | null {
	if (formats === undefined || !chance(formats.rate, random)) return null;
	return chance(formats.atTop, random) ? 'top' : 'bottom';
}

/** Writes the notices of the issue of `date` (ISO), as furniture of the family `classified-ads`. */
export function writeClassifiedAds(
	w: PageWriter,
	formats: ClassifiedAdsFormats,
	date: string,
): void {
	const r = w.ctx.random;
	const head = pick(formats.heads, r);
	if (head !== '') w.code('classified-ads', fillTemplate(head, w.ctx));
	const count = between(formats.count, r);
	const ads = [...formats.ads];
	for (let i = 0; i < count && ads.length > 0; i++) {
		const [ad] = ads.splice(Math.floor(r() * ads.length), 1);
		const signed = formatDate(addDays(date, -between(formats.days, r)), pick(formats.dates, r), r);
		const firm = fillTemplate(pick(formats.firms, r), w.ctx);
		w.code(
			'classified-ads',
			fillTemplate(ad!.replaceAll('{firm}', firm).replaceAll('{signed}', signed), w.ctx),
		);
	}
}
