import type { PageWriter } from './web-pages-page-writer.ts';
import { between, chance, fillTemplate, pick, type Random } from './web-pages-template.ts';

/**
 * An e-paper's 版面导航: the pages in order, each with its number and its section's name
 * (第01版：要闻 第02版：综合 …), a column beside the page image that a copy keeps before the page's
 * first story or after its last. It prints neither the day nor a story's headline; all of
 * it is furniture of the family `page-directory`.
 */
export interface PageDirectoryFormats {
	/** How often an e-paper page keeps it. */
	rate: number;
	/** How often it comes before the first story rather than after the last. */
	atTop: number;
	/** Headings (templates; an empty one prints none). */
	heads: string[];
	/** One page, templates holding `{page}` (its number, 01) and `{section}` (a section drawn from the pool). */
	items: string[];
	/** The least and most pages the issue has. */
	pages: readonly [number, number];
	/** What joins the pages (`\n` puts each on a line of its own). */
	glues: string[];
}

/** Where the page keeps its directory, or null; no random draw when the split has none. */
export function drawPageDirectory(
	formats: PageDirectoryFormats | undefined,
	random: Random,
): 'top' | 'bottom' | null {
	if (formats === undefined || !chance(formats.rate, random)) return null;
	return chance(formats.atTop, random) ? 'top' : 'bottom';
}

/** Writes the directory of the pages as furniture of the family `page-directory`. */
export function writePageDirectory(w: PageWriter, formats: PageDirectoryFormats): void {
	const r = w.ctx.random;
	const n = between(formats.pages, r);
	const item = pick(formats.items, r);
	// Each page has a section of its own while the pool lasts.
	const left: string[] = [];
	const entries = Array.from({ length: n }, (_, i) => {
		if (left.length === 0) left.push(...w.ctx.furniture.pools['section']!);
		const section = pick(left, r);
		left.splice(left.indexOf(section), 1);
		return item
			.replace('{page}', String(i + 1).padStart(2, '0'))
			.replace('{section}', fillTemplate(section, w.ctx));
	});
	const head = fillTemplate(pick(formats.heads, r), w.ctx);
	w.code(
		'page-directory',
		[...(head === '' ? [] : [head]), entries.join(pick(formats.glues, r))].join('\n'),
	);
}
