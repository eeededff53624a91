import { shuffle } from '../../src/lib/random.ts';
import type { PageWriter } from './web-pages-page-writer.ts';
import { between, chance, fillTemplate, pick, type Random } from './web-pages-template.ts';
import type { WebLayout } from './web-pages.ts';

/**
 * A county portal's strip of 专题 banners (their pictures saved as their alt text): campaign slogans
 * under the menus or above the footer, none of them the article's.
 */
export interface BannerStripFormats {
	/** How often a portal page saved from its desktop view keeps the strip. */
	rate: number;
	/** How often it stands under the menus rather than above the footer. */
	atTop: number;
	/** Headings (templates; an empty one prints none). */
	heads: string[];
	/** The banners' alt texts, templates of the split's placeholders. */
	banners: string[];
	/** The least and most banners shown. */
	count: readonly [number, number];
	/** What joins the banners (`\n` puts each on a line of its own). */
	glues: string[];
}

/** Where a page's banner strip stands; draws only when the split's formats have one. */
export function drawBannerStrip(
	formats: BannerStripFormats | undefined,
	layout: WebLayout,
	desktop: boolean,
	random: Random,
): 'top' | 'bottom' | null {
	if (formats === undefined || layout !== 'portal' || !desktop) return null;
	if (!chance(formats.rate, random)) return null;
	return chance(formats.atTop, random) ? 'top' : 'bottom';
}

/** Writes the strip, as furniture of the family `banner-strip`. */
export function writeBannerStrip(w: PageWriter, formats: BannerStripFormats): void {
	const r = w.ctx.random;
	const head = fillTemplate(pick(formats.heads, r), w.ctx);
	const shown = shuffle([...formats.banners], r).slice(0, between(formats.count, r));
	const banners = shown.map((b) => fillTemplate(b, w.ctx)).join(pick(formats.glues, r));
	w.code('banner-strip', head === '' ? banners : `${head}\n${banners}`);
}
