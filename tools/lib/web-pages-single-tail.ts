import { writeAaAboveFooter } from './web-pages-aa-kinds.ts';
import {
	writeAbAboveFooter,
	writeAbAfterCredits,
	writeAbBelowFooter,
} from './web-pages-ab-kinds.ts';
import {
	drawAttachmentList,
	writeAttachmentList,
	writePolicyReading,
	writeSideColumn,
} from './web-pages-blocks.ts';
import { writePrintFoot } from './web-pages-browser-print.ts';
import { writeAssistant, writeCareBar } from './web-pages-care-toolbar.ts';
import { writeAccountPrompt } from './web-pages-n-account-repost.ts';
import { writeReviewBlock } from './web-pages-n-review-block.ts';
import { writeTagLine } from './web-pages-o-tag-line.ts';
import { writeDatedPager } from './web-pages-p-dated-pager.ts';
import { writeServiceBox } from './web-pages-p-service-box.ts';
import type { PageWriter } from './web-pages-page-writer.ts';
import { writePageRating } from './web-pages-q-page-rating.ts';
import { writeEditedNotice } from './web-pages-s-edited-notice.ts';
import { writeLinkDirectory } from './web-pages-s-link-directory.ts';
import { drawCommentThread, writeCommentThread } from './web-pages-saved-blocks.ts';
import { writeSecondCopy } from './web-pages-saved-twice.ts';
import type { SinglePage } from './web-pages-single-draws.ts';
import type { SingleMeta } from './web-pages-single-meta.ts';
import { writeSourceEnd } from './web-pages-source-at-end.ts';
import { writeSourceLink } from './web-pages-t-source-link.ts';
import { writeBannerStrip } from './web-pages-t-banner-strip.ts';
import { writeHotList } from './web-pages-u-hot-list.ts';
import { writeOpinionWindow } from './web-pages-u-opinion-window.ts';
import { writeSurveyPopup } from './web-pages-u-survey-popup.ts';
import { writeTipLine } from './web-pages-v-tip-line.ts';
import { writeDisclaimer } from './web-pages-w-disclaimer.ts';
import { writePastDays } from './web-pages-w-past-days.ts';
import { writePrintedIn } from './web-pages-w-printed-in.ts';
import { writeCorrection } from './web-pages-x-correction.ts';
import { writeMediaFocus } from './web-pages-x-media-focus.ts';
import { writeWeatherBox } from './web-pages-x-weather-box.ts';
import { writeYAfterCredits, writeYAfterText } from './web-pages-y-kinds.ts';
import { writeZAboveFooter, writeZAfterText, writeZBelowFooter } from './web-pages-z-kinds.ts';
import { chance } from './web-pages-template.ts';
import { writeViewFoot } from './web-pages-views.ts';

/**
 * Writes what follows a single article's text: the lines that close the article (a late byline,
 * the source, tags, attachments, the editor), then the page's bottom (comments, related links, the
 * side column, footers, the last print footer and a second saved copy).
 */
export function writeSingleTail(w: PageWriter, page: SinglePage, meta: SingleMeta): void {
	const { article, formats, layout, view, printed, snapshot, print, sheets, care, twice } = page;
	const { account, tail, pager, tags, rating, service, review, edited, links } = page;
	const r = w.ctx.random;
	if (meta.bylineLast) w.family('byline');
	if (edited === 'end') writeEditedNotice(w, formats.editedNotice!, 'end', article.date);
	if (account !== null) writeAccountPrompt(w, formats.accountRepost!, account, 'tail');
	if (tail) writeSourceEnd(w, formats.sourceAtEnd!);
	// A repost's link to the outlet's page, dated in its address, follows the text.
	if (page.sourceLink) writeSourceLink(w, formats.sourceLink!, article.date);
	// A county outlet's 新闻热线/投稿 call closes its stories.
	if (page.tip) writeTipLine(w, formats.tipLine!);
	if (page.printedIn === 'below') writePrintedIn(w, formats.printedIn!, article.date);
	// A repost's statement that the rights stay with the author closes the story.
	if (page.disclaimer) writeDisclaimer(w, formats.disclaimer!);
	// A 天气预报 box, dated from the post's day on, closes a county account's posts.
	if (page.weather) writeWeatherBox(w, formats.weatherBox!, article.date);
	// A 更正 notice, dated the day the site corrected the story, follows the text.
	if (page.correction) writeCorrection(w, formats.correction!, article.title, article.date);
	writeYAfterText(w, formats, page.y);
	// A policy's page lists the documents it rests on, each with its 文号.
	writeZAfterText(w, formats, page.z, article.date);
	if (pager) writeDatedPager(w, formats.datedPager!);
	if (tags) writeTagLine(w, formats.tagLine!);
	// The 往年今日 box lists the site's stories of this day in earlier years.
	if (page.pastDays) writePastDays(w, formats.pastDays!, article.date);
	if (rating) writePageRating(w, formats.pageRating!);
	if (page.opinion === 'below') writeOpinionWindow(w, formats.opinionWindow!, article.date);
	if (drawAttachmentList(formats.attachmentList, layout, r))
		writeAttachmentList(w, article.title, formats.attachmentList);
	if (service === 'below') writeServiceBox(w, formats.serviceBox!);
	if (meta.explains) writePolicyReading(w, formats.policyReading!.feet, 'policy-foot');
	if (chance(0.5, r)) w.text('');
	meta.metaBelow();
	w.family('editor', 0.5);
	if (review) writeReviewBlock(w, formats.reviewBlock!);
	if (layout === 'wechat') w.family('wechat-end', 0.9);
	writeYAfterCredits(w, formats, page.y);
	// A post's 投票 card follows its credits, closing some days after the post.
	writeAbAfterCredits(w, formats, page.ab, article.date);
	if (layout === 'reprint') w.family('reprint', 0.7);
	w.family('separator', 0.1);
	w.family('attachment', layout === 'portal' ? 0.15 : 0);
	if (snapshot === 'reader') return;
	// A print view or a platform's copy keeps none of the site's bottom.
	if (view === 'print' || view === 'platform') return writeViewFoot(w, view, formats, printed);
	const comments = formats.commentThread;
	if (drawCommentThread(comments, layout, r)) writeCommentThread(w, comments, article.date);
	for (const id of ['share', 'qr-app', 'prev-next', 'related', 'comment'])
		w.family(id, id === 'share' ? 0.15 : 0.4);
	if (view === 'mobile') return writeViewFoot(w, view, formats, null);
	if (meta.side) writeSideColumn(w, formats.sideColumn!);
	if (care !== null) writeAssistant(w, formats.careToolbar!);
	// The block of other sites' links stands above the footer.
	if (page.hot === 'bottom') writeHotList(w, formats.hotList!);
	if (page.mediaFocus) writeMediaFocus(w, formats.mediaFocus!);
	if (page.banners === 'bottom') writeBannerStrip(w, formats.bannerStrip!);
	if (links) writeLinkDirectory(w, formats.linkDirectory!);
	writeZAboveFooter(w, formats, page.z, article.date);
	// The government's accounts on each platform stand above the footer.
	writeAaAboveFooter(w, formats, page.aa);
	// The 网站纠错 box (and a visit counter) stand above the footer.
	writeAbAboveFooter(w, formats, page.ab);
	const footers = chance(0.85, r) ? 1 + Math.floor(r() * 4) : 0;
	for (let i = 0; i < footers; i++) w.family('footer');
	writeZBelowFooter(w, formats, page.z);
	writeAbBelowFooter(w, formats, page.ab);
	if (care === 'bottom') writeCareBar(w, formats.careToolbar!);
	if (page.popup === 'bottom') writeSurveyPopup(w, formats.surveyPopup!);
	if (print !== null) writePrintFoot(w, print, sheets, sheets);
	if (twice !== null) writeSecondCopy(w, twice, formats.savedTwice!, article);
}
