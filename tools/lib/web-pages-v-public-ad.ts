import { drawInset, writeInset, type InsetFormats } from './web-pages-v-inset.ts';
import type { PageWriter } from './web-pages-page-writer.ts';
import type { Random } from './web-pages-template.ts';
import type { WebLayout } from './web-pages.ts';

/**
 * A 公益广告 (a civic slogan the site runs between the paragraphs of its articles: 文明城市,
 * 垃圾分类, 反诈 …), kept by a copy of a portal or reprint page as lines inside the text.
 */
export type PublicAdFormats = InsetFormats;

/** The paragraph after which the slogan stands, or null; portal and reprint pages only. */
export function drawPublicAd(
	formats: PublicAdFormats | undefined,
	layout: WebLayout,
	paras: number,
	random: Random,
): number | null {
	return drawInset(formats, layout === 'portal' || layout === 'reprint', paras, random);
}

/** Writes the slogan, as furniture of the family `public-ad`. */
export function writePublicAd(w: PageWriter, formats: PublicAdFormats): void {
	writeInset(w, formats, 'public-ad');
}
