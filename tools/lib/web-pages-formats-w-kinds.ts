import type { CodeFormats } from './web-pages-formats.ts';

type Kinds = Pick<
	CodeFormats,
	| 'jumpLine'
	| 'pageRating'
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
>;

const CN = [
	'',
	'一',
	'二',
	'三',
	'四',
	'五',
	'六',
	'七',
	'八',
	'九',
	'十',
	'十一',
	'十二',
	'十三',
	'十四',
	'十五',
	'十六',
];

/** Split w's wording of the kinds splits r–t added (notes, widgets, tickers, boxes), written blind. */
export const W_KINDS: Kinds = {
	jumpLine: {
		rate: 0.12,
		pages: [(n) => String(n).padStart(2, '0'), (n) => `第${CN[n]}`, (n) => `第B${n}`],
		ons: [(p) => `（转${p}版面）`, (p) => `〔下转${p}版〕`],
		froms: [(p) => `（上接${p}版）`, (p) => `〔紧接${p}版〕`],
		onlyFirst: 0.3,
	},
	pageRating: {
		rate: 0.06,
		blocks: [
			(p) => `您对本页信息是否满意？\n满意（${p.yes}）　不满意（${p.no}）`,
			(p) => `此页面信息对您有用吗？ 有用 ${p.yes} | 没用 ${p.no}\n[纠错]`,
		],
	},
	noticeTicker: {
		rate: 0.06,
		count: [2, 4],
		labels: ['公告栏：', '【通知】', ''],
		items: ['{title}　　（{odate}）', '· {title}　〔{odate}〕'],
		glues: ['　　', '\n'],
	},
	effectiveLine: {
		rate: 0.05,
		days: [10, 60],
		years: [2, 3, 5],
		dates: ['YYYY年M月D日', 'YYYY-MM-DD'],
		lines: [
			'实施日期：{from}　有效期至：{until}',
			'本办法自{from}起施行',
			'【生效】{from}—{until}',
		],
	},
	readMore: {
		rate: 0.06,
		heads: ['相关阅读', '▶ 推荐', ''],
		items: ['{title}', '· {title}　{odate}'],
		count: [1, 3],
		feet: ['', '--'],
	},
	issueCalendar: {
		rate: 0.06,
		atTop: 0.4,
		heads: [
			(y, m) => `◀ ${y}年${m}月 ▶`,
			(y, m) => `往期查阅　${y}-${String(m).padStart(2, '0')}\n◀ ▶`,
		],
		weekdays: ['周日 周一 周二 周三 周四 周五 周六', 'S M T W T F S', ''],
		glues: [' ', '  ', '\n'],
		padded: 0.3,
		feet: ['回到当期', ''],
	},
	editedNotice: {
		rate: 0.05,
		atEnd: 0.5,
		days: [0, 3],
		dates: ['M月D日', 'YYYY年M月D日 HH:mm'],
		heads: ['该文章已于{edited}修改'],
		ends: ['最后修改于{edited}', '作者已于{edited}更新此文'],
	},
	collectionTag: {
		rate: 0.08,
		labels: ['本文收录于', '所在合集', ''],
		topics: ['{place}新闻速递', '乡村振兴', '政务公开', '{place}文旅', '办事指南'],
		items: [(p) => `#${p.topic}（${p.count}篇）`, (p) => `＃${p.topic}＃`],
		count: [1, 3],
		posts: [5, 240],
		glues: [' ', '\n'],
	},
	linkDirectory: {
		rate: 0.06,
		heads: ['网站群导航', '相关链接 ▼'],
		groups: [
			{ label: '国务院各部委网站', sites: ['中国政府网（www.gov.cn）', '国家乡村振兴局'] },
			{
				label: '各省区市政府网站',
				sites: ['黑龙江省人民政府', '贵州省人民政府', '青海省人民政府'],
			},
			{
				label: '县直单位',
				sites: ['{place}教育体育局网站', '{place}财政局网站', '{place}公安局网站'],
			},
			{ label: '乡镇（街道）', sites: ['{place}城关镇', '{place}高新区', '红旗街道'] },
		],
		count: [1, 3],
		sites: [0, 3],
		glues: ['：', '\n', ' '],
	},
	deskCredits: {
		rate: 0.08,
		atTop: 0.5,
		lines: ['本版责编：{name}　版式设计：{name}　校对：{name}', '本版编审 {name}｜美编 {name}'],
	},
	foldLine: {
		rate: 0.05,
		above: [1, 2],
		lines: ['剩余{percent}%未读　展开阅读', '点击展开全文 ⌄', '阅读全文（还剩{percent}%）'],
	},
	sourceLink: {
		rate: 0.05,
		hosts: ['hgnews.cn', 'rmt.yanan.cn', 'zunyi.gov.cn'],
		urls: (p) => [
			`https://${p.host}/content/${p.year}-${p.month}/${p.day}/${p.n}.html`,
			`http://${p.host}/${p.year}${p.month}${p.day}/c${p.n}.shtml`,
		],
		lines: ['原文网址：{url}', '链接：{url}'],
	},
	issueGuide: {
		rate: 0.06,
		atTop: 0.5,
		heads: ['今日要目', '要目'],
		pages: [(n) => `${n}版面`, (n) => `第${String(n).padStart(2, '0')}版面`],
		items: ['{title}（{page}）', '▶ {page}　{title}'],
		count: [2, 4],
	},
	bannerStrip: {
		rate: 0.06,
		atTop: 0.5,
		heads: ['热点专题推荐', ''],
		banners: [
			'深入学习贯彻习近平新时代中国特色社会主义思想',
			'{place}优化营商环境',
			'全民反诈　守护{city}',
			'争创全国文明城市　{place}在行动',
			'“民呼我为”{place}在行动',
		],
		count: [2, 4],
		glues: ['　', '\n'],
	},
};
