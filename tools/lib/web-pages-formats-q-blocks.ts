import type {
	AttachmentListFormats,
	PolicyReadingFormats,
	SideColumnFormats,
	VideoPlayerFormats,
} from './web-pages-blocks.ts';
import type { CareToolbarFormats } from './web-pages-care-toolbar.ts';
import type { InfoTableParts } from './web-pages-formats.ts';
import type { GalleryFormats } from './web-pages-gallery.ts';
import type { PagedBodyFormats } from './web-pages-paged-body.ts';
import type {
	CommentThreadFormats,
	EditorNoteFormats,
	MetaRowFormats,
} from './web-pages-saved-blocks.ts';
import type { TitleEchoFormats } from './web-pages-title-echo.ts';
import type { TopicPageFormats } from './web-pages-topic-page.ts';

/** Split q's 政务公开 tables above a portal article. */
export const INFO_TABLE_Q = {
	rate: 0.09,
	tables: (p: InfoTableParts) => [
		`索 引 号：001008003${p.n.slice(0, 3)}/${p.year}-${p.n.slice(-5)}\n公开属性：主动公开\n发文单位：${p.source}\n生成日期：${p.date}\n标　　题：${p.title}`,
		`信息索取号：K${p.n}　　公开形式：网站\n信息来源单位：${p.source}　　形成日期：${p.date}`,
		`主题分类：综合政务/其他\n发 布 者：${p.source}\n发布时间：${p.date}\n文　　号：无`,
	],
};

/** Split q's attachment lists. */
export const ATTACHMENT_LIST_Q: AttachmentListFormats = {
	rate: 0.08,
	heads: ['相关附件下载：', '附件列表', ''],
	files: (p) => [
		`${p.year}年工作要点.docx`,
		`附表：项目清单（${p.year}）.xlsx`,
		`图解：${p.title.slice(0, 12)}.jpg`,
		`扫描件.pdf`,
	],
	items: [
		(i) => `附件${i.index}：${i.file}（${i.kilobytes}KB）`,
		(i) => `${i.index}. ${i.file}　下载次数：${i.downloads}`,
		(i) => `📎 ${i.file}\n大小：${(i.kilobytes / 1024).toFixed(2)}M`,
	],
};

/** Split q's video players above a text. */
export const VIDEO_PLAYER_Q: VideoPlayerFormats = {
	rate: 0.06,
	blocks: (p) => [
		`▶ 00:00 / ${p.duration}\n倍速　清晰度　全屏`,
		`视频正在缓冲…\n时长 ${p.duration}　播放 ${p.plays}`,
		`当前浏览器不支持HTML5视频播放，请升级浏览器\n${p.duration}`,
	],
};

/** Split q's side columns that hold the date and the outlet. */
export const SIDE_COLUMN_Q: SideColumnFormats = {
	rate: 0.05,
	blocks: [
		'文章信息\n发布日期：{date}\n信息来源：{source}',
		'■ 来源单位 {source}\n■ 发布 {date}\n■ 浏览 {n}',
		'{source}\n{date}\n【字体：特大 大 中 小】',
	],
};

/** Split q's 政策解读 pages. */
export const POLICY_READING_Q: PolicyReadingFormats = {
	rate: 0.05,
	heads: ['政策解读 | 一图读懂', '解读文件：《{title}》', '部门解读\n关联文件：{title}'],
	feet: [
		'相关文件：{title}',
		'解读机关：{place}人民政府办公室　解读人：{name}　联系电话：0579-89{nn}3{nn}9',
		'【原文链接】{title}',
	],
};

/** Split q's readers' comments. */
export const COMMENT_THREAD_Q: CommentThreadFormats = {
	rate: 0.06,
	heads: [(n) => `网友评论（${n}条）`, (n) => `全部留言 ${n}`, () => ''],
	items: [
		(c) => `${c.name}　${c.region}　${c.time}\n${c.text}\n赞(${c.likes})`,
		(c) => `${c.name}：${c.text}（${c.time}，来自${c.region}）`,
		(c) => `${c.name}\n${c.text}\n${c.time} · IP属地：${c.region}　${c.likes}人点赞`,
	],
	texts: [
		'支持家乡发展！',
		'希望早日落地，给老百姓带来实惠',
		'{place}越来越好了👍',
		'点赞，实实在在的好事',
	],
	handles: ['山里的风', '老{city}人', '用户{n}', '一叶知秋'],
	regions: ['浙江', '江苏', '上海', '四川', '江西'],
	times: ['YYYY-MM-DD HH:mm', 'M月D日 HH:mm'],
	tails: ['查看更多评论 >', '请文明上网、理性发言，评论经审核后显示', ''],
};

/** Split q's meta rows. */
export const META_ROW_Q: MetaRowFormats = {
	rate: 0.06,
	rows: [
		'日期：{date}　｜　来源单位：{source}　｜　阅读数：{n}',
		'来源 {source}\t时间 {date}\t作者 {name}',
		'【发布时间】{date}【信息来源】{source}',
	],
};

/** Split q's 编者按/导读 boxes. */
export const EDITOR_NOTE_Q: EditorNoteFormats = {
	rate: 0.05,
	notes: [
		'【导读】基层一线的实践，是观察{place}高质量发展的一扇窗口。',
		'编者按：\n为全面展示{place}各地各部门的新举措新成效，本网即日起推出系列报道，敬请关注。',
		'【核心提示】\n一组数据，带你了解最新进展。',
	],
};

/** Split q's 专题 pages. */
export const TOPIC_PAGE_Q: TopicPageFormats = {
	rate: 0.05,
	banners: [
		'奋进新征程 建功新时代\n——{place}专题报道',
		'{year}{place}两会专题',
		'学习贯彻党的二十大精神 专题',
	],
	menus: ['专题首页 | 权威发布 | 各地动态 | 图片集锦', '首页　工作动态　媒体聚焦　视频'],
	crumbs: ['专题首页 >> 各地动态', '当前位置：专题 > {place}动态'],
};

/** Split q's articles split over pages. */
export const PAGED_BODY_Q: PagedBodyFormats = {
	rate: 0.05,
	pages: [2, 3],
	pagers: [
		(page, total) => `« 上一页　${page}/${total}　下一页 »`,
		(page, total) =>
			Array.from({ length: total }, (_, i) => (i + 1 === page ? `[${i + 1}]` : `${i + 1}`)).join(
				' ',
			) + ' 下一页',
		(page, total) => `第${page}页 共${total}页 | 阅读全文`,
	],
};

/** Split q's 适老化/无障碍 toolbars and their 智能客服 widgets. */
export const CARE_TOOLBAR_Q: CareToolbarFormats = {
	rate: 0.07,
	atTop: 0.5,
	bars: [
		'长辈版　无障碍浏览　语音播报',
		'关怀版 | 读屏专用 | 放大镜 | 十字光标',
		'适老化模式　退出',
	],
	assistants: ['智能客服\n您好，请问有什么可以帮您？', '在线咨询 ▲', '小{place}为您服务'],
};

/** Split q's title echoes: the browser's tab text and a breadcrumb that end in the headline. */
export const TITLE_ECHO_Q: TitleEchoFormats = {
	rate: 0.08,
	browserLines: ['{ptitle}_{column}_{site}', '{site}—{ptitle}', '{ptitle} - {place}新闻网'],
	crumbs: ['您现在的位置：首页 ＞ {column} ＞ {short}', '首页 / {column} / {ptitle}'],
	columns: ['乡镇动态', '部门信息', '今日要闻', '基层快报'],
	ellipses: ['…', '...'],
	shortAt: 16,
};

/** Split q's 图片新闻 pages. */
export const GALLERY_Q: GalleryFormats = {
	rate: 0.05,
	heads: ['图集 · 共{count}张', '【组图】（{count}图）'],
	counters: ['{i} / {count}', '图{i}（共{count}张）'],
	controls: ['◀ 上一张　下一张 ▶', '点击图片可查看高清大图'],
	controlRate: 0.4,
	feet: ['返回图片频道', '共{count}张　自动播放'],
};
