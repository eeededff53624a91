import type { CodeFormats } from './web-pages-formats.ts';
import {
	ATTACHMENT_LIST_Q,
	CARE_TOOLBAR_Q,
	COMMENT_THREAD_Q,
	EDITOR_NOTE_Q,
	GALLERY_Q,
	INFO_TABLE_Q,
	META_ROW_Q,
	PAGED_BODY_Q,
	POLICY_READING_Q,
	SIDE_COLUMN_Q,
	TITLE_ECHO_Q,
	TOPIC_PAGE_Q,
	VIDEO_PLAYER_Q,
} from './web-pages-formats-q-blocks.ts';
import {
	ACCOUNT_REPOST_Q,
	ALT_ECHO_Q,
	AUDIO_PLAYER_Q,
	CATALOG_LINE_Q,
	COLUMN_LABEL_Q,
	CRUMB_DATE_Q,
	DATED_PAGER_Q,
	FOLLOW_RUN_IN_Q,
	REVIEW_BLOCK_Q,
	SERVICE_BOX_Q,
	SOURCE_AT_END_Q,
	TAG_LINE_Q,
	UPDATE_STAMP_Q,
} from './web-pages-formats-q-kinds.ts';
import {
	JUMP_LINE_Q,
	PAGE_RATING_Q,
	READING_TIME_Q,
	TODAY_BAR_Q,
} from './web-pages-formats-q-new.ts';
import {
	APP_SHARE_Q,
	BROWSER_PRINT_Q,
	MOBILE_VIEW_Q,
	PLATFORM_COPY_Q,
	PRINT_VIEW_Q,
	RETITLE_Q,
	SAVED_TWICE_Q,
	SNAPSHOT_Q,
	WECHAT_COPY_Q,
} from './web-pages-formats-q-views.ts';

/**
 * Split q's code-written formats, written blind (without reading splits a–p or the pipeline) from
 * how county portals, local e-papers, portal reprints and WeChat copies print a page: file names a
 * Windows browser or an e-paper system gives, every page kind the other splits have in q's own
 * wording and rates, and four kinds no split had (a reading-time line, a top bar dated the day the
 * page was opened, an e-paper's 转版 notes, a portal's page-rating widget).
 */
export const BLIND_Q: CodeFormats = {
	fileNames: (epaper, p) =>
		epaper
			? [
					`${p.paper}${p.day}第${p.n.slice(0, 1)}版.txt`,
					`nbs.D${p.n.slice(0, 6)}_${p.day}_1-0${p.n.slice(-1)}.txt`,
					`${p.safe}_电子报.txt`,
				]
			: [
					`${p.safe}【${p.site}】.txt`,
					`${p.safe}（全文）.txt`,
					`xwzx_${p.day}_${p.n.slice(-5)}.txt`,
					`【${p.site}】${p.safe.slice(0, 30)}.txt`,
					`${p.site}（${p.day.slice(0, 4)}）${p.n.slice(0, 4)}.txt`,
				],
	otherDates: ['MM月DD日', 'YYYY/M/D', '（YYYY-MM-DD）', 'M-D'],
	indents: ['', '\u3000\u3000', '\u00a0\u00a0\u00a0\u00a0', '\t\t', ''],
	topOrders: [
		['nav', 'search'],
		['toolbar', 'nav', 'search'],
		['search', 'nav'],
		['nav', 'toolbar', 'search'],
	],
	metaBelowBody: 0.05,
	flattenTop: 0.06,
	bylineAtEnd: 0.12,
	mixedWidth: 0.05,
	wechatCopy: WECHAT_COPY_Q,
	hardWrap: { rate: 0.07, columns: [52, 76] },
	titleBreak: 0.08,
	infoTable: INFO_TABLE_Q,
	mobileView: MOBILE_VIEW_Q,
	printView: PRINT_VIEW_Q,
	retitle: RETITLE_Q,
	platformCopy: PLATFORM_COPY_Q,
	attachmentList: ATTACHMENT_LIST_Q,
	videoPlayer: VIDEO_PLAYER_Q,
	sideColumn: SIDE_COLUMN_Q,
	policyReading: POLICY_READING_Q,
	appShare: APP_SHARE_Q,
	snapshot: SNAPSHOT_Q,
	commentThread: COMMENT_THREAD_Q,
	metaRow: META_ROW_Q,
	editorNote: EDITOR_NOTE_Q,
	topicPage: TOPIC_PAGE_Q,
	pagedBody: PAGED_BODY_Q,
	browserPrint: BROWSER_PRINT_Q,
	careToolbar: CARE_TOOLBAR_Q,
	titleEcho: TITLE_ECHO_Q,
	gallery: GALLERY_Q,
	savedTwice: SAVED_TWICE_Q,
	sourceAtEnd: SOURCE_AT_END_Q,
	audioPlayer: AUDIO_PLAYER_Q,
	reviewBlock: REVIEW_BLOCK_Q,
	catalogLine: CATALOG_LINE_Q,
	accountRepost: ACCOUNT_REPOST_Q,
	columnLabel: COLUMN_LABEL_Q,
	crumbDate: CRUMB_DATE_Q,
	tagLine: TAG_LINE_Q,
	followRunIn: FOLLOW_RUN_IN_Q,
	altEcho: ALT_ECHO_Q,
	updateStamp: UPDATE_STAMP_Q,
	datedPager: DATED_PAGER_Q,
	serviceBox: SERVICE_BOX_Q,
	readingTime: READING_TIME_Q,
	todayBar: TODAY_BAR_Q,
	jumpLine: JUMP_LINE_Q,
	pageRating: PAGE_RATING_Q,
};
