import type { PageWriter } from './web-pages-page-writer.ts';
import type { WebLayout } from './web-pages.ts';
import { chance, fillTemplate, pick, type Random } from './web-pages-template.ts';

/**
 * A portal page filed under 政务服务 that boxes the service's facts (办理地点, 办理时限, 咨询电话 …)
 * after the text or between the headline block and the text: furniture.
 */
export interface ServiceBoxFormats {
	/** How often a portal page has such a box. */
	rate: number;
	/** How often the box comes before the text rather than after it. */
	above: number;
	/** The boxes, templates with the split's placeholders (one string holds several lines). */
	boxes: string[];
}

/** Where the box goes, or null; no draw when `formats` is absent or the page is not a portal page. */
export function drawServiceBox(
	formats: ServiceBoxFormats | undefined,
	layout: WebLayout,
	random: Random,
): 'above' | 'below' | null {
	if (formats === undefined || layout !== 'portal' || !chance(formats.rate, random)) return null;
	return chance(formats.above, random) ? 'above' : 'below';
}

/** Writes the box (family `service-box`). */
export function writeServiceBox(w: PageWriter, formats: ServiceBoxFormats): void {
	w.code('service-box', fillTemplate(pick(formats.boxes, w.ctx.random), w.ctx));
}
