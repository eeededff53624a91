import type { PageWriter } from './web-pages-page-writer.ts';
import type { WebLayout } from './web-pages.ts';
import { chance, fillTemplate, pick, type Random } from './web-pages-template.ts';

/** The counts a rating widget shows. */
export interface RatingParts {
	/** Readers who found the page useful. */
	yes: number;
	/** Readers who did not. */
	no: number;
}

/**
 * The 本页面对您有帮助吗 / 我要纠错 widget that government portals print right after an article for
 * their site-performance reviews.
 */
export interface PageRatingFormats {
	/** How often a portal page saved from its desktop view keeps it. */
	rate: number;
	/** The widgets for given counts, templates of the split's placeholders (one string may hold several lines). */
	blocks: ((p: RatingParts) => string)[];
}

/** True when this page keeps the widget; no draw without formats or off a desktop portal page. */
export function drawPageRating(
	formats: PageRatingFormats | undefined,
	layout: WebLayout,
	desktop: boolean,
	random: Random,
): formats is PageRatingFormats {
	if (formats === undefined || !desktop || layout !== 'portal') return false;
	return chance(formats.rate, random);
}

/** Writes the widget, as furniture of the family `page-rating`. */
export function writePageRating(w: PageWriter, formats: PageRatingFormats): void {
	const r = w.ctx.random;
	const yes = Math.floor(r() * 60);
	const no = Math.floor(r() * Math.max(1, yes / 4));
	w.code('page-rating', fillTemplate(pick(formats.blocks, r)({ yes, no }), w.ctx));
}
