import type { PageWriter } from './web-pages-page-writer.ts';
import type { WebLayout } from './web-pages.ts';
import { chance, fillTemplate, pick, type Random } from './web-pages-template.ts';

/**
 * A portal article read inside a 专题/专栏 (a topic section): the topic's banner and its own menu
 * stand between the site's top and the headline.
 */
export interface TopicPageFormats {
	/** How often a desktop portal page sits in a topic section. */
	rate: number;
	/** The topic's banner, one string per banner (may hold several lines; `{place}`, `{year}` …). */
	banners: string[];
	/** The topic's own menu lines (one string may hold several lines). */
	menus: string[];
	/** Where-am-I lines inside the topic, drawn half the time (`{place}` …). */
	crumbs: string[];
}

/** True when a page of `layout` is drawn as a topic page; no random draw when `formats` is absent. */
export function drawTopicPage(
	formats: TopicPageFormats | undefined,
	layout: WebLayout,
	desktop: boolean,
	random: Random,
): formats is TopicPageFormats {
	return formats !== undefined && desktop && layout === 'portal' && chance(formats.rate, random);
}

/** Writes the banner, the topic menu and sometimes a crumb, as furniture of the family `topic-banner`. */
export function writeTopicPage(w: PageWriter, formats: TopicPageFormats): void {
	const r = w.ctx.random;
	w.code('topic-banner', fillTemplate(pick(formats.banners, r), w.ctx));
	w.code('topic-banner', fillTemplate(pick(formats.menus, r), w.ctx));
	if (chance(0.5, r)) w.code('topic-banner', fillTemplate(pick(formats.crumbs, r), w.ctx));
}
