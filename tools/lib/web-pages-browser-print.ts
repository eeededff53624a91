import type { PageWriter } from './web-pages-page-writer.ts';
import type { WebLayout } from './web-pages.ts';
import { addDays, between, chance, formatDate, pick, type Random } from './web-pages-template.ts';

/** What a browser's print header and footer are made from. */
export interface BrowserPrintParts {
	/** The day and time of printing, as the browser prints it (never the article's date). */
	printed: string;
	/** The page's title bar text (its headline and site). */
	tab: string;
	/** The address of the page. */
	url: string;
	/** The printed sheet (1-based) and how many there are. */
	sheet: number;
	sheets: number;
}

/**
 * A page printed from a desktop browser (to PDF) and copied back as text: each sheet has the print
 * header (date, title) above and the footer (address, sheet number) below, so they recur inside
 * the article wherever a sheet ends.
 */
export interface BrowserPrintFormats {
	/** How often a desktop portal or reprint page is such a print. */
	rate: number;
	/** Date formats of the print stamp (see `formatDate`). */
	stamps: string[];
	/** Title bar texts for the headline and the site name. */
	tabs: ((title: string, site: string) => string)[];
	/** Addresses for a random number and the article's day (20240501). */
	urls: ((n: string, day: string) => string)[];
	/** Header lines (one string may hold several lines). */
	heads: ((p: BrowserPrintParts) => string)[];
	/** Footer lines (one string may hold several lines). */
	feet: ((p: BrowserPrintParts) => string)[];
	/** The least and most paragraphs on a sheet. */
	perSheet: readonly [number, number];
}

/** One drawn print: its parts but the sheet, and how to write a header and a footer. */
export interface BrowserPrint {
	parts: Omit<BrowserPrintParts, 'sheet' | 'sheets'>;
	head: (p: BrowserPrintParts) => string;
	foot: (p: BrowserPrintParts) => string;
	perSheet: number;
}

/** A drawn print of a page of `layout`, or null; no random draw when `formats` is absent. */
export function drawBrowserPrint(
	formats: BrowserPrintFormats | undefined,
	layout: WebLayout,
	desktop: boolean,
	article: { title: string; date: string },
	site: string,
	random: Random,
): BrowserPrint | null {
	if (formats === undefined || !desktop || (layout !== 'portal' && layout !== 'reprint'))
		return null;
	if (!chance(formats.rate, random)) return null;
	// Printed a few days to a year or so after it was posted.
	const day = addDays(article.date, 1 + Math.floor(random() * 500));
	const n = String(Math.floor(random() * 9e6) + 1e6);
	return {
		parts: {
			printed: formatDate(day, pick(formats.stamps, random), random),
			tab: pick(formats.tabs, random)(article.title, site),
			url: pick(formats.urls, random)(n, article.date.replace(/-/gu, '')),
		},
		head: pick(formats.heads, random),
		foot: pick(formats.feet, random),
		perSheet: between(formats.perSheet, random),
	};
}

/** How many sheets a print of `paragraphs` paragraphs takes (the head and the tail share the first and last). */
export function sheetsOf(print: BrowserPrint, paragraphs: number): number {
	return Math.max(1, Math.ceil(paragraphs / print.perSheet));
}

/** Writes the print header of sheet `sheet`, as furniture of the family `print-header`. */
export function writePrintHead(
	w: PageWriter,
	print: BrowserPrint,
	sheet: number,
	sheets: number,
): void {
	w.code('print-header', print.head({ ...print.parts, sheet, sheets }));
}

/** Writes the print footer of sheet `sheet`, as furniture of the family `print-footer`. */
export function writePrintFoot(
	w: PageWriter,
	print: BrowserPrint,
	sheet: number,
	sheets: number,
): void {
	w.code('print-footer', print.foot({ ...print.parts, sheet, sheets }));
}
