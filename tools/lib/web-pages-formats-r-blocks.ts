import type { CareToolbarFormats } from './web-pages-care-toolbar.ts';
import type { GalleryFormats } from './web-pages-gallery.ts';
import type { PagedBodyFormats } from './web-pages-paged-body.ts';
import type { SourceAtEndFormats } from './web-pages-source-at-end.ts';
import type { TopicPageFormats } from './web-pages-topic-page.ts';
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

/** Split r's attachment lists. */
export const R_ATTACHMENT_LIST: AttachmentListFormats = {
	rate: 0.06,
	heads: ['附件：', '相关附件下载', ''],
	files: (p) => [
		`${p.year}年工作安排表.xlsx`,
		`${p.title.slice(0, 20)}.pdf`,
		`申报表（${p.year}年版）.docx`,
		'政策问答.pdf',
	],
	items: [
		(it) => `${it.index}. ${it.file}（${it.kilobytes}KB）`,
		(it) => `附件${it.index}：${it.file}\n下载次数：${it.downloads}`,
	],
};

/** Split r's video players above the text. */
export const R_VIDEO_PLAYER: VideoPlayerFormats = {
	rate: 0.04,
	blocks: (p) => [
		`视频加载中，请稍候…\n${p.duration}`,
		`▶ 00:00 / ${p.duration}  播放量：${p.plays}`,
		`（视频时长${p.duration}）`,
	],
};

/** Split r's side columns holding the date and the outlet. */
export const R_SIDE_COLUMN: SideColumnFormats = {
	rate: 0.05,
	blocks: [
		'文章信息\n发布时间：{date}\n来源单位：{source}',
		'【信息属性】\n来源：{source}\n日期：{date}\n浏览：{n}',
	],
};

/** Split r's 政策解读 pages. */
export const R_POLICY_READING: PolicyReadingFormats = {
	rate: 0.04,
	heads: ['政策解读 · 图文解读', '【部门解读】{title}'],
	feet: ['相关文件：{title}', '解读机构：{place}司法局　解读人：{name}'],
};

/** Split r's readers' comments. */
export const R_COMMENT_THREAD: CommentThreadFormats = {
	rate: 0.04,
	heads: [(n) => `网友留言（${n}条）`, (n) => `全部评论 ${n}`, () => ''],
	items: [
		(c) => `${c.name}  ${c.time}\n${c.text}\n来自${c.region}  赞${c.likes}`,
		(c) => `${c.name}：${c.text}（${c.time} IP属地：${c.region}）`,
	],
	texts: [
		'为家乡点赞！',
		'这个政策好，希望尽快落实到位。',
		'请问具体在哪里办理？',
		'{place}越来越好了',
	],
	handles: ['{place}老乡', '路过的网友', '用户{n}'],
	regions: ['山西', '河南', '陕西', '北京', '广东'],
	times: ['YYYY-MM-DD HH:mm', 'M月D日 HH:mm'],
	tails: ['查看更多评论', ''],
};

/** Split r's meta rows. */
export const R_META_ROW: MetaRowFormats = {
	rate: 0.05,
	rows: ['发布时间\t来源\n{date}\t{source}', '| 日期：{date} | 来源：{source} | 浏览次数：{n} |'],
};

/** Split r's 编者按 boxes. */
export const R_EDITOR_NOTE: EditorNoteFormats = {
	rate: 0.04,
	notes: [
		'【编者按】为全面展示{place}各地各部门的工作成效，本网即日起开设专栏，敬请关注。',
		'编者按：\n基层是政策落地的“最后一公里”。本期，我们走进{place}，看看那里的新变化。',
	],
};

/** Split r's 专题 sections. */
export const R_TOPIC_PAGE: TopicPageFormats = {
	rate: 0.04,
	banners: ['{place}优化营商环境专题\n{year}', '学习宣传贯彻专栏 | {place}在行动'],
	menus: ['专题首页 | 工作动态 | 政策文件 | 典型案例', '动态 · 政策 · 解读 · 互动'],
	crumbs: ['专题首页 > 工作动态', '当前位置：专题 › {place}动态'],
};

/** Split r's articles split over pages. */
export const R_PAGED_BODY: PagedBodyFormats = {
	rate: 0.04,
	pages: [2, 3],
	pagers: [
		(page, total) => `第${page}页 共${total}页  上一页 下一页`,
		(page, total) =>
			`${Array.from({ length: total }, (_, i) => (i + 1 === page ? `[${i + 1}]` : String(i + 1))).join(' ')}  下一页`,
	],
};

/** Split r's 无障碍 toolbars and assistants. */
export const R_CARE_TOOLBAR: CareToolbarFormats = {
	rate: 0.05,
	atTop: 0.5,
	bars: ['无障碍浏览 | 长者模式 | 语音朗读 | 放大 缩小', '辅助浏览\n大字幕  十字光标  重置'],
	assistants: ['智能客服\n您好，请问有什么可以帮您？', '政务服务助手 在线为您解答'],
};

/** Split r's picture pages. */
export const R_GALLERY: GalleryFormats = {
	rate: 0.04,
	heads: ['【组图】共{count}张', '图集（{count}张）'],
	counters: ['{i}/{count}', '第{i}张 / 共{count}张'],
	controls: ['上一张  下一张', '点击查看大图'],
	controlRate: 0.4,
	feet: ['返回图片列表', '查看全部{count}张图片'],
};

/** Split r's reposts that name the outlet after the text. */
export const R_SOURCE_AT_END: SourceAtEndFormats = {
	rate: 0.05,
	tops: ['{date}', '时间：{date}'],
	ends: ['（来源：{source}）', '信息来源：{source}　{date}'],
};
