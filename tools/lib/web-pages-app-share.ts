import type { SourceArticle, WebLayout } from './web-pages.ts';
import type { PageWriter } from './web-pages-page-writer.ts';
import { bodyParagraphs, chance, fillTemplate, pick, type Random } from './web-pages-template.ts';

/** What the lines of an app's share page are made from. */
export interface AppShareParts {
	/** The outlet. */
	source: string;
	/** The date as the page prints it. */
	date: string;
	/** How often it was read. */
	reads: number;
	/** How many liked it. */
	likes: number;
	/** How many comments it has. */
	comments: number;
}

/**
 * A page saved from the share link of a news app (客户端): the app's banner instead of the site's
 * header and menus, one line with the outlet and date under the headline, the body, and the app's
 * counts and prompts instead of the site's footer.
 */
export interface AppShareFormats {
	/** How often a portal or reprint page is such a share page. */
	rate: number;
	/** Banner lines above the headline (templates, one string may hold several lines); one is drawn. */
	heads: string[];
	/** Lines under the headline, each holding the source and the date; one is drawn. */
	metas: (p: AppShareParts) => string[];
	/** Lines after the body (templates: `{title}` draws another article's title); one is drawn. */
	tails: (p: AppShareParts) => string[];
}

/** Whether this page is an app's share page; draws only when the split's formats have one. */
export function drawAppShare(
	formats: AppShareFormats | undefined,
	layout: WebLayout,
	random: Random,
): formats is AppShareFormats {
	return (
		formats !== undefined &&
		(layout === 'portal' || layout === 'reprint') &&
		chance(formats.rate, random)
	);
}

/**
 * Writes a whole share page: banner (`app-head`), the headline alone, the line with the source and
 * date (family `meta`, as the meta line of other pages), unindented paragraphs and the app's tail
 * (`app-tail`).
 */
export function writeAppShare(
	w: PageWriter,
	article: SourceArticle,
	formats: AppShareFormats,
): void {
	const r = w.ctx.random;
	const reads = Math.floor(r() * 200000) + 50;
	const parts: AppShareParts = {
		source: w.ctx.fixed['source'] ?? '',
		date: w.ctx.fixed['date'] ?? '',
		reads,
		likes: Math.floor(reads / (20 + r() * 80)),
		comments: Math.floor(r() * 60),
	};
	w.code('app-head', fillTemplate(pick(formats.heads, r), w.ctx));
	if (chance(0.5, r)) w.text('');
	w.text(article.title);
	w.code('meta', pick(formats.metas(parts), r));
	const gap = chance(0.5, r);
	for (const p of bodyParagraphs(article.text)) {
		if (gap) w.text('');
		w.text(p);
	}
	w.text('');
	w.code('app-tail', fillTemplate(pick(formats.tails(parts), r), w.ctx));
}
