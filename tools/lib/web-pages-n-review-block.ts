import type { PageWriter } from './web-pages-page-writer.ts';
import type { WebLayout } from './web-pages.ts';
import { chance, fillTemplate, pick, type Random } from './web-pages-template.ts';

/**
 * The 三审三校 block a government site or a 融媒体中心 prints after an article: who checked the
 * text first, second and last (初审/复审/终审, 一审/二审/三审, 校对), one line or several.
 */
export interface ReviewBlockFormats {
	/** How often a portal or WeChat page has such a block. */
	rate: number;
	/** The blocks (templates with `{name}`; one string may hold several lines); one is drawn. */
	blocks: string[];
}

/** Whether a page has a review block; no draw when `formats` is absent or the layout has none. */
export function drawReviewBlock(
	formats: ReviewBlockFormats | undefined,
	layout: WebLayout,
	random: Random,
): formats is ReviewBlockFormats {
	if (formats === undefined || (layout !== 'portal' && layout !== 'wechat')) return false;
	return chance(formats.rate, random);
}

/** Writes the block (family `review-block`). */
export function writeReviewBlock(w: PageWriter, formats: ReviewBlockFormats): void {
	w.code('review-block', fillTemplate(pick(formats.blocks, w.ctx.random), w.ctx));
}
