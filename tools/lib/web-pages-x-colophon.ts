import type { PageWriter } from './web-pages-page-writer.ts';
import { chance, fillTemplate, pick, type Random } from './web-pages-template.ts';

/**
 * A paper's 报尾 (colophon): the lines at the foot of its last page naming the publisher, the
 * address, the phones, the licence and serial numbers, the price and the printer. An e-paper page
 * copied as text keeps them after its last story. They name the paper, not the story's source,
 * and print no day of the story; all of them are furniture.
 */
export interface ColophonFormats {
	/** How often an e-paper page keeps them. */
	rate: number;
	/** Colophons, templates with the split's placeholders (`{paper}`, `{city}`, `{n}` …). */
	colophons: string[];
}

/** Whether an e-paper page keeps the colophon; no random draw when the split has none. */
export function drawColophon(formats: ColophonFormats | undefined, random: Random): boolean {
	if (formats === undefined) return false;
	return chance(formats.rate, random);
}

/** Writes the colophon as furniture of the family `colophon`. */
export function writeColophon(w: PageWriter, formats: ColophonFormats): void {
	w.code('colophon', fillTemplate(pick(formats.colophons, w.ctx.random), w.ctx));
}
