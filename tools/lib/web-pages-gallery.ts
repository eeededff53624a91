import type { PageWriter } from './web-pages-page-writer.ts';
import type { WebLayout } from './web-pages.ts';
import { chance, fillTemplate, pick, type Random } from './web-pages-template.ts';

/**
 * A 图片新闻/组图 page: a gallery's label above the text, a picture with its counter, controls and
 * caption after each paragraph, so that captions make up much of the page.
 */
export interface GalleryFormats {
	/** How often a portal, WeChat or reprint page is such a page. */
	rate: number;
	/** Labels above the text, templates with `{count}` (the number of pictures) and the split's placeholders. */
	heads: string[];
	/** A picture's counter, templates with `{i}` and `{count}`; one page prints one of them. */
	counters: string[];
	/** Controls a picture may keep (上一张/下一张, 查看原图), templates of the split's placeholders. */
	controls: string[];
	/** How often a picture keeps a control line. */
	controlRate: number;
	/** Lines after the text (返回列表 …), templates with `{count}` and the split's placeholders. */
	feet: string[];
}

/** One page's gallery: how many pictures (one per paragraph) and the counter it prints. */
export interface Gallery {
	count: number;
	counter: string;
}

/** A page's gallery, or null when it has none; no draw when `formats` is absent. */
export function drawGallery(
	formats: GalleryFormats | undefined,
	layout: WebLayout,
	paragraphs: number,
	random: Random,
): Gallery | null {
	if (formats === undefined || layout === 'epaper' || !chance(formats.rate, random)) return null;
	return { count: paragraphs, counter: pick(formats.counters, random) };
}

const fill = (w: PageWriter, t: string, i: number, count: number) =>
	fillTemplate(t.replaceAll('{i}', String(i)).replaceAll('{count}', String(count)), w.ctx);

/** Writes the gallery's label (family `gallery`). */
export function writeGalleryHead(w: PageWriter, formats: GalleryFormats, g: Gallery): void {
	w.code('gallery', fill(w, pick(formats.heads, w.ctx.random), 0, g.count));
}

/** Writes picture `i` of the gallery: its counter, maybe a control line (family `gallery`) and its caption. */
export function writePicture(w: PageWriter, formats: GalleryFormats, g: Gallery, i: number): void {
	const r = w.ctx.random;
	w.code('gallery', fill(w, g.counter, i, g.count));
	if (chance(formats.controlRate, r))
		w.code('gallery', fill(w, pick(formats.controls, r), i, g.count));
	w.family('caption');
}

/** Writes the lines after the text (family `gallery`). */
export function writeGalleryFoot(w: PageWriter, formats: GalleryFormats, g: Gallery): void {
	w.code('gallery', fill(w, pick(formats.feet, w.ctx.random), 0, g.count));
}
