import type { PageWriter } from './web-pages-page-writer.ts';
import type { WebLayout } from './web-pages.ts';
import { chance, fillTemplate, pick, type Random } from './web-pages-template.ts';

/**
 * A government portal's 网站纠错 box under the article: readers are asked to report a wrong word,
 * a dead link or an outdated item, with the office's telephone or mailbox (no date).
 */
export interface ErrorReportFormats {
	/** How often a portal page saved from a desktop browser keeps it. */
	rate: number;
	/** Box texts (one string may hold several lines), templates of the split's placeholders. */
	boxes: string[];
}

/** Whether a page keeps the box; no draw when `formats` is absent. */
export function drawErrorReport(
	formats: ErrorReportFormats | undefined,
	layout: WebLayout,
	desktop: boolean,
	random: Random,
): boolean {
	if (formats === undefined || layout !== 'portal' || !desktop) return false;
	return chance(formats.rate, random);
}

/** Writes the box (family `error-report`). */
export function writeErrorReport(w: PageWriter, formats: ErrorReportFormats): void {
	w.code('error-report', fillTemplate(pick(formats.boxes, w.ctx.random), w.ctx));
}
