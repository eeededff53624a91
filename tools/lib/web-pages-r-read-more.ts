import type { PageWriter } from './web-pages-page-writer.ts';
import type { WebLayout } from './web-pages.ts';
import { between, chance, fillTemplate, pick, type Random } from './web-pages-template.ts';

/** A 延伸阅读/相关链接 box set between two paragraphs of an article: a heading and links to others. */
export interface ReadMoreFormats {
	/** How often a portal, reprint or WeChat page of at least three paragraphs has such a box. */
	rate: number;
	/** Headings (templates; an empty one prints none). */
	heads: string[];
	/** One link, templates holding `{title}` and maybe `{odate}`; one is drawn per box. */
	items: string[];
	/** The least and most links. */
	count: readonly [number, number];
	/** Lines closing the box (templates; an empty one prints none). */
	feet: string[];
}

/**
 * The paragraph (0-based) after which the box stands, never the last; null when the page has none
 * (no draw without formats, on an e-paper page or on a text of fewer than three paragraphs).
 */
export function drawReadMore(
	formats: ReadMoreFormats | undefined,
	layout: WebLayout,
	paragraphs: number,
	random: Random,
): number | null {
	if (formats === undefined || layout === 'epaper' || paragraphs < 3) return null;
	if (!chance(formats.rate, random)) return null;
	return between([0, paragraphs - 2], random);
}

/** Writes the box, as furniture of the family `read-more`. */
export function writeReadMore(w: PageWriter, formats: ReadMoreFormats): void {
	const r = w.ctx.random;
	const head = fillTemplate(pick(formats.heads, r), w.ctx);
	const item = pick(formats.items, r);
	const links = Array.from({ length: between(formats.count, r) }, () => fillTemplate(item, w.ctx));
	const foot = fillTemplate(pick(formats.feet, r), w.ctx);
	const lines = [head, ...links, foot].filter((l) => l !== '');
	w.code('read-more', lines.join('\n'));
}
