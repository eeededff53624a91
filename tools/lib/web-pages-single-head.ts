import { writeAaTop } from './web-pages-aa-kinds.ts';
import { writePrintHead } from './web-pages-browser-print.ts';
import { writeCareBar } from './web-pages-care-toolbar.ts';
import type { CodeFormats } from './web-pages-formats.ts';
import { writeCrumbDate } from './web-pages-o-crumb-date.ts';
import type { PageWriter } from './web-pages-page-writer.ts';
import { writeTodayBar } from './web-pages-q-today-bar.ts';
import { writeNoticeTicker } from './web-pages-r-notice-ticker.ts';
import type { SinglePage } from './web-pages-single-draws.ts';
import { writeBannerStrip } from './web-pages-t-banner-strip.ts';
import { writeHotList } from './web-pages-u-hot-list.ts';
import { writeSurveyPopup } from './web-pages-u-survey-popup.ts';
import { chance, pick } from './web-pages-template.ts';
import { drawTopicPage, writeTopicPage } from './web-pages-topic-page.ts';

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

/**
 * Writes what stands above a single article's page: the care bar, the day's bar, the site's header
 * and menus, the notice ticker, the first print header and a topic page's banner.
 */
export function writeSingleHead(w: PageWriter, page: SinglePage): void {
	const { formats, layout, view, snapshot, desktop, print, sheets, care, echo, dated } = page;
	const r = w.ctx.random;
	// A pop-up laid over the page comes out before everything under it.
	if (page.popup === 'top') writeSurveyPopup(w, formats.surveyPopup!);
	if (care === 'top') writeCareBar(w, formats.careToolbar!);
	// The bar at the very top prints the day the page was opened, not the article's.
	if (page.today) writeTodayBar(w, formats.todayBar!, page.article.date);
	// A warning in force when the page was opened runs in red above the site's header.
	writeAaTop(w, formats, page.aa, page.article.date);
	if (view === 'desktop' && snapshot !== 'reader') writeDesktopTop(w, formats, echo, dated);
	// The 通知公告 bar runs across the page under its menus, above the article.
	if (page.ticker) writeNoticeTicker(w, formats.noticeTicker!);
	// A strip of 专题 banners may run under the menus too.
	if (page.banners === 'top') writeBannerStrip(w, formats.bannerStrip!);
	// A left column's ranking is read before the article.
	if (page.hot === 'top') writeHotList(w, formats.hotList!);
	if (print !== null) {
		// The print header heads the first sheet, above the site's top (even one copied as one line).
		const top = w.lines.length;
		writePrintHead(w, print, 1, sheets);
		w.lines.unshift(...w.lines.splice(top));
	}
	if (drawTopicPage(formats.topicPage, layout, desktop, r)) writeTopicPage(w, formats.topicPage);
}
