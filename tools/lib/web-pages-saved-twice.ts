import type { PageWriter } from './web-pages-page-writer.ts';
import type { SourceArticle, WebLayout } from './web-pages.ts';
import { bodyParagraphs, chance, fillTemplate, pick, type Random } from './web-pages-template.ts';

/**
 * A page saved twice into one file: the whole page again under itself (a save appended to an
 * earlier one), or the article's mobile copy under the desktop one. It is still one article.
 */
export interface SavedTwiceFormats {
	/** How often a single page saved from a desktop browser (not printed) is saved twice. */
	rate: number;
	/** How often the second copy is the mobile page rather than the same page again. */
	mobile: number;
	/** Lines that open the mobile copy (its bar, the site's name), templates of the split's placeholders. */
	heads: string[];
	/** The mobile copy's meta line, templates with `{date}` and `{source}`. */
	metas: string[];
	/** Lines that close the mobile copy, templates of the split's placeholders. */
	feet: string[];
}

/** How a page's second copy is made, or null when the page is saved once; no draw when `formats` is absent. */
export function drawSavedTwice(
	formats: SavedTwiceFormats | undefined,
	layout: WebLayout,
	desktop: boolean,
	random: Random,
): 'again' | 'mobile' | null {
	if (formats === undefined || layout === 'epaper' || !desktop) return null;
	if (!chance(formats.rate, random)) return null;
	return chance(formats.mobile, random) ? 'mobile' : 'again';
}

/**
 * Writes the second copy after everything written so far. The copy's headline is furniture (family
 * `second-copy`), as are the mobile copy's bar, meta and foot; the same page again repeats its
 * furniture lines as they were.
 */
export function writeSecondCopy(
	w: PageWriter,
	how: 'again' | 'mobile',
	formats: SavedTwiceFormats,
	article: SourceArticle,
): void {
	if (how === 'again') {
		const lines = [...w.lines];
		const furniture = [...w.furniture];
		w.text('');
		for (const line of lines)
			if (line.trim() === article.title) w.code('second-copy', line);
			else w.text(line);
		w.furniture.push(...furniture);
		return;
	}
	const r = w.ctx.random;
	const fill = (t: string) => fillTemplate(t, w.ctx);
	w.text('');
	w.code('second-copy', fill(pick(formats.heads, r)));
	w.code('second-copy', article.title);
	w.code('second-copy', fill(pick(formats.metas, r)));
	for (const p of bodyParagraphs(article.text)) w.text(p);
	w.code('second-copy', fill(pick(formats.feet, r)));
}
