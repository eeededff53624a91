import type { WebLayout } from './web-pages.ts';
import { between, chance, pick, type Random } from './web-pages-template.ts';

/**
 * An article the site splits over several pages (第1页 … 下一页), saved page after page into one
 * file: a pager line stands between the parts and another after the last.
 */
export interface PagedBodyFormats {
	/** How often a desktop portal or reprint page of at least three paragraphs is split. */
	rate: number;
	/** The least and most pages. */
	pages: readonly [number, number];
	/** Pager lines for page `page` (1-based) of `total` (one string may hold several lines). */
	pagers: ((page: number, total: number) => string)[];
}

/**
 * The pager lines to write after paragraph index → line, or null when the page is not split; no
 * random draw when `formats` is absent.
 */
export function drawPagedBody(
	formats: PagedBodyFormats | undefined,
	layout: WebLayout,
	desktop: boolean,
	paragraphs: number,
	random: Random,
): Map<number, string> | null {
	if (formats === undefined || !desktop || (layout !== 'portal' && layout !== 'reprint'))
		return null;
	if (paragraphs < 3 || !chance(formats.rate, random)) return null;
	const total = Math.min(paragraphs, between(formats.pages, random));
	const pager = pick(formats.pagers, random);
	const out = new Map<number, string>();
	for (let page = 1; page <= total; page++) {
		// Each part ends after its share of the paragraphs; the last after the last paragraph.
		const end = Math.round((paragraphs * page) / total) - 1;
		out.set(end, pager(page, total));
	}
	return out;
}
