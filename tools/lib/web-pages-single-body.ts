import { writeBody } from './web-pages-article-text.ts';
import { writePrintFoot, writePrintHead, type BrowserPrint } from './web-pages-browser-print.ts';
import {
	writeGalleryFoot,
	writeGalleryHead,
	writePicture,
	type Gallery,
	type GalleryFormats,
} from './web-pages-gallery.ts';
import { writeFollowRunIn } from './web-pages-o-follow-run-in.ts';
import { writeAltEcho } from './web-pages-p-alt-echo.ts';
import { writeServiceBox } from './web-pages-p-service-box.ts';
import type { PageWriter } from './web-pages-page-writer.ts';
import { writeReadMore } from './web-pages-r-read-more.ts';
import type { SinglePage } from './web-pages-single-draws.ts';
import { writeMiniCard } from './web-pages-v-mini-card.ts';
import { writePublicAd } from './web-pages-v-public-ad.ts';
import { writePrintedIn } from './web-pages-w-printed-in.ts';
import { writeFoldLine } from './web-pages-t-fold-line.ts';
import { writeOpinionWindow } from './web-pages-u-opinion-window.ts';
import { writeSummaryBox } from './web-pages-u-summary-box.ts';
import { chance } from './web-pages-template.ts';
import { writeOriginalTitle } from './web-pages-views.ts';

/**
 * Writes a single article's text with what stands in it: the original headline of a retitled page,
 * a gallery's pictures, a pager or print sheet ends, an alt text, a 延伸阅读 box and a service box.
 */
export function writeSingleBody(w: PageWriter, page: SinglePage, short: string | null): void {
	const { article, formats, style, print, sheets, paras, paged, pictures, alt, more } = page;
	const { service, runIn, fold } = page;
	const r = w.ctx.random;
	const originalBelow = short !== null && chance(0.3, r);
	if (short !== null && !originalBelow) writeOriginalTitle(w, formats, 'above');
	// A summary box repeats the lead above the text; an opinion box may stand there too.
	if (page.summary) writeSummaryBox(w, formats.summaryBox!, article.text);
	if (page.opinion === 'above') writeOpinionWindow(w, formats.opinionWindow!, article.date);
	// A 刊发 line names the paper that printed the story first, above the text or after it.
	if (page.printedIn === 'above') writePrintedIn(w, formats.printedIn!, article.date);
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
	// An opened 展开全文 fold stays where the first screen ended.
	const folded =
		fold === null
			? breaks
			: (i: number) => {
					breaks?.(i);
					if (i === fold.after) writeFoldLine(w, formats.foldLine!, fold);
				};
	// A slogan or an embedded card stands where the site set it, between two paragraphs.
	const inset =
		page.ad === null && page.card === null
			? folded
			: (i: number) => {
					folded?.(i);
					if (i === page.ad) writePublicAd(w, formats.publicAd!);
					if (i === page.card) writeMiniCard(w, formats.miniCard!);
				};
	if (service === 'above') writeServiceBox(w, formats.serviceBox!);
	if (alt === -1) writeAltEcho(w, formats.altEcho!);
	writeBody(w, article, style, inset);
	if (runIn) writeFollowRunIn(w, formats.followRunIn!);
	if (pictures !== null) writeGalleryFoot(w, gallery!, pictures);
	if (originalBelow) writeOriginalTitle(w, formats, 'below');
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
