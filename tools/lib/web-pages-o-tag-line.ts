import type { PageWriter } from './web-pages-page-writer.ts';
import type { WebLayout } from './web-pages.ts';
import { chance, fillTemplate, pick, type Random } from './web-pages-template.ts';

/**
 * A page that prints the article's 关键词/标签 after the body, often with a 责任编辑 and 纠错 line:
 * furniture, like the editor's line.
 */
export interface TagLineFormats {
	/** How often a portal or reprint page has such a block. */
	rate: number;
	/** The topic tags a site files articles under; two to four are drawn. */
	tags: string[];
	/** What goes between tags. */
	glues: string[];
	/** The blocks, templates with `{tags}` and the split's placeholders (one string may hold several lines). */
	blocks: string[];
}

/** Whether a page prints a tag block; no draw when `formats` is absent or the layout has none. */
export function drawTagLine(
	formats: TagLineFormats | undefined,
	layout: WebLayout,
	random: Random,
): formats is TagLineFormats {
	if (formats === undefined || (layout !== 'portal' && layout !== 'reprint')) return false;
	return chance(formats.rate, random);
}

/** Writes the block after the body (family `tag-line`): two to four different tags. */
export function writeTagLine(w: PageWriter, formats: TagLineFormats): void {
	const r = w.ctx.random;
	const count = 2 + Math.floor(r() * 3);
	const tags: string[] = [];
	for (let i = 0; i < count * 4 && tags.length < count; i++) {
		const tag = pick(formats.tags, r);
		if (!tags.includes(tag)) tags.push(tag);
	}
	const block = pick(formats.blocks, r).replaceAll('{tags}', tags.join(pick(formats.glues, r)));
	w.code('tag-line', fillTemplate(block, w.ctx));
}
