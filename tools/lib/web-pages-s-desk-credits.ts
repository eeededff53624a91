import type { PageWriter } from './web-pages-page-writer.ts';
import { chance, fillTemplate, pick, type Random } from './web-pages-template.ts';

/** An e-paper page's desk line: the page's editors, designer and proofreader (本版编辑 … 校对 …). */
export interface DeskCreditsFormats {
	/** How often an e-paper page keeps it. */
	rate: number;
	/** How often it stands under the page bar rather than after the last article. */
	atTop: number;
	/** The lines, templates holding `{name}` and the split's placeholders (one string may hold several lines). */
	lines: string[];
}

/** Where an e-paper page's desk line stands; draws only when the split's formats have one. */
export function drawDeskCredits(
	formats: DeskCreditsFormats | undefined,
	random: Random,
): 'top' | 'bottom' | null {
	if (formats === undefined || !chance(formats.rate, random)) return null;
	return chance(formats.atTop, random) ? 'top' : 'bottom';
}

/** Writes the desk line, as furniture of the family `desk-credits`. */
export function writeDeskCredits(w: PageWriter, formats: DeskCreditsFormats): void {
	w.code('desk-credits', fillTemplate(pick(formats.lines, w.ctx.random), w.ctx));
}
