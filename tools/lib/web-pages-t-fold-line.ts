import type { PageWriter } from './web-pages-page-writer.ts';
import {
	between,
	bodyParagraphs,
	chance,
	fillTemplate,
	pick,
	type Random,
} from './web-pages-template.ts';
import type { WebLayout } from './web-pages.ts';

/**
 * A news portal's 展开全文 fold: the button that hid the rest of a long article on the first screen,
 * kept between two paragraphs when the opened page is saved, often with the share still hidden.
 */
export interface FoldLineFormats {
	/** How often a portal or reprint page of at least three paragraphs keeps such a fold. */
	rate: number;
	/** The least and most paragraphs above the fold. */
	above: readonly [number, number];
	/** The fold's lines, templates with `{percent}` (the share of the text below it) and the split's placeholders. */
	lines: string[];
}

/** Where a page's fold stands and how much of the text it hid. */
export interface FoldLine {
	/** The fold follows this paragraph (0-based). */
	after: number;
	/** The share of the text's characters below the fold, in whole percent. */
	percent: number;
}

/** Where a page's fold stands; draws only when the split's formats have one. */
export function drawFoldLine(
	formats: FoldLineFormats | undefined,
	layout: WebLayout,
	text: string,
	random: Random,
): FoldLine | null {
	if (formats === undefined || (layout !== 'portal' && layout !== 'reprint')) return null;
	const paras = bodyParagraphs(text);
	if (paras.length < 3 || !chance(formats.rate, random)) return null;
	const after = Math.min(between(formats.above, random), paras.length - 2) - 1;
	const total = paras.join('').length;
	const below = paras.slice(after + 1).join('').length;
	return { after: Math.max(after, 0), percent: Math.round((below / total) * 100) };
}

/** Writes the fold, as furniture of the family `fold-line`. */
export function writeFoldLine(w: PageWriter, formats: FoldLineFormats, fold: FoldLine): void {
	const line = pick(formats.lines, w.ctx.random).replaceAll('{percent}', String(fold.percent));
	w.code('fold-line', fillTemplate(line, w.ctx));
}
