import type { CodeFormats, InfoTableParts, WechatHeadParts } from './web-pages-formats.ts';
import {
	R_ATTACHMENT_LIST,
	R_CARE_TOOLBAR,
	R_COMMENT_THREAD,
	R_EDITOR_NOTE,
	R_GALLERY,
	R_META_ROW,
	R_PAGED_BODY,
	R_POLICY_READING,
	R_SIDE_COLUMN,
	R_SOURCE_AT_END,
	R_TOPIC_PAGE,
	R_VIDEO_PLAYER,
} from './web-pages-formats-r-blocks.ts';
import {
	R_ACCOUNT_REPOST,
	R_AUDIO_PLAYER,
	R_CATALOG_LINE,
	R_COLUMN_LABEL,
	R_CRUMB_DATE,
	R_FOLLOW_RUN_IN,
	R_REVIEW_BLOCK,
	R_TAG_LINE,
} from './web-pages-formats-r-kinds.ts';
import {
	R_ALT_ECHO,
	R_DATED_PAGER,
	R_JUMP_LINE,
	R_PAGE_RATING,
	R_READING_TIME,
	R_SERVICE_BOX,
	R_TODAY_BAR,
	R_UPDATE_STAMP,
} from './web-pages-formats-r-lines.ts';
import {
	R_EFFECTIVE_LINE,
	R_ISSUE_CALENDAR,
	R_NOTICE_TICKER,
	R_READ_MORE,
} from './web-pages-formats-r-new.ts';
import {
	R_APP_SHARE,
	R_BROWSER_PRINT,
	R_MOBILE_VIEW,
	R_PLATFORM_COPY,
	R_PRINT_VIEW,
	R_RETITLE,
	R_SAVED_TWICE,
	R_SNAPSHOT,
	R_TITLE_ECHO,
} from './web-pages-formats-r-views.ts';

/** WeChat headers of split r: the author and account on one line, the time (the page's date) on the next. */
const wechatHeads = (p: WechatHeadParts): string[] => [
	`${p.original ? '原创　' : ''}${p.author}　${p.account}\n${p.time}　发表于${p.province}`,
	`${p.account}\n${p.original ? '原创 · ' : ''}${p.author}  ${p.time} ${p.province}`,
];

/** 政务公开 tables of split r: two-column rows, one field a line, or one bracketed line. */
const infoTables = (p: InfoTableParts): string[] => [
	`索引号：11140${p.n}/${p.year}-00${p.n.slice(-3)}\t主题分类：综合政务\n发布机构：${p.source}\t发文日期：${p.date}\n名　　称：${p.title}\n文　　号：无\t有 效 性：有效`,
	`信息索引号：${p.n}\n信息分类：通知公告\n公开主体：${p.source}\n生成日期：${p.date}\n公开形式：主动公开\n公开范围：面向社会`,
	`【索取号】${p.n}【发布单位】${p.source}【发布时间】${p.date}【标题】${p.title}`,
];

/**
 * Split r's formats (held out), written blind without reading a–q: its own file names, dates,
 * indents and top orders, its own wording of every earlier page kind, and four kinds of its own (a
 * 通知公告 ticker, a 施行日期 line, a 延伸阅读 box between paragraphs, an e-paper's date picker).
 */
export const BLIND_R: CodeFormats = {
	fileNames: (epaper, p) =>
		epaper
			? [
					`${p.paper}_${p.day}_${p.n.slice(0, 4)}.txt`,
					`epaper-${p.day}-${p.n.slice(-4)}.txt`,
					`${p.paper}（${p.day}）${p.safe.slice(0, 16)}.txt`,
				]
			: [
					`${p.safe}丨${p.site}.txt`,
					`${p.safe.slice(0, 30)}（${p.day}）.txt`,
					`news_${p.n}.htm.txt`,
					`${p.site}_${p.n.slice(0, 6)}.txt`,
					`网页_${p.safe}.txt`,
				],
	otherDates: ['MM月DD日', '（YYYY-MM-DD）', 'YYYY/MM/DD', '[YYYY年MM月DD日]', 'M-D'],
	indents: ['', '\u3000\u3000', '  ', '\u00a0\u00a0\u00a0\u00a0', '\t'],
	topOrders: [
		['nav', 'search'],
		['toolbar', 'nav', 'search'],
		['search', 'nav'],
		['nav', 'toolbar', 'search'],
	],
	metaBelowBody: 0.06,
	flattenTop: 0.07,
	bylineAtEnd: 0.1,
	mixedWidth: 0.05,
	wechatCopy: {
		rate: 0.5,
		heads: wechatHeads,
		times: ['YYYY年M月D日 HH:mm', 'YYYY-MM-DD HH:mm'],
		provinces: ['山西', '河南', '湖南', '甘肃', '陕西', '宁夏', '广西'],
		credits: [
			'来源：{source}\n编辑：{name}　校审：{name}',
			'本期编辑 | {name}\n审核 | {name}\n来源 | {source}',
			'信息来源：{source}（版权归原作者所有）',
		],
		repostLines: ['转自：{source}', '本文来源于{source}，转载请注明'],
	},
	hardWrap: { rate: 0.06, columns: [56, 88] },
	titleBreak: 0.08,
	infoTable: { rate: 0.08, tables: infoTables },
	mobileView: R_MOBILE_VIEW,
	printView: R_PRINT_VIEW,
	retitle: R_RETITLE,
	platformCopy: R_PLATFORM_COPY,
	attachmentList: R_ATTACHMENT_LIST,
	videoPlayer: R_VIDEO_PLAYER,
	sideColumn: R_SIDE_COLUMN,
	policyReading: R_POLICY_READING,
	appShare: R_APP_SHARE,
	snapshot: R_SNAPSHOT,
	commentThread: R_COMMENT_THREAD,
	metaRow: R_META_ROW,
	editorNote: R_EDITOR_NOTE,
	topicPage: R_TOPIC_PAGE,
	pagedBody: R_PAGED_BODY,
	browserPrint: R_BROWSER_PRINT,
	careToolbar: R_CARE_TOOLBAR,
	titleEcho: R_TITLE_ECHO,
	gallery: R_GALLERY,
	savedTwice: R_SAVED_TWICE,
	sourceAtEnd: R_SOURCE_AT_END,
	audioPlayer: R_AUDIO_PLAYER,
	reviewBlock: R_REVIEW_BLOCK,
	catalogLine: R_CATALOG_LINE,
	accountRepost: R_ACCOUNT_REPOST,
	columnLabel: R_COLUMN_LABEL,
	crumbDate: R_CRUMB_DATE,
	tagLine: R_TAG_LINE,
	followRunIn: R_FOLLOW_RUN_IN,
	altEcho: R_ALT_ECHO,
	updateStamp: R_UPDATE_STAMP,
	datedPager: R_DATED_PAGER,
	serviceBox: R_SERVICE_BOX,
	readingTime: R_READING_TIME,
	todayBar: R_TODAY_BAR,
	jumpLine: R_JUMP_LINE,
	pageRating: R_PAGE_RATING,
	noticeTicker: R_NOTICE_TICKER,
	effectiveLine: R_EFFECTIVE_LINE,
	readMore: R_READ_MORE,
	issueCalendar: R_ISSUE_CALENDAR,
};
