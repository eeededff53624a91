import type { CodeFormats } from './web-pages-formats.ts';

/** Split aa's blocks: attachments, players, side columns, comments, topics, pagers, care bars. */
export const AA_BLOCKS: Partial<CodeFormats> = {
	attachmentList: {
		rate: 0.08,
		heads: ['附件清单', '【相关附件】', ''],
		files: (p) => [
			`${p.title}.pdf`,
			`${p.year}年度项目申报指南.docx`,
			`公示名单.xlsx`,
			`${p.year}年补助资金分配表.xls`,
			`政策问答.wps`,
		],
		items: [
			(i) => `${i.index}.${i.file}（${i.kilobytes}KB）`,
			(i) => `附件${i.index}：${i.file}　　下载次数：${i.downloads}`,
			(i) => `📎 ${i.file}\n${i.kilobytes} KB · 已下载${i.downloads}次`,
		],
	},
	videoPlayer: {
		rate: 0.05,
		blocks: (p) => [
			`▶ ${p.duration}\n播放量 ${p.plays}`,
			`00:00 / ${p.duration}　倍速　高清　全屏`,
			`视频缓冲中…\n时长：${p.duration}`,
		],
	},
	sideColumn: {
		rate: 0.05,
		blocks: [
			'文章信息\n发布：{date}\n来源：{source}',
			'【信息来源】{source}\n【发布时间】{date}\n【浏览】{n}',
		],
	},
	policyReading: {
		rate: 0.05,
		heads: ['【政策解读】', '解读文件：《{title}》', '政策文件 ＞ 图文解读'],
		feet: [
			'【原文链接】{title}',
			'相关政策：{title}\n一图读懂：{title}',
			'政策原文　｜　文字解读　｜　图片解读',
		],
	},
	commentThread: {
		rate: 0.05,
		heads: [(n) => `网友留言（${n}）`, (n) => `全部评论 ${n} 条`, () => ''],
		items: [
			(c) => `${c.name}　${c.region}　${c.time}\n${c.text}　赞${c.likes}`,
			(c) => `[${c.region}网友] ${c.name}：${c.text}（${c.time}）`,
		],
		texts: [
			'为家乡点赞！',
			'希望我们村也能早点修好路。',
			'实实在在的好事，支持！',
			'请问在哪里报名？',
		],
		handles: ['边城老兵', '{place}游子', '山里人家', '热心市民'],
		regions: ['云南', '广西', '黑龙江', '青海', '新疆'],
		times: ['MM-DD HH:mm', 'YYYY-MM-DD'],
		tails: ['查看更多评论 >', '', '以上留言仅代表网友本人意见'],
	},
	metaRow: {
		rate: 0.05,
		rows: [
			'| 时间 | {date} | 来源 | {source} |',
			'发布时间 {date} ┆ 来源 {source} ┆ 字号 大 中 小',
		],
	},
	editorNote: {
		rate: 0.05,
		notes: [
			'【编者按】为全面展示{place}经济社会发展成就，本网特开设专栏，敬请关注。',
			'〔导读〕\n{place}持续发力，看这些实招硬招。',
		],
	},
	topicPage: {
		rate: 0.04,
		banners: [
			'铸牢中华民族共同体意识　{place}在行动',
			'{year}年{place}两会专题',
			'兴边富民　稳边固边',
		],
		menus: ['专题首页 | 工作动态 | 典型经验 | 政策文件', '要闻速递　基层风采　图说成就'],
		crumbs: ['当前位置：专题专栏 > {place}行动', '专题 » 工作动态'],
	},
	pagedBody: {
		rate: 0.04,
		pages: [2, 3],
		pagers: [
			(page, total) => `〔第${page}页 / 共${total}页〕　上一页　下一页`,
			(page, total) =>
				`${Array.from({ length: total }, (_, i) => (i + 1 === page ? `[${i + 1}]` : String(i + 1))).join(' ')}　下一页`,
		],
	},
	careToolbar: {
		rate: 0.06,
		atTop: 0.5,
		bars: ['无障碍阅读　关怀版　语音朗读　放大镜　十字光标', '进入适老化模式 | 退出无障碍'],
		assistants: [
			'您好，我是{place}政务智能客服“小边”，请问有什么可以帮您？\n常见问题：社保查询 / 公积金 / 户籍办理',
			'智能问答 ▸ 输入您的问题',
		],
	},
	gallery: {
		rate: 0.05,
		heads: ['【组图】共{count}张', '图片新闻（{count}幅）'],
		counters: ['{i}/{count}', '（{i}）'],
		controls: ['< 上一张　下一张 >', '点击查看原图'],
		controlRate: 0.4,
		feet: ['返回图片列表', '共{count}张图片　　关闭'],
	},
	sourceAtEnd: {
		rate: 0.06,
		tops: ['{date}', '发布时间：{date}'],
		ends: ['（信息来源：{source}）', '来源：{source}　{date}', '稿源：{source}'],
	},
};
