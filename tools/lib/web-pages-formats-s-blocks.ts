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

/** Split s's attachment lists after a portal article. */
export const S_ATTACHMENT_LIST: AttachmentListFormats = {
	rate: 0.06,
	heads: ['附件下载：', '相关附件', ''],
	files: (p) => [
		`${p.title}.pdf`,
		`${p.year}年度实施方案.docx`,
		`申报表（${p.year}版）.xlsx`,
		`政策解读一图读懂.jpg`,
	],
	items: [
		(i) => `${i.index}. ${i.file}（${i.kilobytes}KB）`,
		(i) => `附件${i.index}：${i.file}\n大小：${i.kilobytes} KB　下载次数：${i.downloads}`,
		(i) => `📎 ${i.file}  [下载]`,
	],
};

/** Split s's video players above the text. */
export const S_VIDEO_PLAYER: VideoPlayerFormats = {
	rate: 0.05,
	blocks: (p) => [
		`00:00 / ${p.duration}\n倍速　清晰度　全屏`,
		`▶ 视频　${p.duration}　播放${p.plays}次`,
		`Video Player\n00:00\n${p.duration}\n1x`,
	],
};

/** Split s's side columns that hold a portal page's date and outlet. */
export const S_SIDE_COLUMN: SideColumnFormats = {
	rate: 0.05,
	blocks: [
		'信息索引\n发布时间：{date}\n发布单位：{source}',
		'【文章信息】\n{source}\n{date}',
		'稿源：{source}\n日期：{date}\n字号：大 中 小',
	],
};

/** Split s's 政策解读 pages. */
export const S_POLICY_READING: PolicyReadingFormats = {
	rate: 0.05,
	heads: ['【图文解读】{title}', '政策解读 | 关于《{title}》的解读', '解读文件：{title}'],
	feet: ['关联文件：{title}', '【原文链接】{title}', '解读机关：{place}人民政府办公室'],
};

/** Split s's readers' comments. */
export const S_COMMENT_THREAD: CommentThreadFormats = {
	rate: 0.05,
	heads: [(n) => `全部评论（${n}）`, (n) => `${n}条留言`, () => ''],
	items: [
		(c) => `${c.name}　${c.region}\n${c.text}\n${c.time}　赞${c.likes}`,
		(c) => `${c.name}：${c.text}（${c.time}）`,
	],
	texts: ['为{place}点赞！', '好政策，希望早日落实', '家乡越来越好了', '请问具体在哪里办理？'],
	handles: ['{place}老乡', '热心市民', '用户{n}', '山水田园'],
	regions: ['IP属地：云南', '来自宁夏', 'IP属地：青海', '来自甘肃'],
	times: ['MM-DD HH:mm', 'YYYY-MM-DD'],
	tails: ['查看更多评论 >', '已显示全部留言', ''],
};

/** Split s's meta rows. */
export const S_META_ROW: MetaRowFormats = {
	rate: 0.06,
	rows: [
		'发文单位 | {source} | 发布日期 | {date}',
		'来源\t{source}\t日期\t{date}',
		'信息来源：{source}\n公开日期：{date}',
	],
};

/** Split s's 编者按 and 导语 boxes before the text. */
export const S_EDITOR_NOTE: EditorNoteFormats = {
	rate: 0.04,
	notes: [
		'【编者按】近期，{place}各地各部门扎实推进各项工作，本网特推出系列报道，敬请关注。',
		'导读：\n聚焦一线，记录{place}发展新变化。',
	],
};

/** Split s's 专题 pages under their banners. */
export const S_TOPIC_PAGE: TopicPageFormats = {
	rate: 0.04,
	banners: ['{place}{year}年优化营商环境专栏', '学习贯彻党的二十大精神\n{place}在行动'],
	menus: ['专题首页 | 工作动态 | 经验交流 | 媒体聚焦', '最新动态　政策文件　基层实践'],
	crumbs: ['首页 > 专题专栏 > {place}营商环境', '专题：{place}在行动 > 正文'],
};

/** Split s's floating care toolbars and Q&A widgets. */
export const S_CARE_TOOLBAR: CareToolbarFormats = {
	rate: 0.06,
	atTop: 0.5,
	bars: ['无障碍浏览 | 关怀版 | 语音朗读 | 大字幕', '长者模式　放大　缩小　重置　退出'],
	assistants: ['智能客服\n您好，有什么可以帮您？', '在线咨询\n政务服务热线：12345'],
};

/** Split s's title echoes in the browser's title line and the breadcrumb. */
export const S_TITLE_ECHO: TitleEchoFormats = {
	rate: 0.05,
	browserLines: ['{ptitle}--{site}', '{column}-{ptitle}'],
	crumbs: ['首页 > {column} > {short}', '当前位置：{column} >> {ptitle}'],
	columns: ['工作动态', '部门动态', '乡镇动态', '图片新闻'],
	ellipses: ['…', '...'],
	shortAt: 18,
};

/** Split s's 图片新闻 pages. */
export const S_GALLERY: GalleryFormats = {
	rate: 0.04,
	heads: ['【组图】共{count}张', '图集 · {count}张'],
	counters: ['{i}/{count}', '（{i}）'],
	controls: ['‹ 上一张　下一张 ›', '点击查看原图'],
	controlRate: 0.3,
	feet: ['返回图片列表', '共{count}张　重新播放'],
};

/** Split s's reposts that name their outlet only after the text. */
export const S_SOURCE_AT_END: SourceAtEndFormats = {
	rate: 0.06,
	tops: ['{date}', '发布时间：{date}'],
	ends: ['稿件来源：{source}', '（来源：{source}　{date}）', '信息来源｜{source}'],
};
