import { drawInset, writeInset, type InsetFormats } from './web-pages-v-inset.ts';
import type { PageWriter } from './web-pages-page-writer.ts';
import type { Random } from './web-pages-template.ts';
import type { WebLayout } from './web-pages.ts';

/**
 * A card a WeChat post embeds between its paragraphs (a 视频号 video, a 小程序, another account's
 * card), which a text copy keeps as the card's label, name and title.
 */
export type MiniCardFormats = InsetFormats;

/** The paragraph after which the card stands, or null; WeChat pages only. */
export function drawMiniCard(
	formats: MiniCardFormats | undefined,
	layout: WebLayout,
	paras: number,
	random: Random,
): number | null {
	return drawInset(formats, layout === 'wechat', paras, random);
}

/** Writes the card, as furniture of the family `mini-card`. */
export function writeMiniCard(w: PageWriter, formats: MiniCardFormats): void {
	writeInset(w, formats, 'mini-card');
}
