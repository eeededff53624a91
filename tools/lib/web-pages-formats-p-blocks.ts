import type { CodeFormats } from './web-pages-formats.ts';
import type {
	AttachmentListFormats,
	PolicyReadingFormats,
	SideColumnFormats,
	VideoPlayerFormats,
} from './web-pages-blocks.ts';
import type {
	CommentThreadFormats,
	EditorNoteFormats,
	MetaRowFormats,
} from './web-pages-saved-blocks.ts';
import type { GalleryFormats } from './web-pages-gallery.ts';
import type { TopicPageFormats } from './web-pages-topic-page.ts';
import type { PagedBodyFormats } from './web-pages-paged-body.ts';
import type { CareToolbarFormats } from './web-pages-care-toolbar.ts';
import type { TitleEchoFormats } from './web-pages-title-echo.ts';
import type { SourceAtEndFormats } from './web-pages-source-at-end.ts';

/** Split p's 政务公开 tables above the headline. */
export const P_INFO_TABLE: NonNullable<CodeFormats['infoTable']> = {
	rate: 0.1,
	tables: (p) => [
		`索　引　号：${p.n}/${p.year}-0${p.n.slice(-3)}\n发布机构：${p.source}\n发布日期：${p.date}\n名　　称：${p.title}`,
		`信息索引号 | ${p.n}-${p.year}\n信息名称 | ${p.title}\n公开主体 | ${p.source}\n公开日期 | ${p.date}`,
		`主题分类：综合政务　体裁分类：其他\n发文机关：${p.source}　　公开时间：${p.date}\n公开方式：依申请公开以外的主动公开`,
	],
};

/** Split p's attachment lists. */
export const P_ATTACHMENT_LIST: AttachmentListFormats = {
	rate: 0.06,
	heads: ['附件列表：', '本文附件：', ''],
	files: (p) => [
		`${p.title}.pdf`,
		`${p.year}年项目申报表.xlsx`,
		`政策文件原文.docx`,
		`附件${p.year.slice(-1)}：实施细则.wps`,
	],
	items: [
		(i) => `${i.index}. ${i.file}（${i.kilobytes}KB）`,
		(i) => `附件${i.index}：${i.file}  下载次数：${i.downloads}`,
		(i) => `${i.file}\n文件大小：${i.kilobytes}K　已下载${i.downloads}次`,
	],
};

/** Split p's video players. */
export const P_VIDEO_PLAYER: VideoPlayerFormats = {
	rate: 0.04,
	blocks: (p) => [
		`00:00 / ${p.duration}  倍速  高清  全屏`,
		`视频时长 ${p.duration}　播放量 ${p.plays}`,
		`▶ 播放\n${p.duration}`,
	],
};

/** Split p's side columns. */
export const P_SIDE_COLUMN: SideColumnFormats = {
	rate: 0.05,
	blocks: [
		'文章信息\n发布日期：{date}\n信息来源：{source}\n浏览次数：{n}',
		'来源：{source}\n时间：{date}\n【打印本文】【关闭本页】',
	],
};

/** Split p's 政策解读 pages. */
export const P_POLICY_READING: PolicyReadingFormats = {
	rate: 0.05,
	heads: ['【政策解读】', '解读文件：{title}', '图文解读 | 一图读懂'],
	feet: [
		'相关文件：{title}',
		'原文链接：{title}\n图解链接：一图读懂{title}',
		'政策咨询电话：12345',
	],
};

/** Split p's readers' comments. */
export const P_COMMENT_THREAD: CommentThreadFormats = {
	rate: 0.04,
	heads: [(n) => `网友评论（${n}）`, (n) => `全部留言 ${n}条`, () => ''],
	items: [
		(c) => `${c.name}  ${c.time}  来自${c.region}\n${c.text}\n赞(${c.likes})`,
		(c) => `${c.name}：${c.text}（${c.time} IP属地：${c.region}）`,
	],
	texts: ['为{place}点赞！', '家门口的好消息', '希望落实到位', '支持，期待更多这样的实事'],
	handles: ['{place}网友', '热心市民{name}', '游客{n}'],
	regions: ['贵州', '宁夏', '甘肃', '黑龙江'],
	times: ['MM-DD HH:mm', 'YYYY-MM-DD HH:mm'],
	tails: ['查看更多评论', '留言经审核后公开', ''],
};

/** Split p's meta rows. */
export const P_META_ROW: MetaRowFormats = {
	rate: 0.06,
	rows: [
		'信息来源　　发布日期　　浏览次数\n{source}　　{date}　　{n}',
		'| 来源 | {source} | 日期 | {date} |',
		'发布单位：{source} ｜ 发布日期：{date} ｜ 访问：{n}',
	],
};

/** Split p's 编者按 and 导语 boxes. */
export const P_EDITOR_NOTE: EditorNoteFormats = {
	rate: 0.04,
	notes: [
		'【编者按】近期，本网推出“一线见闻”专栏，展示全{place}各地各部门的好做法好经验。',
		'导读：一起来看{place}的最新动态↓',
		'■ 编者按\n为营造良好舆论氛围，本网即日起开设专栏，敬请关注。',
	],
};

/** Split p's 图片新闻 pages. */
export const P_GALLERY: GalleryFormats = {
	rate: 0.05,
	heads: ['组图（共{count}张）', '【图片新闻】{count}图'],
	counters: ['{i}/{count}', '（{i}）'],
	controls: ['上一张　下一张', '点击图片查看原尺寸'],
	controlRate: 0.3,
	feet: ['返回图片列表', '共{count}张　浏览全部'],
};

/** Split p's 专题 pages. */
export const P_TOPIC_PAGE: TopicPageFormats = {
	rate: 0.05,
	banners: [
		'学习贯彻党的二十届三中全会精神',
		'{place}优化营商环境专栏\n{year}',
		'巩固拓展脱贫攻坚成果同乡村振兴有效衔接',
	],
	menus: ['专题首页  工作动态  经验交流  媒体聚焦', '要闻 | 部署 | 基层 | 图说'],
	crumbs: ['当前位置：专题专栏 > {place}营商环境 > 工作动态'],
};

/** Split p's articles split over pages. */
export const P_PAGED_BODY: PagedBodyFormats = {
	rate: 0.04,
	pages: [2, 3],
	pagers: [
		(page, total) => `第${page}页 / 共${total}页　${page < total ? '下一页' : '首页'}`,
		(page, total) =>
			Array.from({ length: total }, (_, i) => (i + 1 === page ? `[${i + 1}]` : String(i + 1))).join(
				' ',
			),
	],
};

/** Split p's care toolbars and 智能问答 widgets. */
export const P_CARE_TOOLBAR: CareToolbarFormats = {
	rate: 0.06,
	atTop: 0.5,
	bars: ['无障碍浏览  长者模式  语音朗读  放大  缩小  重置', '关怀版 | 读屏 | 大字幕 | 退出服务'],
	assistants: [
		'您好，我是{place}政务智能客服，请问有什么可以帮您？\n热门问题：社保查询  公积金提取',
		'智能问答\n常见问题\n在线咨询',
	],
};

/** Split p's title echoes. */
export const P_TITLE_ECHO: TitleEchoFormats = {
	rate: 0.06,
	browserLines: ['{ptitle}_{column}_{site}', '{ptitle} - {site}'],
	crumbs: ['首页 > {column} > {ptitle}', '您的位置：{column} > {short}'],
	columns: ['工作动态', '部门动态', '乡镇动态', '通知公告'],
	ellipses: ['…', '...'],
	shortAt: 16,
};

/** Split p's reposts that name their outlet after the text. */
export const P_SOURCE_AT_END: SourceAtEndFormats = {
	rate: 0.05,
	tops: ['发布时间：{date}', '{date}　字号：大 中 小'],
	ends: ['（来源：{source}）', '文章转自：{source}', '稿源：{source}　{date}'],
};
