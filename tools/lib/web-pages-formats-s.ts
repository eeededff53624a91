import type { CodeFormats, InfoTableParts, WechatHeadParts } from './web-pages-formats.ts';
import {
	S_ATTACHMENT_LIST,
	S_CARE_TOOLBAR,
	S_COMMENT_THREAD,
	S_EDITOR_NOTE,
	S_GALLERY,
	S_META_ROW,
	S_POLICY_READING,
	S_SIDE_COLUMN,
	S_SOURCE_AT_END,
	S_TITLE_ECHO,
	S_TOPIC_PAGE,
	S_VIDEO_PLAYER,
} from './web-pages-formats-s-blocks.ts';
import {
	S_ACCOUNT_REPOST,
	S_ALT_ECHO,
	S_AUDIO_PLAYER,
	S_CATALOG_LINE,
	S_COLUMN_LABEL,
	S_CRUMB_DATE,
	S_DATED_PAGER,
	S_FOLLOW_RUN_IN,
	S_REVIEW_BLOCK,
	S_SERVICE_BOX,
	S_TAG_LINE,
	S_UPDATE_STAMP,
} from './web-pages-formats-s-kinds.ts';
import {
	S_EFFECTIVE_LINE,
	S_ISSUE_CALENDAR,
	S_JUMP_LINE,
	S_NOTICE_TICKER,
	S_PAGE_RATING,
	S_READ_MORE,
	S_READING_TIME,
	S_TODAY_BAR,
} from './web-pages-formats-s-lines.ts';
import {
	S_COLLECTION_TAG,
	S_DESK_CREDITS,
	S_EDITED_NOTICE,
	S_LINK_DIRECTORY,
} from './web-pages-formats-s-new.ts';
import {
	S_APP_SHARE,
	S_BROWSER_PRINT,
	S_MOBILE_VIEW,
	S_PAGED_BODY,
	S_PLATFORM_COPY,
	S_PRINT_VIEW,
	S_RETITLE,
	S_SAVED_TWICE,
	S_SNAPSHOT,
} from './web-pages-formats-s-views.ts';

/** A WeChat copy's header as the app's share page and a desktop copy print it. */
const wechatHeads = (p: WechatHeadParts): string[] => [
	`${p.original ? '原创 ' : ''}${p.author} ${p.account}\n${p.time} ${p.province}`,
	`${p.account}\n${p.time}　发表于${p.province}`,
	`${p.original ? '[原创] ' : ''}作者：${p.author}　${p.account}　${p.time}`,
];

/** 政务公开 tables of split s: the catalogue's fields on lines of their own or in one row. */
const infoTables = (p: InfoTableParts): string[] => [
	`索 引 号：${p.n}/${p.year}-00${p.n.slice(-3)}\n发文机关：${p.source}\n发布日期：${p.date}\n标　　题：${p.title}`,
	`信息索引号\t${p.n}\n公开方式\t主动公开\n发布机构\t${p.source}\n公开日期\t${p.date}`,
	`主题分类：综合政务 | 发布单位：${p.source} | 公开时限：常年公开 | 发布时间：${p.date}`,
];

/**
 * Split s's formats, written blind (without reading splits a–r or the pipeline): a county CMS's
 * file names, the other dates and indents of its lists, and each optional page kind with its rate,
 * with four kinds of its own (a WeChat post's 已修改 notice and 合集 tags, a portal's block of links
 * to other sites above its footer, an e-paper page's desk line).
 */
export const BLIND_S: CodeFormats = {
	fileNames: (epaper, p) =>
		epaper
			? [
					`${p.paper}_${p.day}_0${p.n.slice(0, 1)}版.txt`,
					`nbs.D_${p.day}_${p.n.slice(-1)}-0${p.n.slice(-2, -1)}.txt`,
					`${p.safe}_数字报.txt`,
				]
			: [
					`${p.safe}_${p.site}_${p.day}.txt`,
					`art_${p.day}_${p.n.slice(0, 6)}.txt`,
					`${p.safe}（${p.site}）.txt`,
					`doc_${p.n}_${p.day.slice(2)}.txt`,
					`${p.safe.slice(0, 24)}-微信公众号.txt`,
				],
	otherDates: ['YYYY-MM-DD', '[MM/DD]', 'M/D', 'YYYY年M月D日'],
	indents: ['', '\u3000\u3000', '    ', '\u3000\u3000', ' '],
	topOrders: [
		['nav', 'toolbar', 'search'],
		['toolbar', 'nav'],
		['search', 'nav'],
		['nav', 'search', 'toolbar'],
	],
	metaBelowBody: 0.04,
	flattenTop: 0.05,
	bylineAtEnd: 0.08,
	mixedWidth: 0.05,
	wechatCopy: {
		rate: 0.25,
		heads: wechatHeads,
		times: ['YYYY-MM-DD HH:mm', 'YYYY年MM月DD日 HH:mm'],
		provinces: ['云南', '宁夏', '青海', '甘肃', '山东'],
		credits: ['来源：{source}\n编辑：{name}\n审核：{name}', '素材｜{source}\n编辑｜{name}'],
		repostLines: ['转自：{source}', '本文来源于“{source}”'],
	},
	hardWrap: { rate: 0.06, columns: [60, 90] },
	titleBreak: 0.06,
	infoTable: { rate: 0.06, tables: infoTables },
	mobileView: S_MOBILE_VIEW,
	printView: S_PRINT_VIEW,
	retitle: S_RETITLE,
	platformCopy: S_PLATFORM_COPY,
	attachmentList: S_ATTACHMENT_LIST,
	videoPlayer: S_VIDEO_PLAYER,
	sideColumn: S_SIDE_COLUMN,
	policyReading: S_POLICY_READING,
	appShare: S_APP_SHARE,
	snapshot: S_SNAPSHOT,
	commentThread: S_COMMENT_THREAD,
	metaRow: S_META_ROW,
	editorNote: S_EDITOR_NOTE,
	topicPage: S_TOPIC_PAGE,
	pagedBody: S_PAGED_BODY,
	browserPrint: S_BROWSER_PRINT,
	careToolbar: S_CARE_TOOLBAR,
	titleEcho: S_TITLE_ECHO,
	gallery: S_GALLERY,
	savedTwice: S_SAVED_TWICE,
	sourceAtEnd: S_SOURCE_AT_END,
	audioPlayer: S_AUDIO_PLAYER,
	reviewBlock: S_REVIEW_BLOCK,
	catalogLine: S_CATALOG_LINE,
	accountRepost: S_ACCOUNT_REPOST,
	columnLabel: S_COLUMN_LABEL,
	crumbDate: S_CRUMB_DATE,
	tagLine: S_TAG_LINE,
	followRunIn: S_FOLLOW_RUN_IN,
	altEcho: S_ALT_ECHO,
	updateStamp: S_UPDATE_STAMP,
	datedPager: S_DATED_PAGER,
	serviceBox: S_SERVICE_BOX,
	readingTime: S_READING_TIME,
	todayBar: S_TODAY_BAR,
	jumpLine: S_JUMP_LINE,
	pageRating: S_PAGE_RATING,
	noticeTicker: S_NOTICE_TICKER,
	effectiveLine: S_EFFECTIVE_LINE,
	readMore: S_READ_MORE,
	issueCalendar: S_ISSUE_CALENDAR,
	editedNotice: S_EDITED_NOTICE,
	collectionTag: S_COLLECTION_TAG,
	linkDirectory: S_LINK_DIRECTORY,
	deskCredits: S_DESK_CREDITS,
};
