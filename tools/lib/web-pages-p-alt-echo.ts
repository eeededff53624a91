import type { PageWriter } from './web-pages-page-writer.ts';
import type { WebLayout } from './web-pages.ts';
import { chance, fillTemplate, pick, type Random } from './web-pages-template.ts';

/**
 * A page whose lead picture lost its image in the copy and kept only its alt text or file name, which
 * a site's editor fills with the headline: a line repeating the headline above the text or between
 * its first paragraphs (furniture, never the headline itself).
 */
export interface AltEchoFormats {
	/** How often a portal, reprint or WeChat page keeps such a line. */
	rate: number;
	/** The lines, templates holding `{ptitle}` (the page's headline) and the split's placeholders. */
	lines: string[];
}

/**
 * Where the line goes: -1 above the first paragraph, else after that paragraph (the first or second,
 * never after the last); null when the page has none. No draw when `formats` is absent.
 */
export function drawAltEcho(
	formats: AltEchoFormats | undefined,
	layout: WebLayout,
	paragraphs: number,
	random: Random,
): number | null {
	if (formats === undefined || layout === 'epaper') return null;
	if (!chance(formats.rate, random)) return null;
	const last = Math.min(1, paragraphs - 2);
	return -1 + Math.floor(random() * (last + 2));
}

/** Writes the line (family `alt-echo`). */
export function writeAltEcho(w: PageWriter, formats: AltEchoFormats): void {
	w.code('alt-echo', fillTemplate(pick(formats.lines, w.ctx.random), w.ctx));
}
