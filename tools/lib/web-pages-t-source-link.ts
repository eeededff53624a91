import type { PageWriter } from './web-pages-page-writer.ts';
import { chance, fillTemplate, pick, type Random } from './web-pages-template.ts';
import type { UrlParts } from './web-pages-views.ts';
import type { WebLayout } from './web-pages.ts';

/**
 * A repost's 原文链接 line after its text: the address of the outlet's own page, which carries the
 * day it was published (…/t20240501_….html) but is not the page's meta line.
 */
export interface SourceLinkFormats {
	/** How often a reprint or WeChat page ends with such a line. */
	rate: number;
	/** Host names of outlets' sites, templates of the split's placeholders (no `www.`). */
	hosts: string[];
	/** The outlet page's possible addresses. */
	urls: (p: UrlParts) => string[];
	/** The lines, templates holding `{url}` and the split's placeholders (one string may hold several lines). */
	lines: string[];
}

/** Whether a page ends with a source link; draws only when the split's formats have one. */
export function drawSourceLink(
	formats: SourceLinkFormats | undefined,
	layout: WebLayout,
	random: Random,
): boolean {
	if (formats === undefined || (layout !== 'reprint' && layout !== 'wechat')) return false;
	return chance(formats.rate, random);
}

/** Writes the link to the article of ISO date `iso`, as furniture of the family `source-link`. */
export function writeSourceLink(w: PageWriter, formats: SourceLinkFormats, iso: string): void {
	const r = w.ctx.random;
	const [year, month, day] = iso.split('-') as [string, string, string];
	const host = fillTemplate(pick(formats.hosts, r), w.ctx);
	const n = String(Math.floor(r() * 9e6) + 1e6);
	const url = pick(formats.urls({ host, year, month, day, n }), r);
	w.code('source-link', fillTemplate(pick(formats.lines, r).replaceAll('{url}', url), w.ctx));
}
