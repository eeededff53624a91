import type { PageWriter } from './web-pages-page-writer.ts';
import type { WebLayout } from './web-pages.ts';
import { chance, fillTemplate, pick, type Random } from './web-pages-template.ts';

/**
 * A page (often in a 专题 column) whose 上一篇/下一篇 links right after the text each print their
 * article's full date: dates of other articles, furniture.
 */
export interface DatedPagerFormats {
	/** How often a portal or reprint page saved from its desktop view has such links. */
	rate: number;
	/** The links, templates holding `{title}` and `{odate}` (one string may hold several lines). */
	pagers: string[];
}

/** Whether a page has such links; no draw when `formats` is absent or the page has no site around it. */
export function drawDatedPager(
	formats: DatedPagerFormats | undefined,
	layout: WebLayout,
	desktop: boolean,
	random: Random,
): formats is DatedPagerFormats {
	if (formats === undefined || !desktop || (layout !== 'portal' && layout !== 'reprint'))
		return false;
	return chance(formats.rate, random);
}

/** Writes the links after the text (family `dated-pager`). */
export function writeDatedPager(w: PageWriter, formats: DatedPagerFormats): void {
	w.code('dated-pager', fillTemplate(pick(formats.pagers, w.ctx.random), w.ctx));
}
