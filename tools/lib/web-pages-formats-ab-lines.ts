import type { CodeFormats } from './web-pages-formats.ts';

/** Split ab's wording of the small lines and widgets round an article: players, review credits, catalog and tag lines, stamps, pagers, boxes, bars, jump notes, ratings. */
export const AB_LINES: Pick<
	CodeFormats,
	| 'audioPlayer'
	| 'reviewBlock'
	| 'catalogLine'
	| 'accountRepost'
	| 'columnLabel'
	| 'crumbDate'
	| 'tagLine'
	| 'followRunIn'
	| 'altEcho'
	| 'updateStamp'
	| 'datedPager'
	| 'serviceBox'
	| 'readingTime'
	| 'todayBar'
	| 'jumpLine'
	| 'pageRating'
> = {
	audioPlayer: {
		rate: 0.06,
		voices: ['甜美女声（AI）', '磁性男声（AI）', '新闻播音腔'],
		blocks: (p) => [
			`🎧 语音播报（${p.voice}）  ${p.duration}`,
			`听新闻 ▷ 00:00/${p.duration}\n音色：${p.voice}`,
		],
	},
	reviewBlock: {
		rate: 0.07,
		blocks: ['稿件一审 {name} ／ 二审 {name} ／ 三审 {name}', '文字校对：{name}\n责任审核：{name}'],
	},
	catalogLine: {
		rate: 0.07,
		withMeta: 0.4,
		writtenDates: ['YYYY年M月D日', 'YYYY.MM.DD'],
		lines: (p) => [
			`目录编号：${p.year}-${p.n}  发文机构：${p.source}  成文：${p.written}  公开：${p.date}`,
			`[${p.n}] ${p.source} | 印发日期 ${p.written} | 发布日期 ${p.date}`,
		],
	},
	accountRepost: {
		rate: 0.06,
		accounts: ['{place}微发布', '{city}市场监管', '{place}文明实践'],
		heads: ['本文转自“{account}”微信号', '来源微信号：{account}'],
		tails: ['（转载自“{account}”微信公众号，原文有删节）', '微信扫码关注“{account}”'],
	},
	columnLabel: {
		rate: 0.07,
		columns: ['镇街简讯', '政务速递', '民生连线', '招商动态'],
		labels: ['当前栏目 » {column}', '【{column}】\n———————'],
		sizers: ['阅读字号：特大 大 标准', '【字体：加大 默认 缩小】', ''],
	},
	crumbDate: {
		rate: 0.06,
		crumbs: [
			'位置：首页 >> 信息发布 >> {source}  {date}',
			'首页 / 本地资讯\n{date}  稿源 {source}',
		],
	},
	tagLine: {
		rate: 0.07,
		tags: ['振兴乡村', '为民办实事', '网格管理', '产业发展', '志愿服务', '安全生产宣传'],
		glues: [' ', '、', ' ＃ '],
		blocks: ['关键字 - {tags}', '标签 ▸ {tags}'],
	},
	followRunIn: {
		rate: 0.05,
		glues: ['', ' '],
		prompts: ['长按二维码关注我们', '→点击关注{site}，获取更多本地资讯\n欢迎转发扩散'],
	},
	altEcho: {
		rate: 0.05,
		lines: ['配图：{ptitle}', '[组图]{ptitle}'],
	},
	updateStamp: {
		rate: 0.06,
		days: [1, 30],
		dates: ['YYYY-MM-DD', 'YYYY年M月D日 HH:mm'],
		lines: ['最近修改：{updated}', '（本文于{updated}修订）'],
	},
	datedPager: {
		rate: 0.07,
		pagers: [
			'« 前一篇：{title}（{odate}）',
			'下篇文章 》{title}  {odate}\n上篇文章 》{title}  {odate}',
		],
	},
	serviceBox: {
		rate: 0.06,
		above: 0.3,
		boxes: [
			'办事服务指引\n社保参保登记 ｜ 新生儿落户 ｜ 低保申请\n进入{place}政务服务网 >',
			'【一网通办】\n在线预约 · 进度查询 · 证照下载',
		],
	},
	readingTime: {
		rate: 0.05,
		perMinute: [350, 500],
		rounding: [10, 50],
		lines: [
			(p) => `本文约${p.chars}字，阅读需${p.minutes}分钟`,
			(p) => `⏱ ${p.minutes} min · ${p.chars} 字`,
		],
	},
	todayBar: {
		rate: 0.06,
		days: [0, 60],
		dates: ['YYYY年M月D日 W', 'YYYY-MM-DD W'],
		weathers: ['阴转小雨 12~18℃', '晴 东南风2级', ''],
		bars: ['今日 {today}  {weather}', '{today}｜{place} {weather}'],
	},
	jumpLine: {
		rate: 0.12,
		pages: [(n) => `第${n}版`, (n) => `B${n}`],
		ons: [(pg) => `（下接${pg}）`, (pg) => `>>转${pg}`],
		froms: [(pg) => `（上承${pg}）`, (pg) => `<<由${pg}转来`],
		onlyFirst: 0.2,
	},
	pageRating: {
		rate: 0.06,
		blocks: [
			(p) => `本页内容对您有帮助吗？  有用(${p.yes})  没用(${p.no})`,
			(p) => `内容评价\n★满意 ${p.yes}   ☆不满意 ${p.no}`,
		],
	},
};
