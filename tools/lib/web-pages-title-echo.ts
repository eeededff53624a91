import type { WebLayout } from './web-pages.ts';
import { chance, fillTemplate, pick, type PageContext } from './web-pages-template.ts';

/**
 * A page whose headline is echoed above it: the browser's title line (`标题_栏目_站名`) and a
 * breadcrumb that ends in the title, whole or cut short.
 */
export interface TitleEchoFormats {
	/** How often a portal or reprint page saved from a desktop browser echoes its title. */
	rate: number;
	/** Title lines, templates with `{ptitle}`, `{column}` and the split's placeholders. */
	browserLines: string[];
	/** Breadcrumbs, templates with `{ptitle}` or `{short}` (the title cut, with an ellipsis) and `{column}`. */
	crumbs: string[];
	/** The site's column names (栏目). */
	columns: string[];
	/** What a cut title ends with (…, ...). */
	ellipses: string[];
	/** Titles longer than this many characters are cut to it in `{short}`. */
	shortAt: number;
}

/** The two lines that echo a page's title, or null when it has none; no draw when `formats` is absent. */
export function drawTitleEcho(
	formats: TitleEchoFormats | undefined,
	layout: WebLayout,
	desktop: boolean,
	title: string,
	ctx: PageContext,
): { browser: string; crumb: string } | null {
	if (formats === undefined || !desktop || (layout !== 'portal' && layout !== 'reprint'))
		return null;
	const r = ctx.random;
	if (!chance(formats.rate, r)) return null;
	const column = fillTemplate(pick(formats.columns, r), ctx);
	const chars = [...title];
	const short =
		chars.length > formats.shortAt
			? chars.slice(0, formats.shortAt).join('') + pick(formats.ellipses, r)
			: title;
	// Filled around the two names, so a title's own braces are never read as placeholders.
	const fill = (t: string) =>
		fillTemplate(t.replaceAll('{column}', '\u0001').replaceAll('{short}', '\u0002'), ctx)
			.replaceAll('\u0001', column)
			.replaceAll('\u0002', short);
	return { browser: fill(pick(formats.browserLines, r)), crumb: fill(pick(formats.crumbs, r)) };
}
