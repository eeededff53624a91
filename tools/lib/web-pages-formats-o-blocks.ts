import type { CodeFormats } from './web-pages-formats.ts';

/** Split o's blocks around an article: tables, players, notes, comments, galleries, reviews. */
export const BLOCKS_O: Pick<
	CodeFormats,
	| 'attachmentList'
	| 'videoPlayer'
	| 'sideColumn'
	| 'policyReading'
	| 'commentThread'
	| 'metaRow'
	| 'editorNote'
	| 'topicPage'
	| 'careToolbar'
	| 'gallery'
	| 'sourceAtEnd'
	| 'audioPlayer'
	| 'reviewBlock'
	| 'catalogLine'
	| 'accountRepost'
> = {
	attachmentList: {
		rate: 0.05,
		heads: ['附件下载', '相关附件：', ''],
		files: (p) => [`${p.year}年度实施方案.docx`, `${p.title}.pdf`, `申报汇总表.xlsx`, `附件1.wps`],
		items: [
			(i) => `${i.index}. ${i.file}（${i.kilobytes}KB）`,
			(i) => `附件${i.index}：${i.file}\n下载次数：${i.downloads}`,
		],
	},
	videoPlayer: {
		rate: 0.04,
		blocks: (p) => [`00:00 / ${p.duration}`, `▶ 播放　${p.duration}　${p.plays}次播放`],
	},
	sideColumn: {
		rate: 0.04,
		blocks: [
			'文章信息\n发布：{date}\n来源：{source}',
			'发布日期 {date}\n发布机构 {source}\n浏览 {n}',
		],
	},
	policyReading: {
		rate: 0.04,
		heads: ['政策解读', '图文解读 | 关联文件：{title}'],
		feet: ['相关政策：{title}', '解读机关：{place}人民政府办公室'],
	},
	commentThread: {
		rate: 0.03,
		heads: [(n) => `全部评论（${n}）`, (n) => `网友留言 ${n} 条`, () => ''],
		items: [
			(c) => `${c.name}　${c.region}　${c.time}\n${c.text}\n赞 ${c.likes}`,
			(c) => `${c.name}：${c.text}（${c.time}）`,
		],
		texts: ['为家乡点赞！', '希望早日建成投用', '办得好，实实在在', '{place}越来越好了'],
		handles: ['{place}网友', '游客{n}', '热心市民'],
		regions: ['江西', '浙江', '安徽', '福建'],
		times: ['MM-DD HH:mm', 'YYYY-MM-DD'],
		tails: ['查看更多评论', ''],
	},
	metaRow: {
		rate: 0.04,
		rows: ['发布时间 | {date} | 来源 | {source}', '日期\t{date}\t来源\t{source}\t点击\t{n}'],
	},
	editorNote: {
		rate: 0.03,
		notes: [
			'【编者按】为全面展示各地工作成效，本网特开设专栏，敬请关注。',
			'导读：\n一图读懂近期重点工作',
		],
	},
	topicPage: {
		rate: 0.03,
		banners: ['学习贯彻专题\n{place}在行动', '{year}年{place}两会专题'],
		menus: ['专题首页 | 权威发布 | 基层动态 | 图片新闻', '要闻　动态　评论　图说'],
		crumbs: ['专题首页 > 基层动态', '当前：{place}专题 > 正文'],
	},
	careToolbar: {
		rate: 0.04,
		atTop: 0.5,
		bars: ['无障碍浏览 | 关怀版 | 语音 | 放大 | 缩小 | 重置', '长辈版\n读屏\n配色\n大鼠标'],
		assistants: ['智能客服\n您好，有什么可以帮您？', '在线咨询 | 常见问题'],
	},
	gallery: {
		rate: 0.03,
		heads: ['组图（共{count}张）', '图集 · {count}P'],
		counters: ['{i}/{count}', '第{i}张 共{count}张'],
		controls: ['上一张 | 下一张', '查看原图'],
		controlRate: 0.4,
		feet: ['返回图片列表', '更多图片新闻'],
	},
	sourceAtEnd: {
		rate: 0.04,
		tops: ['发布时间：{date}', '{date}'],
		ends: ['（来源：{source}）', '文章来源：{source}'],
	},
	audioPlayer: {
		rate: 0.04,
		voices: ['女声', '男声', '小美', '晓晓'],
		blocks: (p) => [`语音播报　${p.duration}`, `听全文（${p.voice}）\n00:00/${p.duration}`],
	},
	reviewBlock: {
		rate: 0.05,
		blocks: [
			'初审：{name}\n复审：{name}\n终审：{name}',
			'一审：{name}　二审：{name}　三审：{name}',
		],
	},
	catalogLine: {
		rate: 0.04,
		withMeta: 0.3,
		writtenDates: ['YYYY-MM-DD', 'YYYY年M月D日'],
		lines: (p) => [
			`索引号：${p.n}/${p.year}-0${p.n.slice(0, 4)}　发布机构：${p.source}　成文日期：${p.written}　公开日期：${p.date}`,
			`主题分类：综合政务 | 发文机关：${p.source} | 生成日期：${p.written} | 发布日期：${p.date}`,
		],
	},
	accountRepost: {
		rate: 0.04,
		accounts: ['{place}发布', '{city}发布', '{place}融媒'],
		heads: ['来源：微信公众号“{account}”', '本文转载自“{account}”公众号'],
		tails: ['关注“{account}”，了解更多资讯', '转自：{account}'],
	},
};
