import type { PageWriter } from './web-pages-page-writer.ts';
import { between, chance, fillTemplate, pick, type Random } from './web-pages-template.ts';
import type { WebLayout } from './web-pages.ts';

/**
 * A news portal's 点击排行/热文榜 column kept in the saved text: other articles' titles ranked by
 * their read counts, in the left column (read before the headline) or the right one (after the text).
 */
export interface HotListFormats {
	/** How often a portal or reprint page saved from its desktop view keeps it. */
	rate: number;
	/** How often it stands above the headline rather than after the text. */
	atTop: number;
	/** Headings (templates; an empty one prints none; one string may hold several lines). */
	heads: string[];
	/** One entry, templates with `{rank}`, `{title}`, maybe `{reads}`; one is drawn per list. */
	items: string[];
	/** The least and most entries. */
	count: readonly [number, number];
	/** The least and most reads the first entry shows (each later one shows fewer). */
	reads: readonly [number, number];
}

/** Where a page's ranking stands; draws only when the split's formats have one. */
export function drawHotList(
	formats: HotListFormats | undefined,
	layout: WebLayout,
	desktop: boolean,
	random: Random,
): 'top' | 'bottom' | null {
	if (formats === undefined || !desktop || (layout !== 'portal' && layout !== 'reprint'))
		return null;
	if (!chance(formats.rate, random)) return null;
	return chance(formats.atTop, random) ? 'top' : 'bottom';
}

/** Writes the ranking, as furniture of the family `hot-list`. */
export function writeHotList(w: PageWriter, formats: HotListFormats): void {
	const r = w.ctx.random;
	const head = fillTemplate(pick(formats.heads, r), w.ctx);
	if (head !== '') w.code('hot-list', head);
	const item = pick(formats.items, r);
	let reads = between(formats.reads, r);
	const count = between(formats.count, r);
	for (let rank = 1; rank <= count; rank++) {
		const line = item.replaceAll('{rank}', String(rank)).replaceAll('{reads}', String(reads));
		w.code('hot-list', fillTemplate(line, w.ctx));
		reads = Math.max(1, Math.floor(reads * (0.5 + r() * 0.45)));
	}
}
