import type { PageWriter } from './web-pages-page-writer.ts';
import { between, chance, fillTemplate, pick, type Random } from './web-pages-template.ts';

/**
 * An e-paper page's 今日导读 box: other pages' stories of the issue with their page numbers, above
 * the page's first article or after its last.
 */
export interface IssueGuideFormats {
	/** How often an e-paper page keeps it. */
	rate: number;
	/** How often it comes before the first article rather than after the last. */
	atTop: number;
	/** Headings (templates; an empty one prints none). */
	heads: string[];
	/** How a page number is printed, for pages 2 to 12. */
	pages: ((n: number) => string)[];
	/** One story, templates holding `{page}` and `{title}` (another article's title); one is drawn per box. */
	items: string[];
	/** The least and most stories. */
	count: readonly [number, number];
}

/** Where an e-paper page's guide stands; draws only when the split's formats have one. */
export function drawIssueGuide(
	formats: IssueGuideFormats | undefined,
	random: Random,
): 'top' | 'bottom' | null {
	if (formats === undefined || !chance(formats.rate, random)) return null;
	return chance(formats.atTop, random) ? 'top' : 'bottom';
}

/** Writes the guide, as furniture of the family `issue-guide`. */
export function writeIssueGuide(w: PageWriter, formats: IssueGuideFormats): void {
	const r = w.ctx.random;
	const head = fillTemplate(pick(formats.heads, r), w.ctx);
	if (head !== '') w.code('issue-guide', head);
	const page = pick(formats.pages, r);
	const item = pick(formats.items, r);
	const count = between(formats.count, r);
	for (let i = 0; i < count; i++) {
		const n = 2 + Math.floor(r() * 11);
		w.code('issue-guide', fillTemplate(item.replaceAll('{page}', page(n)), w.ctx));
	}
}
