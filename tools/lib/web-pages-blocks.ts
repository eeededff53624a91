import type { WebLayout } from './web-pages.ts';
import type { PageWriter } from './web-pages-page-writer.ts';
import { chance, fillTemplate, pick, type Random } from './web-pages-template.ts';

/** What the files a portal article attaches are named from. */
export interface AttachmentParts {
	/** The page's own title. */
	title: string;
	/** The year the page's furniture prints (`{year}`). */
	year: string;
}

/** One printed item of an attachment list. */
export interface AttachmentItem {
	/** Its place in the list, from 1. */
	index: number;
	/** The file's name with its extension. */
	file: string;
	/** The file's size in kilobytes. */
	kilobytes: number;
	/** How often it was downloaded. */
	downloads: number;
}

/** A list of attached files (名称, 大小, 下载次数) after a portal article's body. */
export interface AttachmentListFormats {
	/** How often a portal page lists attachments after its body. */
	rate: number;
	/** Heading lines of the list (templates; an empty one prints no heading). */
	heads: string[];
	/** File names the page may attach; one to three are drawn. */
	files: (p: AttachmentParts) => string[];
	/** Ways one item is printed (one string may hold several lines); one is drawn per list. */
	items: ((item: AttachmentItem) => string)[];
}

/** What the text left by a video player is made from. */
export interface VideoParts {
	/** The clip's length as players print it (03:12). */
	duration: string;
	/** How often it was played. */
	plays: number;
}

/** The text a video player leaves when a page is saved (播放, 00:00 / 03:12, 倍速, 全屏 …). */
export interface VideoPlayerFormats {
	/** How often a portal, reprint or WeChat page has a player above its body. */
	rate: number;
	/** The player's lines (templates, one string may hold several lines); one is drawn. */
	blocks: (p: VideoParts) => string[];
}

/**
 * The meta of a two-column page (发布时间, 来源 …) in a side column that a saved text puts after the
 * article, in place of the meta line under the headline.
 */
export interface SideColumnFormats {
	/** How often a portal page saved from a desktop view has such a column. */
	rate: number;
	/** The column's lines (templates holding `{date}` and `{source}`); one is drawn. */
	blocks: string[];
}

/** Whether this page has an attachment list; draws only when the split's formats have one. */
export function drawAttachmentList(
	formats: AttachmentListFormats | undefined,
	layout: WebLayout,
	random: Random,
): formats is AttachmentListFormats {
	return formats !== undefined && layout === 'portal' && chance(formats.rate, random);
}

/** Writes one to three attached files after the body, as furniture of the family `attachment-list`. */
export function writeAttachmentList(
	w: PageWriter,
	title: string,
	formats: AttachmentListFormats,
): void {
	const r = w.ctx.random;
	const files = [...new Set(formats.files({ title, year: w.ctx.fixed['year'] ?? '' }))];
	const count = Math.min(files.length, 1 + Math.floor(r() * 3));
	const chosen: string[] = [];
	while (chosen.length < count) {
		const file = pick(files, r);
		if (!chosen.includes(file)) chosen.push(file);
	}
	const item = pick(formats.items, r);
	const head = fillTemplate(pick(formats.heads, r), w.ctx);
	const lines = chosen.map((file, i) =>
		item({
			index: i + 1,
			file,
			kilobytes: 12 + Math.floor(r() * 4000),
			downloads: Math.floor(r() * 900),
		}),
	);
	w.code('attachment-list', [...(head === '' ? [] : [head]), ...lines].join('\n'));
}

/** Whether this page has a video player; draws only when the split's formats have one. */
export function drawVideoPlayer(
	formats: VideoPlayerFormats | undefined,
	layout: WebLayout,
	random: Random,
): formats is VideoPlayerFormats {
	return formats !== undefined && layout !== 'epaper' && chance(formats.rate, random);
}

/** Writes the lines of a video player, as furniture of the family `video-player`. */
export function writeVideoPlayer(w: PageWriter, formats: VideoPlayerFormats): void {
	const r = w.ctx.random;
	const seconds = 20 + Math.floor(r() * 580);
	const two = (n: number) => String(n).padStart(2, '0');
	const duration = `${two(Math.floor(seconds / 60))}:${two(seconds % 60)}`;
	const block = pick(formats.blocks({ duration, plays: Math.floor(r() * 50000) }), r);
	w.code('video-player', fillTemplate(block, w.ctx));
}

/** Whether this page's meta sits in a side column; draws only when the split's formats have one. */
export function drawSideColumn(
	formats: SideColumnFormats | undefined,
	layout: WebLayout,
	desktop: boolean,
	random: Random,
): formats is SideColumnFormats {
	return formats !== undefined && layout === 'portal' && desktop && chance(formats.rate, random);
}

/**
 * Writes the side column: its lines with the date or the source as furniture of the family `meta`
 * (they are the page's meta line, moved), the others as `side-column`.
 */
export function writeSideColumn(w: PageWriter, formats: SideColumnFormats): void {
	for (const line of pick(formats.blocks, w.ctx.random).split('\n'))
		w.code(/\{(?:date|source)\}/u.test(line) ? 'meta' : 'side-column', fillTemplate(line, w.ctx));
}

/**
 * A 政策解读 page: a portal article that explains a named document, with a label or the document's
 * name above the headline and links to the original, its graphic version and related files below.
 */
export interface PolicyReadingFormats {
	/** How often a portal page is such a page. */
	rate: number;
	/** Lines above the headline (templates: `{title}` names the document); one is drawn. */
	heads: string[];
	/** Lines after the body (templates); one is drawn. */
	feet: string[];
}

/** Whether this page is a 政策解读 page; draws only when the split's formats have one. */
export function drawPolicyReading(
	formats: PolicyReadingFormats | undefined,
	layout: WebLayout,
	random: Random,
): formats is PolicyReadingFormats {
	return formats !== undefined && layout === 'portal' && chance(formats.rate, random);
}

/** Writes one of the 政策解读 lines of `lines`, as furniture of the family `family`. */
export function writePolicyReading(w: PageWriter, lines: string[], family: string): void {
	w.code(family, fillTemplate(pick(lines, w.ctx.random), w.ctx));
}
