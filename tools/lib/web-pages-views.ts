import type { CodeFormats } from './web-pages-formats.ts';
import type { PageWriter } from './web-pages-page-writer.ts';
import type { SourceArticle, WebLayout } from './web-pages.ts';
import { chance, fillTemplate, formatDate, pick, type Random } from './web-pages-template.ts';

/** A single page saved from a site's mobile pages: a back bar and app prompts instead of menus. */
export interface MobileViewFormats {
	/** How often a portal or reprint page is its mobile view. */
	rate: number;
	/** Lines above the headline in place of the header, menus and breadcrumb (templates); one or two. */
	heads: string[];
	/** Lines after the article in place of the site's footer (templates); one or two. */
	tails: string[];
}

/**
 * A reprint copied from a reading platform's app or site (学习强国 and the like): the platform's
 * header above, its credits and app prompts below, none of the outlet's menus or lists.
 */
export interface PlatformCopyFormats {
	/** How often a reprint page is such a copy. */
	rate: number;
	/** Lines above the headline (templates); one or two. */
	heads: string[];
	/** Lines after the article (templates); one or two. */
	tails: string[];
}

/** What the lines of a print view are made from. */
export interface PrintParts {
	/** The page's address. */
	url: string;
	/** When it was printed, as the browser or the page prints it. */
	printed: string;
	/** The page's own title. */
	title: string;
	/** The site's name. */
	site: string;
}

/** What a page's address is made from. */
export interface UrlParts {
	/** A host name without `www.`, drawn from `hosts`. */
	host: string;
	/** The article's date: year, two-digit month and day. */
	year: string;
	month: string;
	day: string;
	/** A random article number. */
	n: string;
}

/** A portal page saved from its print view: no menus; a print header above, the address below. */
export interface PrintViewFormats {
	/** How often a portal page is its print view. */
	rate: number;
	/** Host names the addresses are drawn from. */
	hosts: string[];
	/** The page's possible addresses. */
	urls: (p: UrlParts) => string[];
	/** Formats of the print time (see `formatDate`), a day after the article or later. */
	printDates: string[];
	/** Lines above the headline (one string may hold several lines); one is drawn. */
	heads: (p: PrintParts) => string[];
	/** Lines at the foot; one is drawn. */
	feet: (p: PrintParts) => string[];
}

/** A news portal's reprint under its own shorter headline, the outlet's title kept as 原标题. */
export interface RetitleFormats {
	/** How often a reprint whose title has a clause to cut is retitled. */
	rate: number;
	/** Lines naming the outlet's title (`{ptitle}`) above the body. */
	above: string[];
	/** Lines naming it below the body. */
	below: string[];
}

/** Which view of a single page was saved. */
export type PageView = 'desktop' | 'mobile' | 'print' | 'platform';

/** The view of a single page; draws only for the views the split's formats have. */
export function drawPageView(formats: CodeFormats, layout: WebLayout, random: Random): PageView {
	const mobile = formats.mobileView;
	if (mobile !== undefined && layout !== 'wechat' && chance(mobile.rate, random)) return 'mobile';
	const print = formats.printView;
	if (print !== undefined && layout === 'portal' && chance(print.rate, random)) return 'print';
	const platform = formats.platformCopy;
	if (platform !== undefined && layout === 'reprint' && chance(platform.rate, random))
		return 'platform';
	return 'desktop';
}

const OPENERS = '“‘《（(「【〈';
const CLOSERS = '”’》）)」】〉';

/** True when every bracket or quote opened in `text` is closed in it. */
function balanced(text: string): boolean {
	let depth = 0;
	for (const ch of text) {
		if (OPENERS.includes(ch)) depth++;
		else if (CLOSERS.includes(ch)) depth--;
	}
	return depth === 0;
}

const CLAUSE_BREAK = /[，,：:；;！!？?\s]|——/gu;

/**
 * The first clause of a headline, as a portal shortens it for its own list (青石镇启动饮水工程，惠及
 * 十二村 → 青石镇启动饮水工程): cut at a comma, colon, semicolon, mark, space or dash outside quotes and
 * brackets, where the clause has at least 6 characters and the rest at least 4; null when none does.
 */
export function shortHeadline(title: string): string | null {
	for (const m of title.matchAll(CLAUSE_BREAK)) {
		const head = title.slice(0, m.index).trim();
		const rest = title.slice(m.index + m[0].length).trim();
		if ([...head].length >= 6 && [...rest].length >= 4 && balanced(head)) return head;
	}
	return null;
}

/** The headline a reprint prints instead of the outlet's, or null when it keeps the outlet's. */
export function drawRetitle(
	formats: CodeFormats,
	layout: WebLayout,
	article: SourceArticle,
	random: Random,
): string | null {
	const retitle = formats.retitle;
	if (retitle === undefined || layout !== 'reprint' || !chance(retitle.rate, random)) return null;
	return shortHeadline(article.title);
}

/** Writes the line naming the outlet's title (原标题), above or below the body. */
export function writeOriginalTitle(w: PageWriter, formats: CodeFormats, where: 'above' | 'below') {
	const lines = formats.retitle?.[where] ?? [];
	if (lines.length > 0) w.code('original-title', fillTemplate(pick(lines, w.ctx.random), w.ctx));
}

/** An ISO date 1 to 720 days after `iso`. */
function laterDate(iso: string, random: Random): string {
	const t = new Date(`${iso}T00:00:00Z`).getTime() + (1 + Math.floor(random() * 720)) * 86_400_000;
	return new Date(t).toISOString().slice(0, 10);
}

/** The parts of a print view's lines for `article`. */
function printParts(w: PageWriter, print: PrintViewFormats, article: SourceArticle): PrintParts {
	const r = w.ctx.random;
	const [year, month, day] = article.date.split('-') as [string, string, string];
	const n = String(100000 + Math.floor(r() * 9_900_000));
	return {
		url: pick(print.urls({ host: pick(print.hosts, r), year, month, day, n }), r),
		printed: formatDate(laterDate(article.date, r), pick(print.printDates, r), r),
		title: article.title,
		site: w.ctx.fixed['site'] ?? '',
	};
}

/** The head or tail templates of a mobile view or a platform copy. */
function viewLines(formats: CodeFormats, view: 'mobile' | 'platform', end: 'heads' | 'tails') {
	return (view === 'mobile' ? formats.mobileView : formats.platformCopy)?.[end] ?? [];
}

/** Writes one or two distinct lines of `lines` (templates) as furniture of `family`. */
function writeSomeOf(w: PageWriter, family: string, lines: string[]): void {
	const r = w.ctx.random;
	for (const line of new Set([pick(lines, r), ...(chance(0.5, r) ? [pick(lines, r)] : [])]))
		w.code(family, fillTemplate(line, w.ctx));
}

/**
 * Writes what a mobile view, print view or platform copy has above its headline; the parts drawn
 * for the print view are returned for its foot.
 */
export function writeViewHead(
	w: PageWriter,
	view: Exclude<PageView, 'desktop'>,
	formats: CodeFormats,
	article: SourceArticle,
): PrintParts | null {
	const r = w.ctx.random;
	const print = formats.printView;
	if (view === 'print' && print !== undefined) {
		const parts = printParts(w, print, article);
		w.code('print-head', pick(print.heads(parts), r));
		return parts;
	}
	if (view !== 'print') writeSomeOf(w, `${view}-head`, viewLines(formats, view, 'heads'));
	return null;
}

/** Writes what a mobile view, print view or platform copy has at its foot. */
export function writeViewFoot(
	w: PageWriter,
	view: Exclude<PageView, 'desktop'>,
	formats: CodeFormats,
	printed: PrintParts | null,
): void {
	if (view === 'print' && printed !== null && formats.printView !== undefined)
		w.code('print-foot', pick(formats.printView.feet(printed), w.ctx.random));
	else if (view !== 'print') writeSomeOf(w, `${view}-tail`, viewLines(formats, view, 'tails'));
}
