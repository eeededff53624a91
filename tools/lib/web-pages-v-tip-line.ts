import type { PageWriter } from './web-pages-page-writer.ts';
import { chance, fillTemplate, pick, type Random } from './web-pages-template.ts';
import type { WebLayout } from './web-pages.ts';

/**
 * A 新闻热线/投稿 block a county outlet prints after its stories (the newsroom's phone, its mailbox,
 * a call for tips), kept by a copy of a portal, reprint or WeChat page after the text.
 */
export interface TipLineFormats {
	/** How often a portal, reprint or WeChat page has such a block. */
	rate: number;
	/** The blocks, templates of the split's placeholders (one string may hold several lines). */
	blocks: string[];
}

/** Whether the page has the block; no random draw when `formats` is absent or the page is an e-paper. */
export function drawTipLine(
	formats: TipLineFormats | undefined,
	layout: WebLayout,
	random: Random,
): boolean {
	if (formats === undefined || layout === 'epaper') return false;
	return chance(formats.rate, random);
}

/** Writes the block, as furniture of the family `tip-line`. */
export function writeTipLine(w: PageWriter, formats: TipLineFormats): void {
	w.code('tip-line', fillTemplate(pick(formats.blocks, w.ctx.random), w.ctx));
}
