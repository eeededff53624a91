import type { CodeFormats } from './web-pages-formats.ts';

/**
 * Split y's boxes and bars (通知公告 tickers, 施行日期 lines, 延伸阅读, e-paper calendars, WeChat
 * 修改 notices and 合集 tags, 友情链接, 本版编辑 lines, 展开全文 folds, 原文链接, 导读 boxes, 专题
 * banners, 摘要), written blind.
 */
export const Y_BOXES: Pick<
	CodeFormats,
	| 'noticeTicker'
	| 'effectiveLine'
	| 'readMore'
	| 'issueCalendar'
	| 'editedNotice'
	| 'collectionTag'
	| 'linkDirectory'
	| 'deskCredits'
	| 'foldLine'
	| 'sourceLink'
	| 'issueGuide'
	| 'bannerStrip'
	| 'summaryBox'
> = {
	noticeTicker: {
		rate: 0.05,
		count: [2, 4],
		labels: ['📢 最新公告：', '滚动通知', ''],
		items: ['{title}　{odate}', '· {title}【{odate}】'],
		glues: ['　', '\n'],
	},
	effectiveLine: {
		rate: 0.04,
		days: [10, 60],
		years: [2, 3, 5],
		dates: ['YYYY年M月D日', 'YYYY-MM-DD'],
		lines: [
			'施行日期：{from}　有效期至：{until}',
			'本办法自{from}起施行，有效期{until}止',
			'生效时间：{from}',
		],
	},
	readMore: {
		rate: 0.05,
		heads: ['▍相关阅读', '你可能还想看：', ''],
		items: ['→ {title}', '{title}　{odate}', '◇ {title}'],
		count: [2, 3],
		feet: ['', '点击查看更多'],
	},
	issueCalendar: {
		rate: 0.06,
		atTop: 0.5,
		heads: [
			(y, m) => `${y}年${m}月`,
			(y, m) => `◀ ${y}-${String(m).padStart(2, '0')} ▶`,
			(y, m) => `报纸日历　${y}年　${m}月`,
		],
		weekdays: ['周日 周一 周二 周三 周四 周五 周六', '日 一 二 三 四 五 六', ''],
		glues: [' ', '　', '\n'],
		padded: 0.3,
		feet: ['', '点击日期查看当日报纸', '回到今天'],
	},
	editedNotice: {
		rate: 0.05,
		atEnd: 0.5,
		days: [1, 5],
		dates: ['YYYY年M月D日', 'MM月DD日'],
		heads: ['该文章已于{edited}修改', '（{edited} 作者修改了文章）'],
		ends: ['修改于{edited}', '本文曾于{edited}修订\n查看原文'],
	},
	collectionTag: {
		rate: 0.06,
		labels: ['本文收录于', '合集：', ''],
		topics: ['{place}新闻', '乡村振兴', '民生实事', '文明创建', '政务公开'],
		items: [(p) => `#${p.topic} ${p.count}个`, (p) => `#${p.topic}（${p.count}篇）`],
		count: [1, 3],
		posts: [6, 240],
		glues: [' ', '　', '\n'],
	},
	linkDirectory: {
		rate: 0.06,
		heads: ['网站链接：', '友情链接：', ''],
		groups: [
			{ label: '国家部委网站', sites: ['中国政府网', '国家发展改革委', '教育部', '民政部'] },
			{ label: '省市网站', sites: ['{city}人民政府', '{city}发布'] },
			{ label: '县直部门', sites: ['{place}教育局', '{place}卫健局', '{place}住建局'] },
			{ label: '乡镇（街道）网站', sites: ['城关镇', '新集镇', '河口乡', '石门乡'] },
		],
		count: [2, 4],
		sites: [0, 4],
		glues: ['▼　', '：', '\n'],
	},
	deskCredits: {
		rate: 0.08,
		atTop: 0.5,
		lines: [
			'本版主编：{name}　责任编辑：{name}　美术编辑：{name}',
			'编辑/{name} 校对/{name} 组版/{name}',
			'版面编辑 {name}　照排 {name}',
		],
	},
	foldLine: {
		rate: 0.05,
		above: [1, 2],
		lines: ['展开阅读全文 ⌄', '剩余{percent}%未读，点击展开', '—— 阅读全文 ——'],
	},
	sourceLink: {
		rate: 0.06,
		hosts: ['rmtzx.cn', 'xwzx.gov.cn', 'rb.cn', 'dzb.cn'],
		urls: (p) => [
			`http://www.${p.host}/${p.year}-${p.month}/${p.day}/c_${p.n}.htm`,
			`https://${p.host}/html/${p.year}${p.month}${p.day}/${p.n}.html`,
		],
		lines: ['原文链接：{url}', '点击阅读原文\n{url}', '文章来源网址：{url}'],
	},
	issueGuide: {
		rate: 0.06,
		atTop: 0.5,
		heads: ['本期要目', '今日看点：', ''],
		pages: [(n) => `第${n}版`, (n) => `A${String(n).padStart(2, '0')}`, (n) => `${n}版`],
		items: ['{title}（{page}）', '{page}　{title}', '▶{title} 见{page}'],
		count: [2, 4],
	},
	bannerStrip: {
		rate: 0.05,
		atTop: 0.5,
		heads: ['热点专题', ''],
		banners: [
			'12345政务服务便民热线',
			'{place}政务服务“好差评”',
			'扫黑除恶 · 常态化开展',
			'安全生产月',
			'我为群众办实事',
			'{place}政府信息公开',
		],
		count: [2, 4],
		glues: ['　', '\n', ' | '],
	},
	summaryBox: {
		rate: 0.05,
		boxes: ['摘要：{lead}', '【内容提要】\n{lead}', '▍本文导读：{lead}'],
		longest: 60,
		ellipses: ['……', '...'],
	},
};
