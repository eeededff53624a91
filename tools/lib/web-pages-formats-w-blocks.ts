import type { CodeFormats } from './web-pages-formats.ts';

type Blocks = Pick<
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
	| 'titleEcho'
	| 'gallery'
	| 'savedTwice'
	| 'sourceAtEnd'
>;

const COLUMNS = ['县内要闻', '局办动态', '乡镇传真', '公示公告', '图说本地', '政策文件'];

/** Split w's blocks around and inside a page's text (attachments, players, comments, boxes …), written blind. */
export const W_BLOCKS: Blocks = {
	attachmentList: {
		rate: 0.1,
		heads: ['本页附件', '附件清单', ''],
		files: (p) => [
			`${p.title}（正式稿）.pdf`,
			`附件1：${p.year}年度项目申报表.xls`,
			'申报回执（样表）.docx',
			`${p.year}年资金分配明细表.xlsx`,
			'常见问题解答.wps',
		],
		items: [
			(i) => `${i.index}. ${i.file}`,
			(i) => `附件${i.index}. ${i.file}　[${i.kilobytes}KB]`,
			(i) => `📎 ${i.file}\n下载次数：${i.downloads}`,
		],
	},
	videoPlayer: {
		rate: 0.06,
		blocks: (p) => [
			`▶ ${p.duration}`,
			`视频时长 ${p.duration}　播放 ${p.plays}次`,
			`00:00/${p.duration}\n倍速 高清`,
		],
	},
	sideColumn: {
		rate: 0.05,
		blocks: [
			'文章信息\n发布时间：{date}\n来源：{source}',
			'【{source}】\n{date}',
			'信息来源｜{source}\n发布日期｜{date}',
		],
	},
	policyReading: {
		rate: 0.05,
		heads: [
			'政策解读　文字解读',
			'【图解】一图读懂《{title}》',
			'解读单位：{place}人民政府办公室　解读人：{name}',
		],
		feet: ['政策原文：{title}', '相关政策：{title}\n解读人：{name}'],
	},
	commentThread: {
		rate: 0.06,
		heads: [(n) => `留言区（${n}条）`, (n) => `留言板（已有${n}条）`, () => ''],
		items: [
			(c) => `${c.name}　${c.time}\n${c.text}`,
			(c) => `${c.name}（${c.region}）：${c.text}　${c.likes}赞`,
			(c) => `${c.text}\n—— ${c.name} 来自${c.region} ${c.time}`,
		],
		texts: [
			'给家乡的干部点赞',
			'这个政策好，希望早点落实到我们村。',
			'请问在哪里报名？',
			'支持，办实事！',
			'希望{place}越办越好',
		],
		handles: ['{place}在外游子', '山里的阿哥', '晨风', '小{city}人'],
		regions: ['黑龙江', '青海', '贵州', '湖南', '新疆', '广西'],
		times: ['YYYY-MM-DD HH:mm', 'M月D日'],
		tails: ['展开全部留言', ''],
	},
	metaRow: {
		rate: 0.06,
		rows: ['来源　{source}　　日期　{date}', '{source} | {date} | 【打印】【关闭】'],
	},
	editorNote: {
		rate: 0.05,
		notes: [
			'【编者按】为全面展示全县各条战线的新成绩，本网即日起开设专栏，敬请关注。',
			'编者的话：基层一线，是最好的课堂。本期，我们走进{place}，听听他们的故事。',
			'【导读】\n多部门联合发力，一批民生实事落地见效。',
		],
	},
	topicPage: {
		rate: 0.04,
		banners: [
			'奋进新征程　{place}再出发',
			'聚焦{year}年{place}两会',
			'优化营商环境　{place}在行动',
		],
		menus: ['专题首页　工作动态　媒体聚焦　图片展示', '最新动态 | 政策文件 | 典型经验'],
		crumbs: ['首页 > 专题专栏 > {place}在行动', '专题 / 工作动态'],
	},
	careToolbar: {
		rate: 0.07,
		atTop: 0.6,
		bars: [
			'关怀模式　无障碍　读屏专用　退出服务',
			'放大 缩小 | 配色 | 大鼠标 | 十字线 | 语音 | 重置',
		],
		assistants: ['政务小助手\n您好，请问有什么可以帮您？', '智能客服　在线咨询'],
	},
	titleEcho: {
		rate: 0.08,
		browserLines: ['{ptitle}——{column}——{site}', '{ptitle} _ {site}'],
		crumbs: ['首页 >> {column} >> {short}', '当前位置：首页 › {column} › {ptitle}'],
		columns: COLUMNS,
		ellipses: ['...', '…'],
		shortAt: 16,
	},
	gallery: {
		rate: 0.05,
		heads: ['组图｜共{count}幅', '图片新闻｜{place}'],
		counters: ['第{i}/{count}幅', '图{i}（共{count}）'],
		controls: ['‹ 前一张　后一张 ›', '查看大图'],
		controlRate: 0.4,
		feet: ['« 返回本组图集', '共{count}张图片　自动播放'],
	},
	savedTwice: {
		rate: 0.03,
		mobile: 0.5,
		heads: ['{site}\n＜ 返回', '{place}政府网（手机版）'],
		metas: ['{date}　·　{source}', '{source}　发布于{date}'],
		feet: ['电脑版　触屏版', '©{year} {site} 触屏版'],
	},
	sourceAtEnd: {
		rate: 0.06,
		tops: ['{date}', '〔{date}〕'],
		ends: ['〔来源：{source}网〕', '——信息来源：{source}（{date}）', '（本稿来源：{source}）'],
	},
};
