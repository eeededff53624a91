import type { PageWriter } from './web-pages-page-writer.ts';
import type { WebLayout } from './web-pages.ts';
import { between, chance, formatDate, pick, type Random } from './web-pages-template.ts';

/**
 * A 媒体聚焦 box: a county portal's column of what national and provincial outlets wrote about the
 * county, each item naming its outlet (【人民日报】…) and often its day. Its outlets are not the
 * page's source and its days are not the page's date; the whole box is furniture.
 */
export interface MediaFocusFormats {
	/** How often a portal page saved from a desktop browser keeps the box after its text. */
	rate: number;
	/** The box's heading lines (no placeholder). */
	heads: string[];
	/** Items, templates with `{outlet}`, `{title}` (another article's headline) and `{day}` (another day). */
	items: string[];
	/** Outlets that report on a county (national papers, agencies, provincial media). */
	outlets: string[];
	/** Date formats of the items' days (see `formatDate`). */
	dates: string[];
	/** The least and most items. */
	count: readonly [number, number];
	/** A 更多 link's text after the items, printed half the time. */
	more: string[];
}

/** Whether a page keeps the box; no random draw when the split has none or the page is no desktop portal page. */
export function drawMediaFocus(
	formats: MediaFocusFormats | undefined,
	layout: WebLayout,
	desktop: boolean,
	random: Random,
): boolean {
	if (formats === undefined || layout !== 'portal' || !desktop) return false;
	return chance(formats.rate, random);
}

/** Writes the box as furniture of the family `media-focus`. */
export function writeMediaFocus(w: PageWriter, formats: MediaFocusFormats): void {
	const r = w.ctx.random;
	const { otherTitles, otherDates } = w.ctx;
	const lines = [pick(formats.heads, r)];
	const n = between(formats.count, r);
	for (let i = 0; i < n; i++) {
		const day = formatDate(pick(otherDates, r), pick(formats.dates, r), r);
		const item = pick(formats.items, r)
			.replace('{outlet}', pick(formats.outlets, r))
			.replace('{title}', pick(otherTitles, r))
			.replace('{day}', day);
		lines.push(item);
	}
	if (chance(0.5, r)) lines.push(pick(formats.more, r));
	w.code('media-focus', lines.join('\n'));
}
