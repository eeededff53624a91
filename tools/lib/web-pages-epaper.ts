import { drawSubscribeNotice, writeSubscribeNotice } from './web-pages-aa-subscribe-notice.ts';
import { drawLoginBox, writeLoginBox } from './web-pages-ab-login-box.ts';
import { whitespaceStyle, writeBody, writeHeadline } from './web-pages-article-text.ts';
import { codeFormats } from './web-pages-formats.ts';
import type { PageWriter } from './web-pages-page-writer.ts';
import type { SourceArticle } from './web-pages.ts';
import { drawJumpLine, writeJumpLine } from './web-pages-q-jump-line.ts';
import { drawIssueCalendar, writeIssueCalendar } from './web-pages-r-issue-calendar.ts';
import { drawDeskCredits, writeDeskCredits } from './web-pages-s-desk-credits.ts';
import { drawIssueGuide, writeIssueGuide } from './web-pages-t-issue-guide.ts';
import { bodyParagraphs, chance } from './web-pages-template.ts';
import { drawIssuePager, writeIssuePager } from './web-pages-v-issue-pager.ts';
import { drawClassifiedAds, writeClassifiedAds } from './web-pages-w-classified-ads.ts';
import { drawColophon, writeColophon } from './web-pages-x-colophon.ts';
import { drawPageDirectory, writePageDirectory } from './web-pages-y-page-directory.ts';

/** Writes an e-paper page: the masthead and page bar, then each of `articles` with its headline. */
export function writeEpaper(w: PageWriter, articles: SourceArticle[]): void {
	const r = w.ctx.random;
	const formats = codeFormats(w.ctx.furniture.split);
	const style = whitespaceStyle(r, formats);
	w.family('epaper-header');
	w.family('epaper-page');
	w.family('epaper-nav', 0.6);
	// The page bar's 上一期/下一期 buttons may print the neighbouring issues' days.
	if (drawIssuePager(formats.issuePager, r))
		writeIssuePager(w, formats.issuePager!, articles[0]!.date);
	const calendar = drawIssueCalendar(formats.issueCalendar, r);
	if (calendar === 'top') writeIssueCalendar(w, formats.issueCalendar!, articles[0]!.date);
	// The page's desk line names who edited the page: under its bar or after its last article.
	const desk = drawDeskCredits(formats.deskCredits, r);
	if (desk === 'top') writeDeskCredits(w, formats.deskCredits!);
	// The issue's 今日导读 box points to other pages' stories.
	const guide = drawIssueGuide(formats.issueGuide, r);
	if (guide === 'top') writeIssueGuide(w, formats.issueGuide!);
	// The page's 分类广告 notices may come before its stories or after them.
	const ads = drawClassifiedAds(formats.classifiedAds, r);
	if (ads === 'top') writeClassifiedAds(w, formats.classifiedAds!, articles[0]!.date);
	// The 版面导航 column lists the issue's pages with their sections' names.
	const directory = drawPageDirectory(formats.pageDirectory, r);
	if (directory === 'top') writePageDirectory(w, formats.pageDirectory!);
	// A paper's 征订启事 for the next year may stand before its stories or after them.
	const subscribe = drawSubscribeNotice(formats.subscribeNotice, r);
	if (subscribe === 'top') writeSubscribeNotice(w, formats.subscribeNotice!, articles[0]!.date);
	// A digital paper's 会员登录 box stands beside the page image, saved before its stories.
	if (drawLoginBox(formats.loginBox, r)) writeLoginBox(w, formats.loginBox!);
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
	if (desk === 'bottom') writeDeskCredits(w, formats.deskCredits!);
	if (guide === 'bottom') writeIssueGuide(w, formats.issueGuide!);
	if (calendar === 'bottom') writeIssueCalendar(w, formats.issueCalendar!, articles[0]!.date);
	if (ads === 'bottom') writeClassifiedAds(w, formats.classifiedAds!, articles[0]!.date);
	if (directory === 'bottom') writePageDirectory(w, formats.pageDirectory!);
	if (subscribe === 'bottom') writeSubscribeNotice(w, formats.subscribeNotice!, articles[0]!.date);
	// The paper's 报尾 (社址, 定价, 印刷 …) closes the page.
	if (drawColophon(formats.colophon, r)) writeColophon(w, formats.colophon!);
	w.family('epaper-nav', 0.5);
	w.family('footer', 0.5);
}
