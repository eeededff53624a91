import type { PageWriter } from './web-pages-page-writer.ts';
import { chance, fillTemplate, pick, type Random } from './web-pages-template.ts';
import type { WebLayout } from './web-pages.ts';

/**
 * The text of a pop-up a portal lays over its pages (网站满意度调查, 浏览器版本过低 …), kept by the
 * copy at the very top of the text or at its very end.
 */
export interface SurveyPopupFormats {
	/** How often a portal page saved from its desktop view keeps it. */
	rate: number;
	/** How often it comes first in the text rather than last. */
	atTop: number;
	/** The pop-ups, templates of the split's placeholders (one string may hold several lines). */
	popups: string[];
}

/** Where a page's pop-up landed; draws only when the split's formats have one. */
export function drawSurveyPopup(
	formats: SurveyPopupFormats | undefined,
	layout: WebLayout,
	desktop: boolean,
	random: Random,
): 'top' | 'bottom' | null {
	if (formats === undefined || layout !== 'portal' || !desktop) return null;
	if (!chance(formats.rate, random)) return null;
	return chance(formats.atTop, random) ? 'top' : 'bottom';
}

/** Writes the pop-up, as furniture of the family `survey-popup`. */
export function writeSurveyPopup(w: PageWriter, formats: SurveyPopupFormats): void {
	w.code('survey-popup', fillTemplate(pick(formats.popups, w.ctx.random), w.ctx));
}
