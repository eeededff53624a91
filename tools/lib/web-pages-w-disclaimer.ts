import type { PageWriter } from './web-pages-page-writer.ts';
import { chance, fillTemplate, pick, type Random } from './web-pages-template.ts';
import type { WebLayout } from './web-pages.ts';

/**
 * A 免责声明/版权声明 a reposting site or account prints after a story (转载 only to share
 * information, the rights stay with the author, write to have it removed): whole sentences, some
 * naming other outlets or 网络 as the origin, never the story's text or its source.
 */
export interface DisclaimerFormats {
	/** How often a reprint or WeChat page has such a statement. */
	rate: number;
	/** The statements, templates of the split's placeholders (one string may hold several lines). */
	blocks: string[];
}

/** Whether the page has the statement; no random draw when `formats` is absent or the page is neither. */
export function drawDisclaimer(
	formats: DisclaimerFormats | undefined,
	layout: WebLayout,
	random: Random,
): boolean {
	if (formats === undefined || (layout !== 'reprint' && layout !== 'wechat')) return false;
	return chance(formats.rate, random);
}

/** Writes the statement, as furniture of the family `disclaimer`. */
export function writeDisclaimer(w: PageWriter, formats: DisclaimerFormats): void {
	w.code('disclaimer', fillTemplate(pick(formats.blocks, w.ctx.random), w.ctx));
}
