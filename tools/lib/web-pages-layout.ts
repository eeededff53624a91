import { drawAppShare, writeAppShare } from './web-pages-app-share.ts';
import {
	drawAttachmentList,
	drawPolicyReading,
	drawSideColumn,
	drawVideoPlayer,
	writeAttachmentList,
	writePolicyReading,
	writeSideColumn,
	writeVideoPlayer,
} from './web-pages-blocks.ts';
import { codeFormats, type CodeFormats } from './web-pages-formats.ts';
import { writeInfoTable } from './web-pages-info-table.ts';
import {
	drawBrowserPrint,
	sheetsOf,
	writePrintFoot,
	writePrintHead,
	type BrowserPrint,
} from './web-pages-browser-print.ts';
import { drawPagedBody } from './web-pages-paged-body.ts';
import { drawTopicPage, writeTopicPage } from './web-pages-topic-page.ts';
import type { FurnitureLine, SourceArticle, WebLayout } from './web-pages.ts';
import {
	between,
	bodyParagraphs,
	chance,
	fillTemplate,
	firstDigitsFullWidth,
	pick,
	toFullWidthDigits,
	type PageContext,
	type Random,
} from './web-pages-template.ts';
import { writeWechatCopy } from './web-pages-wechat-copy.ts';
import { drawCareToolbar, writeAssistant, writeCareBar } from './web-pages-care-toolbar.ts';
import {
	drawGallery,
	writeGalleryFoot,
	writeGalleryHead,
	writePicture,
	type Gallery,
	type GalleryFormats,
} from './web-pages-gallery.ts';
import { drawSavedTwice, writeSecondCopy } from './web-pages-saved-twice.ts';
import { drawSourceAtEnd, writeDateOnly, writeSourceEnd } from './web-pages-source-at-end.ts';
import { drawTitleEcho } from './web-pages-title-echo.ts';
import {
	drawPageView,
	drawRetitle,
	writeOriginalTitle,
	writeViewFoot,
	writeViewHead,
} from './web-pages-views.ts';
import { breakTitle, hardWrap } from './web-pages-wrap.ts';
import { drawAccountRepost, writeAccountPrompt } from './web-pages-n-account-repost.ts';
import { drawAudioPlayer, writeAudioPlayer } from './web-pages-n-audio-player.ts';
import { drawCatalogLine, writeCatalogLine } from './web-pages-n-catalog-line.ts';
import { drawReviewBlock, writeReviewBlock } from './web-pages-n-review-block.ts';
import { drawColumnLabel, writeColumnLabel, writeFontSizer } from './web-pages-o-column-label.ts';
import { drawCrumbDate, writeCrumbDate } from './web-pages-o-crumb-date.ts';
import { drawFollowRunIn, writeFollowRunIn } from './web-pages-o-follow-run-in.ts';
import { drawTagLine, writeTagLine } from './web-pages-o-tag-line.ts';
import { drawAltEcho, writeAltEcho } from './web-pages-p-alt-echo.ts';
import { drawDatedPager, writeDatedPager } from './web-pages-p-dated-pager.ts';
import { drawServiceBox, writeServiceBox } from './web-pages-p-service-box.ts';
import { drawUpdateStamp, writeUpdateStamp } from './web-pages-p-update-stamp.ts';
import { drawJumpLine, writeJumpLine } from './web-pages-q-jump-line.ts';
import { drawPageRating, writePageRating } from './web-pages-q-page-rating.ts';
import { drawReadingTime, writeReadingTime } from './web-pages-q-reading-time.ts';
import { drawTodayBar, writeTodayBar } from './web-pages-q-today-bar.ts';
import { drawEffectiveLine, writeEffectiveLine } from './web-pages-r-effective-line.ts';
import { drawIssueCalendar, writeIssueCalendar } from './web-pages-r-issue-calendar.ts';
import { drawNoticeTicker, writeNoticeTicker } from './web-pages-r-notice-ticker.ts';
import { drawReadMore, writeReadMore } from './web-pages-r-read-more.ts';
import {
	drawCommentThread,
	drawEditorNote,
	drawMetaRow,
	drawSnapshot,
	writeCommentThread,
	writeEditorNote,
	writeMetaRow,
	writeSnapshotHead,
} from './web-pages-saved-blocks.ts';

export { bodyParagraphs };

/** Collects the lines of a page as it is built. */
export class PageWriter {
	readonly lines: string[] = [];
	readonly furniture: FurnitureLine[] = [];
	readonly ctx: PageContext;
	/** Variants already placed, so a family drawn twice (footer lines) shows different ones. */
	readonly #used = new Set<string>();
	constructor(ctx: PageContext) {
		this.ctx = ctx;
	}

	/** Adds one variant of `familyId` (its template filled), one not used yet when there is; with probability `p`. */
	family(familyId: string, p = 1, transform: (line: string) => string = (l) => l): void {
		if (!chance(p, this.ctx.random)) return;
		const family = this.ctx.furniture.families.find((f) => f.id === familyId);
		if (family === undefined) throw new TypeError(`web furniture: no family \`${familyId}\``);
		const fresh = family.variants.filter((v) => !this.#used.has(v));
		const variant = pick(fresh.length > 0 ? fresh : family.variants, this.ctx.random);
		this.#used.add(variant);
		const text = transform(fillTemplate(variant, this.ctx));
		for (const line of text.split('\n')) {
			this.lines.push(line);
			if (line.trim() !== '')
				this.furniture.push({ family: family.id, line: line.trim(), tolerated: family.tolerated });
		}
	}

	/**
	 * Joins every line written so far into one long line (a browser copy that lost the breaks between
	 * menu items), joined by `glue`; the joined line is one furniture line of the family `top-line`.
	 */
	flatten(glue: string): void {
		const joined = this.lines
			.splice(0)
			.map((l) => l.trim())
			.filter((l) => l !== '')
			.join(glue);
		this.furniture.splice(0);
		if (joined === '') return;
		this.lines.push(joined);
		this.furniture.push({ family: 'top-line', line: joined, tolerated: false });
	}

	/** Adds furniture written in code rather than drawn from a family, recorded as `family`; `text` may hold several lines. */
	code(family: string, text: string): void {
		for (const line of text.split('\n')) {
			this.lines.push(line);
			if (line.trim() !== '') this.furniture.push({ family, line: line.trim(), tolerated: false });
		}
	}

	/** Adds a text line that is part of the truth (a title, a paragraph), or a blank line. */
	text(line: string): void {
		this.lines.push(line);
	}
}

/**
 * Per-page whitespace habits: paragraph indent, blank lines between paragraphs, and the columns of a
 * hard-wrapped copy (0: paragraphs on one line each).
 */
function whitespaceStyle(random: Random, formats: CodeFormats) {
	const style = {
		indent: pick(formats.indents, random),
		gap: pick([0, 1, 1, 2], random),
		trailing: chance(0.2, random) ? ' ' : '',
		wrap: 0,
	};
	const wrap = formats.hardWrap;
	if (wrap !== undefined && chance(wrap.rate, random)) {
		style.wrap = between(wrap.columns, random);
	}
	return style;
}

function writeHeadline(
	w: PageWriter,
	article: SourceArticle,
	random: Random,
	formats: CodeFormats,
): void {
	const lines =
		article.headlineLines.length > 1 && chance(0.6, random)
			? article.headlineLines
			: [article.title];
	const broken = formats.titleBreak !== undefined && chance(formats.titleBreak, random);
	for (const line of lines) {
		const parts = broken && line === article.title ? breakTitle(line, random) : null;
		for (const part of parts ?? [line]) w.text(part);
	}
}

/**
 * Writes the paragraphs of `article`; `breakAfter` writes what a page or sheet boundary leaves after
 * paragraph `i` (a pager, a print footer and header), when there is one.
 */
function writeBody(
	w: PageWriter,
	article: SourceArticle,
	style: ReturnType<typeof whitespaceStyle>,
	breakAfter?: (i: number) => void,
): void {
	const paras = bodyParagraphs(article.text);
	paras.forEach((p, i) => {
		if (style.wrap > 0) for (const line of hardWrap(style.indent + p, style.wrap)) w.text(line);
		else w.text(style.indent + p + style.trailing);
		breakAfter?.(i);
		if (i < paras.length - 1) {
			for (let g = 0; g < style.gap; g++) w.text('');
			w.family('caption', 0.06);
			w.family('media', 0.015);
		}
	});
}

/**
 * The header, menus and breadcrumb of a page saved from a desktop browser; `echo`, when given, stands
 * for the browser's title line and the breadcrumb (both ending in the headline); `dated`, for a
 * breadcrumb that ends in the page's date and outlet.
 */
function writeDesktopTop(
	w: PageWriter,
	formats: CodeFormats,
	echo: { browser: string; crumb: string } | null,
	dated = false,
): void {
	const r = w.ctx.random;
	if (echo === null) w.family('page-title', 0.25);
	else w.code('title-echo', echo.browser);
	w.family('site-header', 0.8);
	for (const id of pick(formats.topOrders, r)) w.family(id, id === 'nav' ? 0.8 : 0.45);
	if (echo !== null) w.code('title-echo', echo.crumb);
	else if (dated) writeCrumbDate(w, formats.crumbDate!);
	else w.family('breadcrumb', 0.7);
	w.family('separator', 0.15);
	const flat = formats.flattenTop;
	if (flat !== undefined && chance(flat, r)) w.flatten(pick([' ', '', '  ', ' | '], r));
}

export function writeSingle(w: PageWriter, article: SourceArticle, layout: WebLayout): void {
	const r = w.ctx.random;
	const formats = codeFormats(w.ctx.furniture.split);
	const copy = formats.wechatCopy;
	if (layout === 'wechat' && copy !== undefined && chance(copy.rate, r))
		return writeWechatCopy(w, article, copy);
	if (drawAppShare(formats.appShare, layout, r)) return writeAppShare(w, article, formats.appShare);
	const view = drawPageView(formats, layout, r);
	const style = whitespaceStyle(r, formats);
	if (layout === 'wechat') style.wrap = 0;
	const mixed = formats.mixedWidth;
	const wide = chance(0.1, r)
		? toFullWidthDigits
		: mixed !== undefined && chance(mixed, r)
			? firstDigitsFullWidth
			: (l: string) => l;
	const printed = view === 'desktop' ? null : writeViewHead(w, view, formats, article);
	// A cached copy keeps the page under the cache's notice; a reader-mode copy keeps only the article.
	const snapshot = drawSnapshot(formats.snapshot, layout, view === 'desktop', r);
	if (snapshot !== null) writeSnapshotHead(w, formats.snapshot!, snapshot, article);
	const desktop = view === 'desktop' && snapshot === null;
	const site = w.ctx.fixed['site'] ?? '';
	const print = drawBrowserPrint(formats.browserPrint, layout, desktop, article, site, r);
	const paras = bodyParagraphs(article.text).length;
	const paged = print === null ? drawPagedBody(formats.pagedBody, layout, desktop, paras, r) : null;
	const sheets = print === null ? 0 : sheetsOf(print, paras);
	const care = drawCareToolbar(formats.careToolbar, layout, desktop, r);
	const echo = drawTitleEcho(formats.titleEcho, layout, desktop, article.title, w.ctx);
	const twice = print === null ? drawSavedTwice(formats.savedTwice, layout, desktop, r) : null;
	const pictures = drawGallery(formats.gallery, layout, paras, r);
	const tail = drawSourceAtEnd(formats.sourceAtEnd, layout, r);
	const audio = drawAudioPlayer(formats.audioPlayer, layout, r);
	const review = drawReviewBlock(formats.reviewBlock, layout, r);
	const catalog = drawCatalogLine(formats.catalogLine, layout, r);
	const account = drawAccountRepost(formats.accountRepost, layout, r);
	const label = drawColumnLabel(formats.columnLabel, layout, desktop, r);
	const dated = echo === null && drawCrumbDate(formats.crumbDate, layout, desktop, r);
	const tags = drawTagLine(formats.tagLine, layout, r);
	const free = pictures === null && paged === null;
	const runIn = drawFollowRunIn(formats.followRunIn, layout, free, r);
	const alt = drawAltEcho(formats.altEcho, layout, paras, r);
	const stamp = drawUpdateStamp(formats.updateStamp, layout, r);
	const pager = drawDatedPager(formats.datedPager, layout, desktop, r);
	const service = drawServiceBox(formats.serviceBox, layout, r);
	const timed = drawReadingTime(formats.readingTime, layout, r);
	const today = drawTodayBar(formats.todayBar, layout, desktop, r);
	const rating = drawPageRating(formats.pageRating, layout, desktop, r);
	const ticker = drawNoticeTicker(formats.noticeTicker, layout, desktop, r);
	const effective = drawEffectiveLine(formats.effectiveLine, layout, r);
	const more = drawReadMore(formats.readMore, layout, paras, r);
	if (care === 'top') writeCareBar(w, formats.careToolbar!);
	// The bar at the very top prints the day the page was opened, not the article's.
	if (today) writeTodayBar(w, formats.todayBar!, article.date);
	if (view === 'desktop' && snapshot !== 'reader') writeDesktopTop(w, formats, echo, dated);
	// The 通知公告 bar runs across the page under its menus, above the article.
	if (ticker) writeNoticeTicker(w, formats.noticeTicker!);
	if (print !== null) {
		// The print header heads the first sheet, above the site's top (even one copied as one line).
		const top = w.lines.length;
		writePrintHead(w, print, 1, sheets);
		w.lines.unshift(...w.lines.splice(top));
	}
	if (drawTopicPage(formats.topicPage, layout, desktop, r)) writeTopicPage(w, formats.topicPage);
	const table = formats.infoTable;
	const tabled = layout === 'portal' && table !== undefined && chance(table.rate, r);
	if (tabled) writeInfoTable(w, article, table.tables);
	if (catalog !== null) writeCatalogLine(w, formats.catalogLine!, article);
	const reading = formats.policyReading;
	const explains = drawPolicyReading(reading, layout, r);
	if (explains) writePolicyReading(w, reading.heads, 'policy-head');
	// A two-column page saved as text: its meta column comes after the article.
	const column = formats.sideColumn;
	const side =
		!tabled &&
		catalog === null &&
		!dated &&
		snapshot !== 'reader' &&
		drawSideColumn(column, layout, view === 'desktop', r);
	const rowFormats = formats.metaRow;
	const row = !tabled && catalog === null && !side && !dated && drawMetaRow(rowFormats, layout, r);
	const metaFirst = chance(0.1, r);
	const below = formats.metaBelowBody;
	const metaLast = !metaFirst && below !== undefined && chance(below, r);
	// The table (or the catalogue line) holds the date and the outlet: some such pages print no meta
	// line of their own.
	const metaShown =
		(!tabled || chance(0.5, r)) &&
		!side &&
		!row &&
		!dated &&
		(catalog === null || catalog.withMeta);
	// A repost that names its outlet at the end prints only its date where the meta line goes.
	// A page that prints when it was last changed does so under its meta line.
	const meta = () => {
		if (tail) writeDateOnly(w, formats.sourceAtEnd!, wide);
		else w.family('meta', 1, wide);
		if (stamp) writeUpdateStamp(w, formats.updateStamp!, article.date);
		if (effective) writeEffectiveLine(w, formats.effectiveLine!, article.date);
	};
	if (metaFirst && metaShown) meta();
	// A platform's copy keeps the outlet's headline.
	if (label !== null) writeColumnLabel(w, formats.columnLabel!, label);
	const short = view === 'platform' ? null : drawRetitle(formats, layout, article, r);
	if (short === null) writeHeadline(w, article, r, formats);
	else w.code('portal-headline', short);
	if (!metaFirst && !metaLast && metaShown) meta();
	if (label !== null) writeFontSizer(w, formats.columnLabel!);
	if (row) writeMetaRow(w, rowFormats);
	const late = formats.bylineAtEnd;
	const bylineLast = late !== undefined && chance(late, r);
	if (!bylineLast) w.family('byline', layout === 'portal' ? 0.15 : 0.05);
	// A print view, a platform's copy or a reader-mode copy keeps none of the site's buttons.
	const bare = view === 'print' || view === 'platform';
	if (!bare && snapshot !== 'reader') w.family('tools', 0.45);
	if (!bare && snapshot !== 'reader') w.family('share', 0.3);
	if (layout === 'wechat') w.family('wechat', 0.9);
	if (timed) writeReadingTime(w, formats.readingTime!, article.text);
	if (audio) writeAudioPlayer(w, formats.audioPlayer!, article.text.length);
	if (drawVideoPlayer(formats.videoPlayer, layout, r)) writeVideoPlayer(w, formats.videoPlayer);
	if (drawEditorNote(formats.editorNote, layout, r)) writeEditorNote(w, formats.editorNote);
	if (account !== null) writeAccountPrompt(w, formats.accountRepost!, account, 'head');
	if (chance(0.5, r)) w.text('');
	const originalBelow = short !== null && chance(0.3, r);
	if (short !== null && !originalBelow) writeOriginalTitle(w, formats, 'above');
	const gallery = formats.gallery;
	if (pictures !== null) writeGalleryHead(w, gallery!, pictures);
	if (pictures !== null) writePicture(w, gallery!, pictures, 1);
	const inner = breaksOf(w, print, sheets, paras, paged) ?? picturesAfter(w, gallery, pictures);
	// A picture's alt text (the headline again) sits where the picture was: above or between paragraphs.
	const pictured =
		alt === null || alt < 0
			? inner
			: (i: number) => {
					if (i === alt) writeAltEcho(w, formats.altEcho!);
					inner?.(i);
				};
	// A 延伸阅读 box stands where the editor put it, between two paragraphs.
	const breaks =
		more === null
			? pictured
			: (i: number) => {
					pictured?.(i);
					if (i === more) writeReadMore(w, formats.readMore!);
				};
	if (service === 'above') writeServiceBox(w, formats.serviceBox!);
	if (alt === -1) writeAltEcho(w, formats.altEcho!);
	writeBody(w, article, style, breaks);
	if (runIn) writeFollowRunIn(w, formats.followRunIn!);
	if (pictures !== null) writeGalleryFoot(w, gallery!, pictures);
	if (originalBelow) writeOriginalTitle(w, formats, 'below');
	if (bylineLast) w.family('byline');
	if (account !== null) writeAccountPrompt(w, formats.accountRepost!, account, 'tail');
	if (tail) writeSourceEnd(w, formats.sourceAtEnd!);
	if (pager) writeDatedPager(w, formats.datedPager!);
	if (tags) writeTagLine(w, formats.tagLine!);
	if (rating) writePageRating(w, formats.pageRating!);
	if (drawAttachmentList(formats.attachmentList, layout, r))
		writeAttachmentList(w, article.title, formats.attachmentList);
	if (service === 'below') writeServiceBox(w, formats.serviceBox!);
	if (explains) writePolicyReading(w, reading.feet, 'policy-foot');
	if (chance(0.5, r)) w.text('');
	if (metaLast && metaShown) meta();
	w.family('editor', 0.5);
	if (review) writeReviewBlock(w, formats.reviewBlock!);
	if (layout === 'wechat') w.family('wechat-end', 0.9);
	if (layout === 'reprint') w.family('reprint', 0.7);
	w.family('separator', 0.1);
	w.family('attachment', layout === 'portal' ? 0.15 : 0);
	if (snapshot === 'reader') return;
	if (bare) return writeViewFoot(w, view, formats, printed);
	const comments = formats.commentThread;
	if (drawCommentThread(comments, layout, r)) writeCommentThread(w, comments, article.date);
	for (const id of ['share', 'qr-app', 'prev-next', 'related', 'comment'])
		w.family(id, id === 'share' ? 0.15 : 0.4);
	if (view === 'mobile') return writeViewFoot(w, view, formats, null);
	if (side) writeSideColumn(w, column);
	if (care !== null) writeAssistant(w, formats.careToolbar!);
	const footers = chance(0.85, r) ? 1 + Math.floor(r() * 4) : 0;
	for (let i = 0; i < footers; i++) w.family('footer');
	if (care === 'bottom') writeCareBar(w, formats.careToolbar!);
	if (print !== null) writePrintFoot(w, print, sheets, sheets);
	if (twice !== null) writeSecondCopy(w, twice, formats.savedTwice!, article);
}

/** A gallery page's pictures after each paragraph but the last (the first is above the text). */
function picturesAfter(
	w: PageWriter,
	gallery: GalleryFormats | undefined,
	pictures: Gallery | null,
): ((i: number) => void) | undefined {
	if (gallery === undefined || pictures === null) return undefined;
	return (i) => {
		if (i + 2 <= pictures.count) writePicture(w, gallery, pictures, i + 2);
	};
}

/** What a split article's pagers or a print's sheet ends write after each paragraph; none for most pages. */
function breaksOf(
	w: PageWriter,
	print: BrowserPrint | null,
	sheets: number,
	paras: number,
	paged: Map<number, string> | null,
): ((i: number) => void) | undefined {
	if (paged !== null)
		return (i) => {
			const pager = paged.get(i);
			if (pager !== undefined) w.code('page-bar', pager);
		};
	if (print === null) return undefined;
	return (i) => {
		const sheet = Math.floor(i / print.perSheet) + 1;
		if ((i + 1) % print.perSheet !== 0 || i === paras - 1 || sheet >= sheets) return;
		writePrintFoot(w, print, sheet, sheets);
		writePrintHead(w, print, sheet + 1, sheets);
	};
}

export function writeEpaper(w: PageWriter, articles: SourceArticle[]): void {
	const r = w.ctx.random;
	const formats = codeFormats(w.ctx.furniture.split);
	const style = whitespaceStyle(r, formats);
	w.family('epaper-header');
	w.family('epaper-page');
	w.family('epaper-nav', 0.6);
	const calendar = drawIssueCalendar(formats.issueCalendar, r);
	if (calendar === 'top') writeIssueCalendar(w, formats.issueCalendar!, articles[0]!.date);
	if (articles.length > 1 && chance(0.3, r))
		for (const a of articles) {
			w.lines.push(a.title);
			w.furniture.push({ family: 'epaper-toc', line: a.title, tolerated: false });
		}
	for (const article of articles) {
		w.text('');
		writeHeadline(w, article, r, formats);
		w.family('byline', 0.5);
		// An article that runs on to a later page keeps its 转版 notes where its parts meet.
		const jump = drawJumpLine(formats.jumpLine, bodyParagraphs(article.text).length, r);
		writeBody(w, article, style, (i) => {
			if (jump !== null && i === jump.after) writeJumpLine(w, jump);
		});
	}
	w.text('');
	if (calendar === 'bottom') writeIssueCalendar(w, formats.issueCalendar!, articles[0]!.date);
	w.family('epaper-nav', 0.5);
	w.family('footer', 0.5);
}
