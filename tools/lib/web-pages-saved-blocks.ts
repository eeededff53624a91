import type { PageWriter } from './web-pages-page-writer.ts';
import type { WebLayout } from './web-pages.ts';
import {
	addDays,
	between,
	chance,
	fillTemplate,
	formatDate,
	personName,
	pick,
	type Random,
} from './web-pages-template.ts';
import type { UrlParts } from './web-pages-views.ts';

/** What the head of a page saved from a search engine's cache or a browser's reader mode is made from. */
export interface SnapshotParts {
	/** The page's address. */
	url: string;
	/** The page's own title. */
	title: string;
	/** The site's name. */
	site: string;
	/** When the cache or the reader took the page, a day after the article or later. */
	captured: string;
}

/**
 * A single page saved from a search engine's cache (网页快照: a notice and the address above the
 * page as it was) or from a browser's reader mode (the address and the title above the article, no
 * menus, buttons or footers).
 */
export interface SnapshotFormats {
	/** How often a portal or reprint page saved from a desktop view is such a copy. */
	rate: number;
	/** Of those, how often it is a reader-mode copy rather than a cached page. */
	reader: number;
	/** Host names the addresses are drawn from. */
	hosts: string[];
	/** The page's possible addresses. */
	urls: (p: UrlParts) => string[];
	/** Formats of the capture time (see `formatDate`). */
	capturedDates: string[];
	/** A cached page's lines above the page (one string may hold several lines); one is drawn. */
	cacheHeads: (p: SnapshotParts) => string[];
	/** A reader-mode copy's lines above the headline; one is drawn. */
	readerHeads: (p: SnapshotParts) => string[];
}

/** How a single page was saved through a cache or a reader; draws only when the split's formats have it. */
export function drawSnapshot(
	formats: SnapshotFormats | undefined,
	layout: WebLayout,
	desktop: boolean,
	random: Random,
): 'cache' | 'reader' | null {
	if (formats === undefined || !desktop || (layout !== 'portal' && layout !== 'reprint'))
		return null;
	if (!chance(formats.rate, random)) return null;
	return chance(formats.reader, random) ? 'reader' : 'cache';
}

/** Writes the head of a cached or reader-mode copy, as furniture of the family `snapshot-head`. */
export function writeSnapshotHead(
	w: PageWriter,
	formats: SnapshotFormats,
	kind: 'cache' | 'reader',
	article: { title: string; date: string },
): void {
	const r = w.ctx.random;
	const [year, month, day] = article.date.split('-') as [string, string, string];
	const n = String(100000 + Math.floor(r() * 9_900_000));
	const parts: SnapshotParts = {
		url: pick(formats.urls({ host: pick(formats.hosts, r), year, month, day, n }), r),
		title: article.title,
		site: w.ctx.fixed['site'] ?? '',
		captured: formatDate(
			addDays(article.date, between([1, 400], r)),
			pick(formats.capturedDates, r),
			r,
		),
	};
	const heads = kind === 'cache' ? formats.cacheHeads(parts) : formats.readerHeads(parts);
	w.code('snapshot-head', fillTemplate(pick(heads, r), w.ctx));
}

/** One reader's comment as a page prints it. */
export interface CommentParts {
	/** The reader's name or handle. */
	name: string;
	/** When it was posted. */
	time: string;
	/** What the reader wrote. */
	text: string;
	/** Where it was posted from (IP 属地). */
	region: string;
	/** How many liked it. */
	likes: number;
}

/** Readers' comments (留言, 评论) saved with a page: a heading, one to four comments, a tail. */
export interface CommentThreadFormats {
	/** How often a portal or reprint page with the site's furniture keeps its comments. */
	rate: number;
	/** Headings of the section for the number of comments; one is drawn (an empty one prints none). */
	heads: ((count: number) => string)[];
	/** Ways one comment is printed (one string may hold several lines); one is drawn per page. */
	items: ((c: CommentParts) => string)[];
	/** What readers write (templates). */
	texts: string[];
	/** Handles readers go by besides their names (templates). */
	handles: string[];
	/** Regions the comments are posted from. */
	regions: string[];
	/** Formats of a comment's time (see `formatDate`). */
	times: string[];
	/** Lines after the comments (templates; an empty one prints none). */
	tails: string[];
}

/** Whether this page keeps its comments; draws only when the split's formats have them. */
export function drawCommentThread(
	formats: CommentThreadFormats | undefined,
	layout: WebLayout,
	random: Random,
): formats is CommentThreadFormats {
	return (
		formats !== undefined &&
		(layout === 'portal' || layout === 'reprint') &&
		chance(formats.rate, random)
	);
}

/** Writes the comment section, as furniture of the family `comment-thread`. */
export function writeCommentThread(
	w: PageWriter,
	formats: CommentThreadFormats,
	articleDate: string,
): void {
	const r = w.ctx.random;
	const count = 1 + Math.floor(r() * 4);
	const item = pick(formats.items, r);
	const lines = [pick(formats.heads, r)(count + Math.floor(r() * 3))];
	for (let i = 0; i < count; i++) {
		const name = chance(0.5, r) ? personName(w.ctx) : fillTemplate(pick(formats.handles, r), w.ctx);
		lines.push(
			item({
				name,
				time: formatDate(addDays(articleDate, between([0, 30], r)), pick(formats.times, r), r),
				text: fillTemplate(pick(formats.texts, r), w.ctx),
				region: pick(formats.regions, r),
				likes: Math.floor(r() * 120),
			}),
		);
	}
	lines.push(fillTemplate(pick(formats.tails, r), w.ctx));
	w.code('comment-thread', lines.filter((l) => l !== '').join('\n'));
}

/**
 * The meta of a page (信息来源, 发布日期, 访问量 …) printed as a table row under the headline: labels
 * and values on one line, or a row of labels over a row of values.
 */
export interface MetaRowFormats {
	/** How often a portal page prints its meta as such a row instead of its meta line. */
	rate: number;
	/** The rows (templates holding `{date}` and `{source}`; one string may hold several lines). */
	rows: string[];
}

/** Whether this page prints its meta as a table row; draws only when the split's formats have one. */
export function drawMetaRow(
	formats: MetaRowFormats | undefined,
	layout: WebLayout,
	random: Random,
): formats is MetaRowFormats {
	return formats !== undefined && layout === 'portal' && chance(formats.rate, random);
}

/** Writes the row: lines with the date or the source as `meta`, a row of labels as `meta-row`. */
export function writeMetaRow(w: PageWriter, formats: MetaRowFormats): void {
	for (const line of pick(formats.rows, w.ctx.random).split('\n'))
		w.code(/\{(?:date|source)\}/u.test(line) ? 'meta' : 'meta-row', fillTemplate(line, w.ctx));
}

/** A box before the body: an 编者按 (the editors' note) or a 导语 a site sets above a reprint. */
export interface EditorNoteFormats {
	/** How often a portal, reprint or WeChat page has such a box. */
	rate: number;
	/** The boxes (templates; one string may hold several lines); one is drawn. */
	notes: string[];
}

/** Whether this page has an editors' note; draws only when the split's formats have one. */
export function drawEditorNote(
	formats: EditorNoteFormats | undefined,
	layout: WebLayout,
	random: Random,
): formats is EditorNoteFormats {
	return formats !== undefined && layout !== 'epaper' && chance(formats.rate, random);
}

/** Writes the note, as furniture of the family `editor-note`. */
export function writeEditorNote(w: PageWriter, formats: EditorNoteFormats): void {
	w.code('editor-note', fillTemplate(pick(formats.notes, w.ctx.random), w.ctx));
}
