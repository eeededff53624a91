import type { PageWriter } from './web-pages-page-writer.ts';
import type { WebLayout } from './web-pages.ts';
import { chance, fillTemplate, pick, type Random } from './web-pages-template.ts';

/**
 * A 分享海报 (share poster): news apps and county portals offer to turn a story into a picture to
 * post, and its text (the headline again, the outlet and the day, a 长按识别二维码 prompt) is copied
 * with the page after the text. The headline it repeats is not a second story; a line of it that
 * names the outlet or the day carries the truth, as a meta line does (family `meta`), the others
 * are furniture of the family `share-poster`.
 */
export interface SharePosterFormats {
	/** How often a portal or reprint page keeps the poster's text after its own. */
	rate: number;
	/** The posters, templates holding `{ptitle}`, `{source}`, `{date}` and the split's placeholders (one string holds several lines). */
	posters: string[];
}

/** Whether the page keeps a share poster; no random draw when the split has none or the layout never does. */
export function drawSharePoster(
	formats: SharePosterFormats | undefined,
	layout: WebLayout,
	random: Random,
): boolean {
	if (formats === undefined || (layout !== 'portal' && layout !== 'reprint')) return false;
	return chance(formats.rate, random);
}

/** Writes the poster's lines: those naming the outlet or the day as `meta`, the rest as `share-poster`. */
export function writeSharePoster(w: PageWriter, formats: SharePosterFormats): void {
	for (const line of pick(formats.posters, w.ctx.random).split('\n'))
		w.code(/\{(?:date|source)\}/u.test(line) ? 'meta' : 'share-poster', fillTemplate(line, w.ctx));
}
