import type { WebSplit } from './web-pages-furniture.ts';
import { BLIND_E } from './web-pages-formats-e.ts';
import { BLIND_F } from './web-pages-formats-f.ts';
import { BLIND_G } from './web-pages-formats-g.ts';
import { BLIND_H } from './web-pages-formats-h.ts';
import { BLIND_I } from './web-pages-formats-i.ts';
import { BLIND_J } from './web-pages-formats-j.ts';
import { BLIND_K } from './web-pages-formats-k.ts';
import { BLIND_L } from './web-pages-formats-l.ts';
import { BLIND_M } from './web-pages-formats-m.ts';
import { BLIND_N } from './web-pages-formats-n.ts';
import { BLIND_O } from './web-pages-formats-o.ts';
import { BLIND_P } from './web-pages-formats-p.ts';
import { BLIND_Q } from './web-pages-formats-q.ts';
import { BLIND_R } from './web-pages-formats-r.ts';
import { BLIND_S } from './web-pages-formats-s.ts';
import { BLIND_T } from './web-pages-formats-t.ts';
import { BLIND_U } from './web-pages-formats-u.ts';
import { BLIND_V } from './web-pages-formats-v.ts';
import { BLIND_W } from './web-pages-formats-w.ts';
import { BLIND_X } from './web-pages-formats-x.ts';
import { BLIND_Y } from './web-pages-formats-y.ts';
import { BLIND_Z } from './web-pages-formats-z.ts';
import { BLIND_AA } from './web-pages-formats-aa.ts';
import { BLIND_AB } from './web-pages-formats-ab.ts';
import type { ErrorReportFormats } from './web-pages-ab-error-report.ts';
import type { LoginBoxFormats } from './web-pages-ab-login-box.ts';
import type { VisitCounterFormats } from './web-pages-ab-visit-counter.ts';
import type { VoteCardFormats } from './web-pages-ab-vote-card.ts';
import type { AccountRepostFormats } from './web-pages-n-account-repost.ts';
import type { AudioPlayerFormats } from './web-pages-n-audio-player.ts';
import type { CatalogLineFormats } from './web-pages-n-catalog-line.ts';
import type { ReviewBlockFormats } from './web-pages-n-review-block.ts';
import type { ColumnLabelFormats } from './web-pages-o-column-label.ts';
import type { CrumbDateFormats } from './web-pages-o-crumb-date.ts';
import type { FollowRunInFormats } from './web-pages-o-follow-run-in.ts';
import type { TagLineFormats } from './web-pages-o-tag-line.ts';
import type { AltEchoFormats } from './web-pages-p-alt-echo.ts';
import type { DatedPagerFormats } from './web-pages-p-dated-pager.ts';
import type { ServiceBoxFormats } from './web-pages-p-service-box.ts';
import type { UpdateStampFormats } from './web-pages-p-update-stamp.ts';
import type { JumpLineFormats } from './web-pages-q-jump-line.ts';
import type { PageRatingFormats } from './web-pages-q-page-rating.ts';
import type { ReadingTimeFormats } from './web-pages-q-reading-time.ts';
import type { TodayBarFormats } from './web-pages-q-today-bar.ts';
import type { EffectiveLineFormats } from './web-pages-r-effective-line.ts';
import type { IssueCalendarFormats } from './web-pages-r-issue-calendar.ts';
import type { NoticeTickerFormats } from './web-pages-r-notice-ticker.ts';
import type { ReadMoreFormats } from './web-pages-r-read-more.ts';
import type { CollectionTagFormats } from './web-pages-s-collection-tag.ts';
import type { DeskCreditsFormats } from './web-pages-s-desk-credits.ts';
import type { EditedNoticeFormats } from './web-pages-s-edited-notice.ts';
import type { LinkDirectoryFormats } from './web-pages-s-link-directory.ts';
import type { FoldLineFormats } from './web-pages-t-fold-line.ts';
import type { IssueGuideFormats } from './web-pages-t-issue-guide.ts';
import type { SourceLinkFormats } from './web-pages-t-source-link.ts';
import type { BannerStripFormats } from './web-pages-t-banner-strip.ts';
import type { HotListFormats } from './web-pages-u-hot-list.ts';
import type { OpinionWindowFormats } from './web-pages-u-opinion-window.ts';
import type { SummaryBoxFormats } from './web-pages-u-summary-box.ts';
import type { SurveyPopupFormats } from './web-pages-u-survey-popup.ts';
import type { IssuePagerFormats } from './web-pages-v-issue-pager.ts';
import type { MiniCardFormats } from './web-pages-v-mini-card.ts';
import type { PublicAdFormats } from './web-pages-v-public-ad.ts';
import type { TipLineFormats } from './web-pages-v-tip-line.ts';
import type { ClassifiedAdsFormats } from './web-pages-w-classified-ads.ts';
import type { DisclaimerFormats } from './web-pages-w-disclaimer.ts';
import type { PastDaysFormats } from './web-pages-w-past-days.ts';
import type { PrintedInFormats } from './web-pages-w-printed-in.ts';
import type { ColophonFormats } from './web-pages-x-colophon.ts';
import type { CorrectionFormats } from './web-pages-x-correction.ts';
import type { MediaFocusFormats } from './web-pages-x-media-focus.ts';
import type { WeatherBoxFormats } from './web-pages-x-weather-box.ts';
import type { AuthorCardFormats } from './web-pages-y-author-card.ts';
import type { PageDirectoryFormats } from './web-pages-y-page-directory.ts';
import type { SharePosterFormats } from './web-pages-y-share-poster.ts';
import type { WechatChromeFormats } from './web-pages-y-wechat-chrome.ts';
import type { BadgeStripFormats } from './web-pages-z-badge-strip.ts';
import type { DocRefsFormats } from './web-pages-z-doc-refs.ts';
import type { MailboxBoxFormats } from './web-pages-z-mailbox-box.ts';
import type { ReplyCardFormats } from './web-pages-z-reply-card.ts';
import type { AlertBannerFormats } from './web-pages-aa-alert-banner.ts';
import type { MediaMatrixFormats } from './web-pages-aa-media-matrix.ts';
import type { PressBriefingFormats } from './web-pages-aa-press-briefing.ts';
import type { SubscribeNoticeFormats } from './web-pages-aa-subscribe-notice.ts';
import type { CareToolbarFormats } from './web-pages-care-toolbar.ts';
import type { GalleryFormats } from './web-pages-gallery.ts';
import type { SavedTwiceFormats } from './web-pages-saved-twice.ts';
import type { SourceAtEndFormats } from './web-pages-source-at-end.ts';
import type { TitleEchoFormats } from './web-pages-title-echo.ts';
import type { BrowserPrintFormats } from './web-pages-browser-print.ts';
import type { PagedBodyFormats } from './web-pages-paged-body.ts';
import type { TopicPageFormats } from './web-pages-topic-page.ts';
import type { AppShareFormats } from './web-pages-app-share.ts';
import type {
	AttachmentListFormats,
	PolicyReadingFormats,
	SideColumnFormats,
	VideoPlayerFormats,
} from './web-pages-blocks.ts';
import type {
	MobileViewFormats,
	PlatformCopyFormats,
	PrintViewFormats,
	RetitleFormats,
} from './web-pages-views.ts';
import type {
	CommentThreadFormats,
	EditorNoteFormats,
	MetaRowFormats,
	SnapshotFormats,
} from './web-pages-saved-blocks.ts';

/** What a saved page's file name is made from. */
export interface FileNameParts {
	/** The page title made safe for a file name. */
	safe: string;
	/** A random article number. */
	n: string;
	/** The printed date's digits, up to 8. */
	digits: string;
	/** The article's date as eight digits (20240501), whatever the page prints. */
	day: string;
	site: string;
	paper: string;
}

/** What the header of a WeChat article copied as text is made from. */
export interface WechatHeadParts {
	/** The account that posts it. */
	account: string;
	/** The author shown beside the account (often the account again). */
	author: string;
	/** When it was posted, as WeChat prints it. */
	time: string;
	/** The province WeChat shows the post was made from (发表于…). */
	province: string;
	/** True when the account wrote it (原创), false for a repost. */
	original: boolean;
}

/** A WeChat article copied as text: no portal around it, a header line instead of a meta line. */
export interface WechatCopyFormats {
	/** How often a page of the wechat layout is such a copy. */
	rate: number;
	/** Header lines (one string may hold several lines) for the parts given. */
	heads: (p: WechatHeadParts) => string[];
	/** Date formats of the header's time (see `formatDate`). */
	times: string[];
	/** Provinces for 发表于…. */
	provinces: string[];
	/** Stacked credits at the end (来源/编辑/审核/监制 …), templates with `{source}` and `{name}`. */
	credits: string[];
	/** A repost's line above the body naming where it comes from, templates with `{source}`. */
	repostLines: string[];
}

/** What a 政务公开 metadata table above a portal article is made from. */
export interface InfoTableParts {
	/** The outlet (发布机构). */
	source: string;
	/** The date as the page prints it. */
	date: string;
	/** The page's own title. */
	title: string;
	/** The article's year. */
	year: string;
	/** A random index number. */
	n: string;
}

/**
 * Formats written in code rather than in `eval/web-furniture.json`: splits a and b share one set (as
 * before split c existed), split c has its own, written without reading the others, split d its own
 * again, written without reading either, split e its own in `web-pages-formats-e.ts`, written
 * without reading any, split f its own in `web-pages-formats-f.ts`, written likewise, split g its
 * own in `web-pages-formats-g.ts`, written likewise without reading a–f, split h its own in
 * `web-pages-formats-h.ts`, written likewise without reading a–g, split i its own in
 * `web-pages-formats-i.ts`, written likewise without reading a–h, split j its own in
 * `web-pages-formats-j.ts`, written likewise without reading a–i, split k its own in
 * `web-pages-formats-k.ts`, written likewise without reading a–j, split l its own in
 * `web-pages-formats-l.ts`, written likewise without reading a–k, split m its own in
 * `web-pages-formats-m.ts`, written likewise without reading a–l, split n its own in
 * `web-pages-formats-n.ts`, written likewise without reading a–m, split o its own in
 * `web-pages-formats-o.ts`, written likewise without reading a–n, split p its own in
 * `web-pages-formats-p.ts`, written likewise without reading a–o, split q its own in
 * `web-pages-formats-q.ts`, written likewise without reading a–p, split r its own in
 * `web-pages-formats-r.ts`, written likewise without reading a–q, split s its own in
 * `web-pages-formats-s.ts`, written likewise without reading a–r, split t its own in
 * `web-pages-formats-t.ts`, written likewise without reading a–s, split u its own in
 * `web-pages-formats-u.ts`, written likewise without reading a–t, split v its own in
 * `web-pages-formats-v.ts`, written likewise without reading a–u, split w its own in
 * `web-pages-formats-w.ts`, written likewise without reading a–v, split x its own in
 * `web-pages-formats-x.ts`, written likewise without reading a–w, split y its own in
 * `web-pages-formats-y.ts`, written likewise without reading a–x, split z its own in
 * `web-pages-formats-z.ts`, written likewise without reading a–y, split aa its own
 * in `web-pages-formats-aa.ts`, written likewise without reading a–z, and split ab (held out) its
 * own in `web-pages-formats-ab.ts`, written likewise without reading a–aa.
 */
export interface CodeFormats {
	/** File names a browser might offer for an e-paper page and for any other page. */
	fileNames: (epaper: boolean, p: FileNameParts) => string[];
	/** How `{odate}` (another article's date in related lists, toolbars) is printed. */
	otherDates: string[];
	/** Paragraph indents. */
	indents: string[];
	/** Orders of the toolbar, nav and search lines at the top of a page. */
	topOrders: string[][];
	/**
	 * How often a single page prints its meta lines (date, source) below the body instead of under
	 * the title; never when absent (no random draw, so the pages of splits without it stay the same).
	 */
	metaBelowBody?: number;
	/**
	 * How often the lines above a single page's headline come out joined into one long line (a browser
	 * copy that lost the breaks between menu items); never when absent (no random draw).
	 */
	flattenTop?: number;
	/**
	 * How often a single page's byline comes after the last paragraph (（记者 … 通讯员 …）) instead of
	 * under the title, and always; never when absent (no random draw).
	 */
	bylineAtEnd?: number;
	/**
	 * How often the meta line, when not all full-width, has only its first run of digits full-width;
	 * never when absent (no random draw).
	 */
	mixedWidth?: number;
	/** How often a wechat page is a WeChat article copied as text; never when absent (no random draw). */
	wechatCopy?: WechatCopyFormats;
	/**
	 * How often the body of a portal or e-paper page is hard-wrapped (a PDF copy: a line break every
	 * `columns` half-width columns inside paragraphs), and the least and most columns; never when
	 * absent (no random draw).
	 */
	hardWrap?: { rate: number; columns: readonly [number, number] };
	/**
	 * How often a headline of at least 12 characters is broken over two lines (a narrow title box or
	 * a `<br>` in it); never when absent (no random draw).
	 */
	titleBreak?: number;
	/**
	 * How often a portal page has a 政务公开 table (索引号, 发布机构, 发布日期 …) above its headline,
	 * and the tables for given parts; never when absent (no random draw).
	 */
	infoTable?: { rate: number; tables: (p: InfoTableParts) => string[] };
	/** How often a portal or reprint page is saved from its mobile view; never when absent (no random draw). */
	mobileView?: MobileViewFormats;
	/** How often a portal page is saved from its print view; never when absent (no random draw). */
	printView?: PrintViewFormats;
	/** How often a reprint prints a shorter headline and the outlet's as 原标题; never when absent (no random draw). */
	retitle?: RetitleFormats;
	/** How often a reprint is a reading platform's copy (学习强国); never when absent (no random draw). */
	platformCopy?: PlatformCopyFormats;
	/** How often a portal page lists attached files after its body; never when absent (no random draw). */
	attachmentList?: AttachmentListFormats;
	/** How often a page keeps a video player's text above its body; never when absent (no random draw). */
	videoPlayer?: VideoPlayerFormats;
	/**
	 * How often a portal page's date and source sit in a side column read after the article; never
	 * when absent (no random draw).
	 */
	sideColumn?: SideColumnFormats;
	/** How often a portal page is a 政策解读 page; never when absent (no random draw). */
	policyReading?: PolicyReadingFormats;
	/** How often a portal or reprint page is saved from a news app's share page; never when absent (no random draw). */
	appShare?: AppShareFormats;
	/**
	 * How often a portal or reprint page is saved from a search engine's cache or a browser's reader
	 * mode; never when absent (no random draw).
	 */
	snapshot?: SnapshotFormats;
	/** How often a portal or reprint page keeps its readers' comments; never when absent (no random draw). */
	commentThread?: CommentThreadFormats;
	/** How often a portal page prints its meta as a table row; never when absent (no random draw). */
	metaRow?: MetaRowFormats;
	/** How often a single page has an 编者按 or 导语 box before its body; never when absent (no random draw). */
	editorNote?: EditorNoteFormats;
	/** How often a portal page sits in a 专题 section under its banner; never when absent (no random draw). */
	topicPage?: TopicPageFormats;
	/**
	 * How often a portal or reprint article is split over pages saved as one, with pagers between
	 * the parts; never when absent (no random draw).
	 */
	pagedBody?: PagedBodyFormats;
	/**
	 * How often a portal or reprint page is printed from a browser and copied back as text, its
	 * print header and footer recurring at each sheet; never when absent (no random draw).
	 */
	browserPrint?: BrowserPrintFormats;
	/**
	 * How often a portal page keeps its floating 无障碍/长者模式 toolbar and 智能问答 widget; never
	 * when absent (no random draw).
	 */
	careToolbar?: CareToolbarFormats;
	/**
	 * How often a portal or reprint page echoes its headline in the browser's title line and its
	 * breadcrumb; never when absent (no random draw).
	 */
	titleEcho?: TitleEchoFormats;
	/** How often a single page is a 图片新闻/组图 page; never when absent (no random draw). */
	gallery?: GalleryFormats;
	/** How often a single page is saved twice into one file; never when absent (no random draw). */
	savedTwice?: SavedTwiceFormats;
	/**
	 * How often a portal or reprint page names its outlet only after the text; never when absent (no
	 * random draw).
	 */
	sourceAtEnd?: SourceAtEndFormats;
	/**
	 * How often a portal, reprint or WeChat page keeps a 听新闻 player's text between its headline
	 * block and its body; never when absent (no random draw).
	 */
	audioPlayer?: AudioPlayerFormats;
	/** How often a portal or WeChat page prints a 三审三校 block after its body; never when absent (no random draw). */
	reviewBlock?: ReviewBlockFormats;
	/**
	 * How often a portal page keeps its 信息公开目录 entry as one long line above the headline; never
	 * when absent (no random draw).
	 */
	catalogLine?: CatalogLineFormats;
	/**
	 * How often a portal or reprint page is a 公众号 article re-posted with the account's follow
	 * prompts; never when absent (no random draw).
	 */
	accountRepost?: AccountRepostFormats;
	/**
	 * How often a portal or reprint page prints its column's label above the headline and a 字号 line
	 * under its meta line; never when absent (no random draw).
	 */
	columnLabel?: ColumnLabelFormats;
	/**
	 * How often a portal page dates itself and names its outlet only at the end of its breadcrumb;
	 * never when absent (no random draw).
	 */
	crumbDate?: CrumbDateFormats;
	/**
	 * How often a portal or reprint page prints the article's 关键词 after its body; never when absent
	 * (no random draw).
	 */
	tagLine?: TagLineFormats;
	/**
	 * How often a portal, reprint or WeChat page has a 扫码关注 prompt run into its last paragraph;
	 * never when absent (no random draw).
	 */
	followRunIn?: FollowRunInFormats;
	/**
	 * How often a portal, reprint or WeChat page keeps its lead picture's alt text (the headline again)
	 * above or between its first paragraphs; never when absent (no random draw).
	 */
	altEcho?: AltEchoFormats;
	/**
	 * How often a portal page prints a later 更新时间 line under its meta line; never when absent (no
	 * random draw).
	 */
	updateStamp?: UpdateStampFormats;
	/**
	 * How often a portal or reprint page prints 上一篇/下一篇 links with their articles' dates right
	 * after the text; never when absent (no random draw).
	 */
	datedPager?: DatedPagerFormats;
	/**
	 * How often a portal page boxes a 政务服务 item's facts (办理时限, 咨询电话 …) before or after its
	 * text; never when absent (no random draw).
	 */
	serviceBox?: ServiceBoxFormats;
	/**
	 * How often a portal, reprint or WeChat page prints a 全文约…字，阅读约需…分钟 line between its
	 * headline block and its text; never when absent (no random draw).
	 */
	readingTime?: ReadingTimeFormats;
	/**
	 * How often a portal page keeps the top bar that prints the day it was opened (a later day than
	 * the article's) and the weather; never when absent (no random draw).
	 */
	todayBar?: TodayBarFormats;
	/**
	 * How often an e-paper article keeps its 转版 notes (下转第…版, 上接第…版) between two paragraphs;
	 * never when absent (no random draw).
	 */
	jumpLine?: JumpLineFormats;
	/**
	 * How often a portal page keeps its 本页面对您有帮助吗/我要纠错 widget after its text; never when
	 * absent (no random draw).
	 */
	pageRating?: PageRatingFormats;
	/**
	 * How often a portal page keeps its scrolling 通知公告 bar (other notices with their dates) above
	 * the headline; never when absent (no random draw).
	 */
	noticeTicker?: NoticeTickerFormats;
	/**
	 * How often a portal page prints a 施行日期/有效期 line (later days than the page's) under its meta
	 * line; never when absent (no random draw).
	 */
	effectiveLine?: EffectiveLineFormats;
	/**
	 * How often a portal, reprint or WeChat page sets a 延伸阅读 box of links to other articles between
	 * two of its paragraphs; never when absent (no random draw).
	 */
	readMore?: ReadMoreFormats;
	/**
	 * How often an e-paper page keeps its 往期回顾 date picker (the issue's month and its days) before
	 * or after its articles; never when absent (no random draw).
	 */
	issueCalendar?: IssueCalendarFormats;
	/**
	 * How often a WeChat page keeps the account's 已修改 notice (a later day than the article's) under
	 * its header or after its text; never when absent (no random draw).
	 */
	editedNotice?: EditedNoticeFormats;
	/**
	 * How often a WeChat page prints its 收录于合集 tags between its header and its text; never when
	 * absent (no random draw).
	 */
	collectionTag?: CollectionTagFormats;
	/**
	 * How often a portal page keeps its block of links to other sites (政府网站, 部门网站, 乡镇网站)
	 * above its footer; never when absent (no random draw).
	 */
	linkDirectory?: LinkDirectoryFormats;
	/**
	 * How often an e-paper page keeps its desk line (本版编辑, 美编, 校对) under its page bar or after
	 * its last article; never when absent (no random draw).
	 */
	deskCredits?: DeskCreditsFormats;
	/**
	 * How often a portal or reprint page keeps an opened 展开全文 fold between two of its first
	 * paragraphs; never when absent (no random draw).
	 */
	foldLine?: FoldLineFormats;
	/**
	 * How often a reprint or WeChat page ends its text with a 原文链接 line whose address carries the
	 * article's day; never when absent (no random draw).
	 */
	sourceLink?: SourceLinkFormats;
	/**
	 * How often an e-paper page keeps its 今日导读 box (other pages' stories with their page numbers)
	 * before or after its articles; never when absent (no random draw).
	 */
	issueGuide?: IssueGuideFormats;
	/**
	 * How often a portal page keeps a strip of 专题 banners' alt texts under its menus or above its
	 * footer; never when absent (no random draw).
	 */
	bannerStrip?: BannerStripFormats;
	/**
	 * How often a portal, reprint or WeChat page prints a 摘要 box repeating its text's first sentence
	 * between its headline block and its text; never when absent (no random draw).
	 */
	summaryBox?: SummaryBoxFormats;
	/**
	 * How often a portal or reprint page keeps a 点击排行 column of other articles ranked by reads
	 * above its headline or after its text; never when absent (no random draw).
	 */
	hotList?: HotListFormats;
	/**
	 * How often a portal page boxes a 意见征集 window (its opening and closing days, later than the
	 * page's, and where to write) before or after its text; never when absent (no random draw).
	 */
	opinionWindow?: OpinionWindowFormats;
	/**
	 * How often a portal page keeps a pop-up's text (满意度调查, 浏览器版本过低) first or last in the
	 * copy; never when absent (no random draw).
	 */
	surveyPopup?: SurveyPopupFormats;
	/**
	 * How often a portal or reprint page keeps a 公益广告 slogan between two of its paragraphs; never
	 * when absent (no random draw).
	 */
	publicAd?: PublicAdFormats;
	/**
	 * How often a WeChat page keeps an embedded card's text (视频号, 小程序, another account) between
	 * two of its paragraphs; never when absent (no random draw).
	 */
	miniCard?: MiniCardFormats;
	/**
	 * How often a portal, reprint or WeChat page prints its outlet's 新闻热线/投稿 block after its
	 * text; never when absent (no random draw).
	 */
	tipLine?: TipLineFormats;
	/**
	 * How often an e-paper page keeps its 上一期/下一期 buttons with the neighbouring issues' days
	 * under its page bar; never when absent (no random draw).
	 */
	issuePager?: IssuePagerFormats;
	/**
	 * How often a portal or reprint page prints a 刊发 line (the paper, its issue's day and page that
	 * printed the story first) above or after its text; never when absent (no random draw).
	 */
	printedIn?: PrintedInFormats;
	/**
	 * How often a reprint or WeChat page prints a 免责/版权声明 after its text; never when absent (no
	 * random draw).
	 */
	disclaimer?: DisclaimerFormats;
	/**
	 * How often a portal, reprint or WeChat page keeps a 往年今日 box (its stories of the same day in
	 * earlier years) after its text; never when absent (no random draw).
	 */
	pastDays?: PastDaysFormats;
	/**
	 * How often an e-paper page keeps the 分类广告 notices (遗失声明, 注销公告 …) printed on it before
	 * its first story or after its last; never when absent (no random draw).
	 */
	classifiedAds?: ClassifiedAdsFormats;
	/**
	 * How often a portal or reprint page prints a 更正 notice (a later day, the headline quoted) after
	 * its text; never when absent (no random draw).
	 */
	correction?: CorrectionFormats;
	/**
	 * How often a desktop portal page keeps a 媒体聚焦 box (other outlets' stories on the county, with
	 * their days) after its text; never when absent (no random draw).
	 */
	mediaFocus?: MediaFocusFormats;
	/**
	 * How often a WeChat or portal page closes with a 天气预报 box (the post's day and the next days,
	 * sky, temperatures, wind) after its text; never when absent (no random draw).
	 */
	weatherBox?: WeatherBoxFormats;
	/**
	 * How often an e-paper page keeps the paper's 报尾 (社址, 电话, 定价, 印刷 …) after its last story;
	 * never when absent (no random draw).
	 */
	colophon?: ColophonFormats;
	/**
	 * How often a portal or reprint page keeps a 分享海报's text (the headline again, the outlet and
	 * the day, a 长按识别 prompt) after its text; never when absent (no random draw).
	 */
	sharePoster?: SharePosterFormats;
	/**
	 * How often a WeChat page keeps the reader's interface lines (预览时标签不可点, 继续滑动看下一个 …)
	 * after its credits; never when absent (no random draw).
	 */
	wechatChrome?: WechatChromeFormats;
	/**
	 * How often a portal, reprint or WeChat page prints a 作者简介 card (the writer and the writer's
	 * unit, not the outlet) after its text; never when absent (no random draw).
	 */
	authorCard?: AuthorCardFormats;
	/**
	 * How often an e-paper page keeps its 版面导航 (the issue's pages with their sections' names)
	 * before its first story or after its last; never when absent (no random draw).
	 */
	pageDirectory?: PageDirectoryFormats;
	/**
	 * How often a portal page lists the 相关文件 it rests on (titles with their 文号, of earlier years)
	 * after its text; never when absent (no random draw).
	 */
	docRefs?: DocRefsFormats;
	/**
	 * How often a portal page keeps a 政民互动 card (a resident's 留言 and an office's 回复, both dated
	 * later than the article) above its footer; never when absent (no random draw).
	 */
	replyCard?: ReplyCardFormats;
	/**
	 * How often a desktop portal page keeps its 领导信箱 box (the mailboxes, 我要写信, the month's
	 * letters received and answered) above its footer; never when absent (no random draw).
	 */
	mailboxBox?: MailboxBoxFormats;
	/**
	 * How often a desktop portal page keeps the badges under its footer (党政机关, 政府网站找错, IPv6,
	 * 适老化) as a line of text; never when absent (no random draw).
	 */
	badgeStrip?: BadgeStripFormats;
	/**
	 * How often a desktop portal page keeps the red 预警信息 bar (a weather or disaster warning issued
	 * later than the article, the day the page was opened) across its top; never when absent (no
	 * random draw).
	 */
	alertBanner?: AlertBannerFormats;
	/**
	 * How often a portal page reports a 新闻发布会 under a header (the briefing's number, day and hour,
	 * hall, host and speakers) between its headline block and its text; never when absent (no random
	 * draw).
	 */
	pressBriefing?: PressBriefingFormats;
	/**
	 * How often a desktop portal page keeps its 政务新媒体矩阵 box (the government's accounts on each
	 * platform) above its footer; never when absent (no random draw).
	 */
	mediaMatrix?: MediaMatrixFormats;
	/**
	 * How often an e-paper page keeps the paper's 征订启事 box (next year's subscription, 邮发代号,
	 * price) before its first story or after its last; never when absent (no random draw).
	 */
	subscribeNotice?: SubscribeNoticeFormats;
	/**
	 * How often a desktop portal page keeps its 网站纠错 box (report a mistake on this page) above its
	 * footer; never when absent (no random draw).
	 */
	errorReport?: ErrorReportFormats;
	/**
	 * How often a desktop portal page keeps its 访问统计 counter above or under its footer; never when
	 * absent (no random draw).
	 */
	visitCounter?: VisitCounterFormats;
	/**
	 * How often a WeChat post keeps a 投票 card (question, options and counts, a closing day after the
	 * post) after its credits; never when absent (no random draw).
	 */
	voteCard?: VoteCardFormats;
	/**
	 * How often an e-paper page keeps the digital paper's 会员登录 box before its stories; never when
	 * absent (no random draw).
	 */
	loginBox?: LoginBoxFormats;
}

const SHARED: CodeFormats = {
	fileNames: (epaper, p) =>
		epaper
			? [`content_${p.n}.txt`, `node_${p.n.slice(0, 2)}.txt`, `${p.safe}.txt`]
			: [`${p.safe}_${p.site}.txt`, `${p.safe}.txt`, `t${p.digits}_${p.n}.txt`, `art_${p.n}.txt`],
	otherDates: ['YYYY-MM-DD', 'MM-DD', '[YYYY-MM-DD]'],
	indents: ['', '', '\u3000\u3000', '  ', '\t', '\u00a0\u00a0'],
	topOrders: [
		['toolbar', 'nav', 'search'],
		['nav', 'toolbar', 'search'],
		['search', 'nav', 'toolbar'],
	],
};

const HELD_OUT: CodeFormats = {
	fileNames: (epaper, p) =>
		epaper
			? [`${p.safe} - ${p.paper}.txt`, `${p.digits}_${p.n.slice(0, 3)}.txt`, `article${p.n}.txt`]
			: [
					`${p.safe} -- ${p.site}.txt`,
					`${p.site}-${p.safe}.txt`,
					`info_${p.n}.txt`,
					`${p.n}.shtml.txt`,
					`${p.digits}-${p.n.slice(0, 5)}.txt`,
				],
	otherDates: ['YYYY.MM.DD', 'M月D日', 'YYYY年MM月DD日', '(MM/DD)'],
	indents: ['', '\u3000\u3000', '    ', '\u3000', '\u3000\u3000'],
	topOrders: [
		['toolbar', 'search', 'nav'],
		['nav', 'search', 'toolbar'],
		['search', 'toolbar', 'nav'],
	],
};

/** Split d's formats: the names a browser, an e-paper system or a phone's share sheet gives a page. */
const DRAWN: CodeFormats = {
	fileNames: (epaper, p) => {
		// Sites name files by the day they publish (t20240501_…), never by a date cut from the page.
		const day = [p.day];
		return epaper
			? [
					`${p.paper}数字报.txt`,
					`node_${p.n.slice(0, 5)}.txt`,
					...day.map((d) => `${d}_${p.n.slice(-3)}.txt`),
					`${p.paper}-电子版.txt`,
				]
			: [
					`${p.safe} - ${p.site}.txt`,
					`${p.safe}(1).txt`,
					`art_${p.n.slice(0, 4)}_${p.n}.txt`,
					...day.map((d) => `t${d}_${p.n}.txt`),
					`${p.safe.slice(0, 20)}….txt`,
				];
	},
	otherDates: ['YYYY-M-D', '[MM-DD]', '(YYYY/MM/DD)', 'YYYY年M月D日', 'YYYY.MM.DD'],
	indents: ['', '　　', '    ', '　', ' '],
	topOrders: [
		['search', 'toolbar', 'nav'],
		['nav', 'toolbar'],
		['toolbar', 'search', 'nav'],
		['nav', 'search'],
		['toolbar', 'nav', 'search'],
	],
};

/** The code-written formats of `split`. */
export function codeFormats(split: WebSplit): CodeFormats {
	if (split === 'e') return BLIND_E;
	if (split === 'f') return BLIND_F;
	if (split === 'g') return BLIND_G;
	if (split === 'h') return BLIND_H;
	if (split === 'i') return BLIND_I;
	if (split === 'j') return BLIND_J;
	if (split === 'k') return BLIND_K;
	if (split === 'l') return BLIND_L;
	if (split === 'm') return BLIND_M;
	if (split === 'n') return BLIND_N;
	if (split === 'o') return BLIND_O;
	if (split === 'p') return BLIND_P;
	if (split === 'q') return BLIND_Q;
	if (split === 'r') return BLIND_R;
	if (split === 's') return BLIND_S;
	if (split === 't') return BLIND_T;
	if (split === 'u') return BLIND_U;
	if (split === 'v') return BLIND_V;
	if (split === 'w') return BLIND_W;
	if (split === 'x') return BLIND_X;
	if (split === 'y') return BLIND_Y;
	if (split === 'z') return BLIND_Z;
	if (split === 'aa') return BLIND_AA;
	if (split === 'ab') return BLIND_AB;
	return split === 'c' ? HELD_OUT : split === 'd' ? DRAWN : SHARED;
}
