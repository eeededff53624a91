import { whitespaceStyle } from './web-pages-article-text.ts';
import { drawBrowserPrint, sheetsOf } from './web-pages-browser-print.ts';
import { drawCareToolbar } from './web-pages-care-toolbar.ts';
import type { CodeFormats } from './web-pages-formats.ts';
import { drawGallery } from './web-pages-gallery.ts';
import { drawAccountRepost } from './web-pages-n-account-repost.ts';
import { drawAudioPlayer } from './web-pages-n-audio-player.ts';
import { drawCatalogLine } from './web-pages-n-catalog-line.ts';
import { drawReviewBlock } from './web-pages-n-review-block.ts';
import { drawColumnLabel } from './web-pages-o-column-label.ts';
import { drawCrumbDate } from './web-pages-o-crumb-date.ts';
import { drawFollowRunIn } from './web-pages-o-follow-run-in.ts';
import { drawTagLine } from './web-pages-o-tag-line.ts';
import { drawAltEcho } from './web-pages-p-alt-echo.ts';
import { drawDatedPager } from './web-pages-p-dated-pager.ts';
import { drawServiceBox } from './web-pages-p-service-box.ts';
import { drawUpdateStamp } from './web-pages-p-update-stamp.ts';
import type { PageWriter } from './web-pages-page-writer.ts';
import { drawPagedBody } from './web-pages-paged-body.ts';
import { drawPageRating } from './web-pages-q-page-rating.ts';
import { drawReadingTime } from './web-pages-q-reading-time.ts';
import { drawTodayBar } from './web-pages-q-today-bar.ts';
import { drawEffectiveLine } from './web-pages-r-effective-line.ts';
import { drawNoticeTicker } from './web-pages-r-notice-ticker.ts';
import { drawReadMore } from './web-pages-r-read-more.ts';
import { drawCollectionTag } from './web-pages-s-collection-tag.ts';
import { drawEditedNotice } from './web-pages-s-edited-notice.ts';
import { drawLinkDirectory } from './web-pages-s-link-directory.ts';
import { drawSnapshot, writeSnapshotHead } from './web-pages-saved-blocks.ts';
import { drawFoldLine } from './web-pages-t-fold-line.ts';
import { drawSourceLink } from './web-pages-t-source-link.ts';
import { drawBannerStrip } from './web-pages-t-banner-strip.ts';
import { drawHotList } from './web-pages-u-hot-list.ts';
import { drawOpinionWindow } from './web-pages-u-opinion-window.ts';
import { drawSummaryBox } from './web-pages-u-summary-box.ts';
import { drawSurveyPopup } from './web-pages-u-survey-popup.ts';
import { drawMiniCard } from './web-pages-v-mini-card.ts';
import { drawPublicAd } from './web-pages-v-public-ad.ts';
import { drawTipLine } from './web-pages-v-tip-line.ts';
import { drawDisclaimer } from './web-pages-w-disclaimer.ts';
import { drawPastDays } from './web-pages-w-past-days.ts';
import { drawPrintedIn } from './web-pages-w-printed-in.ts';
import { drawCorrection } from './web-pages-x-correction.ts';
import { drawMediaFocus } from './web-pages-x-media-focus.ts';
import { drawWeatherBox } from './web-pages-x-weather-box.ts';
import { drawYKinds } from './web-pages-y-kinds.ts';
import { drawZKinds } from './web-pages-z-kinds.ts';
import { drawAaKinds } from './web-pages-aa-kinds.ts';
import { drawAbKinds } from './web-pages-ab-kinds.ts';
import { drawSavedTwice } from './web-pages-saved-twice.ts';
import { drawSourceAtEnd } from './web-pages-source-at-end.ts';
import {
	bodyParagraphs,
	chance,
	firstDigitsFullWidth,
	toFullWidthDigits,
} from './web-pages-template.ts';
import { drawTitleEcho } from './web-pages-title-echo.ts';
import { drawPageView, writeViewHead } from './web-pages-views.ts';
import type { SourceArticle, WebLayout } from './web-pages.ts';

/** What a single-article page drew before its site's top: its view, habits and optional blocks. */
export type SinglePage = ReturnType<typeof drawSinglePage>;

/**
 * Draws how one article's page in `layout` is saved and which optional blocks it carries, writing
 * the head of a print view or a cached copy, which stands above everything else.
 */
export function drawSinglePage(
	w: PageWriter,
	article: SourceArticle,
	layout: WebLayout,
	formats: CodeFormats,
) {
	const r = w.ctx.random;
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
	const edited = drawEditedNotice(formats.editedNotice, layout, r);
	const collection = drawCollectionTag(formats.collectionTag, layout, r);
	const links = drawLinkDirectory(formats.linkDirectory, layout, desktop, r);
	const fold = free ? drawFoldLine(formats.foldLine, layout, article.text, r) : null;
	const sourceLink = drawSourceLink(formats.sourceLink, layout, r);
	const banners = drawBannerStrip(formats.bannerStrip, layout, desktop, r);
	const summary = drawSummaryBox(formats.summaryBox, layout, r);
	const hot = drawHotList(formats.hotList, layout, desktop, r);
	const opinion = drawOpinionWindow(formats.opinionWindow, layout, r);
	const popup = drawSurveyPopup(formats.surveyPopup, layout, desktop, r);
	const ad = free ? drawPublicAd(formats.publicAd, layout, paras, r) : null;
	const card = free ? drawMiniCard(formats.miniCard, layout, paras, r) : null;
	const tip = drawTipLine(formats.tipLine, layout, r);
	const printedIn = drawPrintedIn(formats.printedIn, layout, r);
	const disclaimer = drawDisclaimer(formats.disclaimer, layout, r);
	const pastDays = drawPastDays(formats.pastDays, layout, r);
	const correction = drawCorrection(formats.correction, layout, r);
	const mediaFocus = drawMediaFocus(formats.mediaFocus, layout, desktop, r);
	const weather = drawWeatherBox(formats.weatherBox, layout, r);
	const y = drawYKinds(formats, layout, r);
	const z = drawZKinds(formats, layout, desktop, r);
	const aa = drawAaKinds(formats, layout, desktop, r);
	const ab = drawAbKinds(formats, layout, desktop, r);
	return {
		article,
		layout,
		formats,
		view,
		style,
		wide,
		printed,
		snapshot,
		desktop,
		print,
		paras,
		paged,
		sheets,
		care,
		echo,
		twice,
		pictures,
		tail,
		audio,
		review,
		catalog,
		account,
		label,
		dated,
		tags,
		runIn,
		alt,
		stamp,
		pager,
		service,
		timed,
		today,
		rating,
		ticker,
		effective,
		more,
		edited,
		collection,
		links,
		fold,
		sourceLink,
		banners,
		summary,
		hot,
		opinion,
		popup,
		ad,
		card,
		tip,
		printedIn,
		disclaimer,
		pastDays,
		correction,
		mediaFocus,
		weather,
		y,
		z,
		aa,
		ab,
	};
}
