import type { PageWriter } from './web-pages-page-writer.ts';
import type { WebLayout } from './web-pages.ts';
import { chance, fillTemplate, pick, type Random } from './web-pages-template.ts';

/**
 * A portal page whose only date and outlet sit at the end of its breadcrumb (当前位置：首页 > 政务动态
 * 发布时间：… 来源：…): it prints no meta line under the headline.
 */
export interface CrumbDateFormats {
	/** How often a portal page saved from a desktop view (without a title echo) is such a page. */
	rate: number;
	/** The breadcrumbs, templates holding `{date}` and `{source}` (one string may hold several lines). */
	crumbs: string[];
}

/** Whether a page dates itself in its breadcrumb; no draw when `formats` is absent or the page has no such top. */
export function drawCrumbDate(
	formats: CrumbDateFormats | undefined,
	layout: WebLayout,
	desktop: boolean,
	random: Random,
): formats is CrumbDateFormats {
	if (formats === undefined || !desktop || layout !== 'portal') return false;
	return chance(formats.rate, random);
}

/**
 * Writes the breadcrumb in place of the page's own; a line holding the date or the outlet is of the
 * family `meta` (it carries the truth, as a meta line does), any other of `breadcrumb`.
 */
export function writeCrumbDate(w: PageWriter, formats: CrumbDateFormats): void {
	for (const line of pick(formats.crumbs, w.ctx.random).split('\n'))
		w.code(/\{(?:date|source)\}/u.test(line) ? 'meta' : 'breadcrumb', fillTemplate(line, w.ctx));
}
