import type { PageWriter } from './web-pages-page-writer.ts';
import { fillTemplate, pick } from './web-pages-template.ts';

/**
 * The badges under a government portal's footer, copied as text (党政机关 mark, 政府网站找错,
 * IPv6, 适老化 and 网站标识码).
 */
export interface BadgeStripFormats {
	/** How often a desktop portal page keeps them. */
	rate: number;
	/** The strips (templates of the split's placeholders; one string may hold several lines). */
	strips: string[];
}

/** Whether a desktop portal page keeps its badges; no random draw where `formats` is absent. */
export function drawBadgeStrip(
	formats: BadgeStripFormats | undefined,
	layout: string,
	desktop: boolean,
	r: () => number,
): boolean {
	return formats !== undefined && layout === 'portal' && desktop && r() < formats.rate;
}

/** Writes the strip. */
export function writeBadgeStrip(w: PageWriter, formats: BadgeStripFormats): void {
	w.code('badge-strip', fillTemplate(pick(formats.strips, w.ctx.random), w.ctx));
}
