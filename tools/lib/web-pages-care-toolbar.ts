import type { PageWriter } from './web-pages-page-writer.ts';
import type { WebLayout } from './web-pages.ts';
import { chance, fillTemplate, pick, type Random } from './web-pages-template.ts';

/**
 * A government page's floating helpers saved with it: the 无障碍/长者模式/繁體 toolbar a site lays
 * over its pages, and the 智能问答 widget's greeting and hot questions.
 */
export interface CareToolbarFormats {
	/** How often a portal page saved from a desktop browser keeps them. */
	rate: number;
	/** How often the toolbar comes first in the text rather than after the page's footer. */
	atTop: number;
	/** Toolbar texts (one string may hold several lines), templates of the split's placeholders. */
	bars: string[];
	/** Widget texts (one string may hold several lines), templates of the split's placeholders. */
	assistants: string[];
}

/** Where a page's floating toolbar landed in the text, or null when it has none. */
export type CarePlace = 'top' | 'bottom' | null;

/** Whether a page keeps the floating helpers, and where the toolbar went; no draw when `formats` is absent. */
export function drawCareToolbar(
	formats: CareToolbarFormats | undefined,
	layout: WebLayout,
	desktop: boolean,
	random: Random,
): CarePlace {
	if (formats === undefined || layout !== 'portal' || !desktop) return null;
	if (!chance(formats.rate, random)) return null;
	return chance(formats.atTop, random) ? 'top' : 'bottom';
}

/** Writes the toolbar's text (family `care-bar`). */
export function writeCareBar(w: PageWriter, formats: CareToolbarFormats): void {
	w.code('care-bar', fillTemplate(pick(formats.bars, w.ctx.random), w.ctx));
}

/** Writes the question widget's text (family `assistant`). */
export function writeAssistant(w: PageWriter, formats: CareToolbarFormats): void {
	w.code('assistant', fillTemplate(pick(formats.assistants, w.ctx.random), w.ctx));
}
