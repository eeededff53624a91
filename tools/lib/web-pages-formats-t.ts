import type { CodeFormats, InfoTableParts, WechatHeadParts } from './web-pages-formats.ts';
import {
	T_ATTACHMENT_LIST,
	T_CARE_TOOLBAR,
	T_COMMENT_THREAD,
	T_EDITOR_NOTE,
	T_GALLERY,
	T_META_ROW,
	T_POLICY_READING,
	T_SIDE_COLUMN,
	T_SOURCE_AT_END,
	T_TITLE_ECHO,
	T_TOPIC_PAGE,
	T_VIDEO_PLAYER,
} from './web-pages-formats-t-blocks.ts';
import {
	T_ACCOUNT_REPOST,
	T_ALT_ECHO,
	T_AUDIO_PLAYER,
	T_CATALOG_LINE,
	T_COLUMN_LABEL,
	T_CRUMB_DATE,
	T_DATED_PAGER,
	T_FOLLOW_RUN_IN,
	T_REVIEW_BLOCK,
	T_SERVICE_BOX,
	T_TAG_LINE,
	T_UPDATE_STAMP,
} from './web-pages-formats-t-kinds.ts';
import {
	T_EFFECTIVE_LINE,
	T_ISSUE_CALENDAR,
	T_JUMP_LINE,
	T_NOTICE_TICKER,
	T_PAGE_RATING,
	T_READ_MORE,
	T_READING_TIME,
	T_TODAY_BAR,
} from './web-pages-formats-t-lines.ts';
import {
	T_COLLECTION_TAG,
	T_DESK_CREDITS,
	T_EDITED_NOTICE,
	T_FOLD_LINE,
	T_ISSUE_GUIDE,
	T_LINK_DIRECTORY,
	T_SOURCE_LINK,
	T_BANNER_STRIP,
} from './web-pages-formats-t-new.ts';
import {
	T_APP_SHARE,
	T_BROWSER_PRINT,
	T_MOBILE_VIEW,
	T_PAGED_BODY,
	T_PLATFORM_COPY,
	T_PRINT_VIEW,
	T_RETITLE,
	T_SAVED_TWICE,
	T_SNAPSHOT,
} from './web-pages-formats-t-views.ts';

/** A WeChat post's header as a copy keeps it: the account, the author, the time and the province. */
function wechatHeads(p: WechatHeadParts): string[] {
	const mark = p.original ? '原创 ' : '';
	return [
		`${mark}${p.author}　${p.account}\n${p.time}　${p.province}`,
		`${p.account}\n${mark}${p.author}　${p.time}\n发表于${p.province}`,
		`${mark}${p.author} ${p.account} ${p.time} ${p.province}`,
		`${p.account}\n${p.time} ${p.province}${p.original ? '\n原创内容' : ''}`,
	];
}

/** A 政府信息公开 table above a county portal's article. */
function infoTables(p: InfoTableParts): string[] {
	return [
		`索引号：${p.n}\n发布机构：${p.source}\n发文日期：${p.date}\n名　　称：${p.title}\n主题分类：综合政务/其他`,
		`信息索引号 ${p.n}　公开方式 主动公开\n公开主体 ${p.source}　公开日期 ${p.date}\n标题 ${p.title}`,
		`文　　号：无\n发布单位：${p.source}\n生成日期：${p.date}\n有 效 性：有效\n年　　份：${p.year}`,
	];
}

/**
 * Split t's formats (held out): written blind, without reading splits a–s or the pipeline, from
 * how county portals, local e-papers, news portals' reprints and WeChat copies print a page; besides
 * its own wording of the earlier kinds it brings an opened 展开全文 fold between the first
 * paragraphs, a 原文链接 line dated in its address, an e-paper 今日导读 box and a strip of 专题
 * banners.
 */
export const BLIND_T: CodeFormats = {
	fileNames: (epaper, p) =>
		epaper
			? [
					`dzb_${p.day}_${p.n.slice(0, 4)}.txt`,
					`${p.paper}（${p.day}）.txt`,
					`page_${p.n.slice(-2)}_art${p.n.slice(0, 3)}.txt`,
				]
			: [
					`${p.safe}——${p.site}.txt`,
					`${p.safe}【${p.site}】.txt`,
					`doc_${p.n}.txt`,
					`c${p.day}_${p.n.slice(0, 6)}.txt`,
					`${p.safe}（手机版）.txt`,
					`网页快照_${p.safe}.txt`,
				],
	otherDates: ['YYYY-MM-DD HH:mm', 'M-D', '【MM-DD】', 'YYYY/M/D'],
	indents: ['', '\u3000\u3000', '\u3000\u3000', '  ', '\u2003\u2003'],
	topOrders: [
		['nav', 'search'],
		['toolbar', 'nav'],
		['search', 'nav', 'toolbar'],
		['toolbar', 'nav', 'search'],
	],
	metaBelowBody: 0.06,
	flattenTop: 0.05,
	bylineAtEnd: 0.12,
	mixedWidth: 0.05,
	wechatCopy: {
		rate: 0.35,
		heads: wechatHeads,
		times: ['YYYY-MM-DD HH:mm', 'YYYY年MM月DD日 HH:mm', 'YYYY年M月D日 HH:mm'],
		provinces: ['甘肃', '宁夏', '西藏', '福建', '青海', '内蒙古'],
		credits: [
			'来源：{source}\n责编：{name}\n审核：{name}\n终审：{name}',
			'文字：{name}\n图片：{source}\n编辑：{name}',
			'本期编辑：{name}\n{source}出品',
		],
		repostLines: ['来源：{source}', '本文转载自“{source}”', '以下文章来源于{source}'],
	},
	hardWrap: { rate: 0.08, columns: [56, 84] },
	titleBreak: 0.1,
	infoTable: { rate: 0.12, tables: infoTables },
	mobileView: T_MOBILE_VIEW,
	printView: T_PRINT_VIEW,
	retitle: T_RETITLE,
	platformCopy: T_PLATFORM_COPY,
	attachmentList: T_ATTACHMENT_LIST,
	videoPlayer: T_VIDEO_PLAYER,
	sideColumn: T_SIDE_COLUMN,
	policyReading: T_POLICY_READING,
	appShare: T_APP_SHARE,
	snapshot: T_SNAPSHOT,
	commentThread: T_COMMENT_THREAD,
	metaRow: T_META_ROW,
	editorNote: T_EDITOR_NOTE,
	topicPage: T_TOPIC_PAGE,
	pagedBody: T_PAGED_BODY,
	browserPrint: T_BROWSER_PRINT,
	careToolbar: T_CARE_TOOLBAR,
	titleEcho: T_TITLE_ECHO,
	gallery: T_GALLERY,
	savedTwice: T_SAVED_TWICE,
	sourceAtEnd: T_SOURCE_AT_END,
	audioPlayer: T_AUDIO_PLAYER,
	reviewBlock: T_REVIEW_BLOCK,
	catalogLine: T_CATALOG_LINE,
	accountRepost: T_ACCOUNT_REPOST,
	columnLabel: T_COLUMN_LABEL,
	crumbDate: T_CRUMB_DATE,
	tagLine: T_TAG_LINE,
	followRunIn: T_FOLLOW_RUN_IN,
	altEcho: T_ALT_ECHO,
	updateStamp: T_UPDATE_STAMP,
	datedPager: T_DATED_PAGER,
	serviceBox: T_SERVICE_BOX,
	readingTime: T_READING_TIME,
	todayBar: T_TODAY_BAR,
	jumpLine: T_JUMP_LINE,
	pageRating: T_PAGE_RATING,
	noticeTicker: T_NOTICE_TICKER,
	effectiveLine: T_EFFECTIVE_LINE,
	readMore: T_READ_MORE,
	issueCalendar: T_ISSUE_CALENDAR,
	editedNotice: T_EDITED_NOTICE,
	collectionTag: T_COLLECTION_TAG,
	linkDirectory: T_LINK_DIRECTORY,
	deskCredits: T_DESK_CREDITS,
	foldLine: T_FOLD_LINE,
	sourceLink: T_SOURCE_LINK,
	issueGuide: T_ISSUE_GUIDE,
	bannerStrip: T_BANNER_STRIP,
};
