import type { PageWriter } from './web-pages-page-writer.ts';
import type { WebLayout } from './web-pages.ts';
import { chance, fillTemplate, pick, type Random } from './web-pages-template.ts';

/**
 * A county portal's 访问统计 counter: the visitor number, today's and all visits, printed in or
 * under the footer by the site's statistics script (no date of the article, only counts).
 */
export interface VisitCounterFormats {
	/** How often a portal page saved from a desktop browser keeps it. */
	rate: number;
	/** How often it stands above the footer lines rather than under them. */
	aboveFooter: number;
	/** Counter texts (one string may hold several lines), templates of the split's placeholders. */
	counters: string[];
}

/** Where a page's counter went, or null when it has none. */
export type CounterPlace = 'above' | 'below' | null;

/** Whether a page keeps the counter, and where; no draw when `formats` is absent. */
export function drawVisitCounter(
	formats: VisitCounterFormats | undefined,
	layout: WebLayout,
	desktop: boolean,
	random: Random,
): CounterPlace {
	if (formats === undefined || layout !== 'portal' || !desktop) return null;
	if (!chance(formats.rate, random)) return null;
	return chance(formats.aboveFooter, random) ? 'above' : 'below';
}

/** Writes the counter (family `visit-counter`). */
export function writeVisitCounter(w: PageWriter, formats: VisitCounterFormats): void {
	w.code('visit-counter', fillTemplate(pick(formats.counters, w.ctx.random), w.ctx));
}
