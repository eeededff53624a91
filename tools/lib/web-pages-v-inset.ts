import type { PageWriter } from './web-pages-page-writer.ts';
import { chance, fillTemplate, pick, type Random } from './web-pages-template.ts';

/** A block a site sets between two paragraphs of the text: how often, and its templates. */
export interface InsetFormats {
	/** How often a page of the layouts the block is drawn for carries it. */
	rate: number;
	/** The blocks, templates of the split's placeholders (one string may hold several lines). */
	blocks: string[];
}

/**
 * The paragraph (0-based) after which an inset stands, never after the last one, or null when the
 * page has none; no random draw when `formats` is absent or the page cannot carry it.
 */
export function drawInset(
	formats: InsetFormats | undefined,
	fits: boolean,
	paras: number,
	random: Random,
): number | null {
	if (formats === undefined || !fits || paras < 2) return null;
	if (!chance(formats.rate, random)) return null;
	return Math.floor(random() * (paras - 1));
}

/** Writes one of the inset's blocks, each line furniture of the family `family`. */
export function writeInset(w: PageWriter, formats: InsetFormats, family: string): void {
	w.code(family, fillTemplate(pick(formats.blocks, w.ctx.random), w.ctx));
}
