import type {
	AttachmentListFormats,
	PolicyReadingFormats,
	SideColumnFormats,
	VideoPlayerFormats,
} from './web-pages-blocks.ts';
import type { CareToolbarFormats } from './web-pages-care-toolbar.ts';
import type { GalleryFormats } from './web-pages-gallery.ts';
import type {
	CommentThreadFormats,
	EditorNoteFormats,
	MetaRowFormats,
} from './web-pages-saved-blocks.ts';
import type { SourceAtEndFormats } from './web-pages-source-at-end.ts';
import type { TitleEchoFormats } from './web-pages-title-echo.ts';
import type { TopicPageFormats } from './web-pages-topic-page.ts';

// Split t's blocks around a page's text, written blind.

/** Split t's attachment lists. */
export const T_ATTACHMENT_LIST: AttachmentListFormats = {
	rate: 0.08,
	heads: ['附件列表：', '本文附件（点击下载）', ''],
	files: (p) => [
		`${p.title}.pdf`,
		`${p.year}年项目明细表.xlsx`,
		'申报表（样表）.docx',
		'附件1：政策解读.wps',
	],
	items: [
		(it) => `${it.index}. ${it.file}`,
		(it) => `${it.file}（${it.kilobytes}KB）　下载次数：${it.downloads}`,
		(it) => `附件${it.index}：${it.file}`,
	],
};

/** Split t's video players. */
export const T_VIDEO_PLAYER: VideoPlayerFormats = {
	rate: 0.05,
	blocks: (p) => [
		`00:00 / ${p.duration}\n播放量 ${p.plays}`,
		`视频时长 ${p.duration}`,
		`▶ ${p.duration}\n倍速　高清　全屏`,
	],
};

/** Split t's side columns holding the date and the outlet. */
export const T_SIDE_COLUMN: SideColumnFormats = {
	rate: 0.05,
	blocks: [
		'文章信息\n发布时间：{date}\n来源：{source}\n阅读次数：{n}',
		'{source}\n{date}\n【打印正文】【关闭页面】',
	],
};

/** Split t's 政策解读 pages. */
export const T_POLICY_READING: PolicyReadingFormats = {
	rate: 0.05,
	heads: ['政策解读\n解读文件：{title}', '【图文解读】', '一图读懂'],
	feet: ['相关政策文件：{title}', '解读机构：{place}人民政府办公室　解读人：{name}'],
};

/** Split t's readers' comments. */
export const T_COMMENT_THREAD: CommentThreadFormats = {
	rate: 0.05,
	heads: [(c) => `网友留言（${c}）`, (c) => `全部评论 ${c}`, () => ''],
	items: [
		(c) => `${c.name}　${c.time}　来自${c.region}\n${c.text}\n赞 ${c.likes}`,
		(c) => `${c.name}：${c.text}（${c.time}）`,
	],
	texts: [
		'这个政策好，点赞！',
		'希望早日落实到位',
		'{place}越来越好了',
		'请问在哪里办理？',
		'家乡的变化真大',
	],
	handles: ['山里人', '{place}老乡', '一只小蜜蜂', '逐梦前行'],
	regions: ['甘肃', '西藏', '宁夏', '福建', '广东'],
	times: ['MM-DD HH:mm', 'YYYY-MM-DD HH:mm'],
	tails: ['查看更多评论', '', '评论仅代表网友观点，请遵守《互联网跟帖评论服务管理规定》'],
};

/** Split t's meta rows. */
export const T_META_ROW: MetaRowFormats = {
	rate: 0.05,
	rows: [
		'发布时间 | {date} | 来源 | {source} | 浏览 | {n}',
		'时间：{date}\t来源：{source}\t字体：大 中 小',
	],
};

/** Split t's 编者按 and 导读 boxes. */
export const T_EDITOR_NOTE: EditorNoteFormats = {
	rate: 0.04,
	notes: [
		'【编者按】为全面展示{place}高质量发展成果，本网即日起推出系列报道，敬请关注。',
		'导读：\n近日，{place}召开专题会议，部署下一阶段重点工作。',
	],
};

/** Split t's 专题 sections. */
export const T_TOPIC_PAGE: TopicPageFormats = {
	rate: 0.04,
	banners: [
		'{place}学习贯彻专题',
		'奋进新征程 建功新时代\n{place}在行动',
		'{year}年{place}两会专题',
	],
	menus: ['专题首页 | 工作动态 | 媒体报道 | 图片集锦', '首页　要闻　基层动态　经验交流'],
	crumbs: ['当前位置：专题专栏 > {place}在行动', '专题 > 工作动态'],
};

/** Split t's care toolbars and assistants. */
export const T_CARE_TOOLBAR: CareToolbarFormats = {
	rate: 0.05,
	atTop: 0.6,
	bars: ['无障碍浏览　关怀版　读屏　大字幕', '适老化模式 | 语音播报 | 放大 缩小 | 退出'],
	assistants: ['智能客服\n您好，有什么可以帮您？', '在线问答　12345热线'],
};

/** Split t's title echoes. */
export const T_TITLE_ECHO: TitleEchoFormats = {
	rate: 0.06,
	browserLines: ['{ptitle}--{column}--{site}', '{ptitle}·{place}'],
	crumbs: ['首页 > {column} > {ptitle}', '当前位置：首页>{column}>{short}'],
	columns: ['部门动态', '乡镇街道', '今日{place}', '图片新闻'],
	ellipses: ['…', '...'],
	shortAt: 16,
};

/** Split t's picture pages. */
export const T_GALLERY: GalleryFormats = {
	rate: 0.04,
	heads: ['【组图】共{count}张', '图片新闻（{count}）'],
	counters: ['{i}/{count}', '第{i}张 共{count}张'],
	controls: ['< 上一张　下一张 >', '轻触图片可放大'],
	controlRate: 0.4,
	feet: ['返回图片列表', '共{count}张图片'],
};

/** Split t's reposts that name the outlet after the text. */
export const T_SOURCE_AT_END: SourceAtEndFormats = {
	rate: 0.06,
	tops: ['{date}', '发布时间：{date}'],
	ends: ['来源：{source}', '（来源：{source}　{date}）', '信息来源：{source}'],
};
