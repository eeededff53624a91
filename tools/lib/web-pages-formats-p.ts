import type { CodeFormats } from './web-pages-formats.ts';
import {
	P_ALT_ECHO,
	P_DATED_PAGER,
	P_SERVICE_BOX,
	P_UPDATE_STAMP,
} from './web-pages-formats-p-kinds.ts';
import {
	P_ATTACHMENT_LIST,
	P_CARE_TOOLBAR,
	P_COMMENT_THREAD,
	P_EDITOR_NOTE,
	P_GALLERY,
	P_INFO_TABLE,
	P_META_ROW,
	P_PAGED_BODY,
	P_POLICY_READING,
	P_SIDE_COLUMN,
	P_SOURCE_AT_END,
	P_TITLE_ECHO,
	P_TOPIC_PAGE,
	P_VIDEO_PLAYER,
} from './web-pages-formats-p-blocks.ts';
import {
	P_APP_SHARE,
	P_BROWSER_PRINT,
	P_MOBILE_VIEW,
	P_PLATFORM_COPY,
	P_PRINT_VIEW,
	P_RETITLE,
	P_SAVED_TWICE,
	P_SNAPSHOT,
	P_WECHAT_COPY,
} from './web-pages-formats-p-views.ts';
import {
	P_ACCOUNT_REPOST,
	P_AUDIO_PLAYER,
	P_CATALOG_LINE,
	P_COLUMN_LABEL,
	P_CRUMB_DATE,
	P_FOLLOW_RUN_IN,
	P_REVIEW_BLOCK,
	P_TAG_LINE,
} from './web-pages-formats-p-lines.ts';

/**
 * Split p's formats (held out), written blind from how county portals, local e-papers, news portals
 * and WeChat accounts print a page, without reading splits a–o or the pipeline; with four kinds of
 * its own: a lead picture's alt text repeating the headline, a later 更新时间 line under the meta
 * line, 上一篇/下一篇 links with their dates, and a 政务服务 box of 办理时限/咨询电话.
 */
export const BLIND_P: CodeFormats = {
	fileNames: (epaper, p) =>
		epaper
			? [
					`${p.paper}〔${p.day}〕.txt`,
					`${p.paper}数字报-${p.safe.slice(0, 24)}.txt`,
					`page_${p.n.slice(0, 2)}_${p.n}.txt`,
				]
			: [
					`${p.safe}-网页.txt`,
					`c${p.n}.txt`,
					`${p.site}_${p.day}.txt`,
					`${p.safe}（打印版）.txt`,
					`xxgk_detail_${p.n.slice(0, 6)}.txt`,
					`${p.day}丨${p.safe.slice(0, 30)}.txt`,
				],
	otherDates: ['YYYY-MM-DD', 'YYYY年MM月DD日', 'MM-DD', 'YYYY/MM/DD', 'M-D'],
	indents: ['', '\u3000\u3000', '\u3000\u3000', ' \u3000', '        ', '\u00a0\u00a0\u00a0\u00a0'],
	topOrders: [
		['nav', 'toolbar'],
		['toolbar', 'nav', 'search'],
		['search', 'nav'],
		['nav', 'search', 'toolbar'],
	],
	metaBelowBody: 0.05,
	flattenTop: 0.06,
	bylineAtEnd: 0.08,
	mixedWidth: 0.04,
	wechatCopy: P_WECHAT_COPY,
	hardWrap: { rate: 0.05, columns: [56, 80] },
	titleBreak: 0.06,
	infoTable: P_INFO_TABLE,
	mobileView: P_MOBILE_VIEW,
	printView: P_PRINT_VIEW,
	retitle: P_RETITLE,
	platformCopy: P_PLATFORM_COPY,
	attachmentList: P_ATTACHMENT_LIST,
	videoPlayer: P_VIDEO_PLAYER,
	sideColumn: P_SIDE_COLUMN,
	policyReading: P_POLICY_READING,
	appShare: P_APP_SHARE,
	snapshot: P_SNAPSHOT,
	commentThread: P_COMMENT_THREAD,
	metaRow: P_META_ROW,
	editorNote: P_EDITOR_NOTE,
	topicPage: P_TOPIC_PAGE,
	pagedBody: P_PAGED_BODY,
	browserPrint: P_BROWSER_PRINT,
	careToolbar: P_CARE_TOOLBAR,
	titleEcho: P_TITLE_ECHO,
	gallery: P_GALLERY,
	savedTwice: P_SAVED_TWICE,
	sourceAtEnd: P_SOURCE_AT_END,
	audioPlayer: P_AUDIO_PLAYER,
	reviewBlock: P_REVIEW_BLOCK,
	catalogLine: P_CATALOG_LINE,
	accountRepost: P_ACCOUNT_REPOST,
	columnLabel: P_COLUMN_LABEL,
	crumbDate: P_CRUMB_DATE,
	tagLine: P_TAG_LINE,
	followRunIn: P_FOLLOW_RUN_IN,
	altEcho: P_ALT_ECHO,
	updateStamp: P_UPDATE_STAMP,
	datedPager: P_DATED_PAGER,
	serviceBox: P_SERVICE_BOX,
};
