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

const two = (n: number) => String(n).padStart(2, '0');

/** Split v's wording of the kinds splits q–t added (jump notes, widgets, tickers, boxes …), written blind. */
export const V_KINDS: Kinds = {
	jumpLine: {
		rate: 0.1,
		pages: [(n) => two(n), (n) => String(n), (n) => `B${n}`],
		ons: [(p) => `（转${p}版）`, (p) => `▶下转${p}版`],
		froms: [(p) => `（紧接${p}版）`, (p) => `◀上接${p}版`],
		onlyFirst: 0.3,
	},
	pageRating: {
		rate: 0.06,
		blocks: [
			(p) => `此信息是否有用？　有用（${p.yes}）　没用（${p.no}）`,
			(p) => `您对本页内容满意吗？\n满意 ${p.yes}　不满意 ${p.no}\n【我要纠错】`,
		],
	},
	noticeTicker: {
		rate: 0.06,
		count: [2, 4],
		labels: ['📢 公告：', '最新通知', ''],
		items: ['{title}　{odate}', '· {title}[{odate}]'],
		glues: ['　', '\n'],
	},
	effectiveLine: {
		rate: 0.04,
		days: [10, 60],
		years: [2, 3, 5],
		dates: ['YYYY年M月D日', 'YYYY-MM-DD'],
		lines: ['实施日期：{from}　截止日期：{until}', '有效性：有效（自{from}起执行）'],
	},
	readMore: {
		rate: 0.06,
		heads: ['▍相关链接', '【推荐】', ''],
		items: ['>> {title}', '{title}　{odate}'],
		count: [1, 3],
		feet: ['', '——'],
	},
	issueCalendar: {
		rate: 0.06,
		atTop: 0.4,
		heads: [(y, m) => `< ${y}年${m}月 >`, (y, m) => `过刊检索\n${y}-${two(m)}`],
		weekdays: ['日 一 二 三 四 五 六', 'Su Mo Tu We Th Fr Sa', ''],
		glues: [' ', '　'],
		padded: 0.4,
		feet: ['确定', ''],
	},
	editedNotice: {
		rate: 0.06,
		atEnd: 0.5,
		days: [0, 4],
		dates: ['YYYY年M月D日', 'MM月DD日'],
		heads: ['作者于{edited}修改', '（{edited}已更正）'],
		ends: ['本文于{edited}修改', '修改于{edited}'],
	},
	collectionTag: {
		rate: 0.08,
		labels: ['合集：', '收录于：', ''],
		topics: ['{place}新闻', '政务信息', '乡村振兴进行时', '便民提醒'],
		items: [(p) => `#${p.topic} ${p.count}`, (p) => `${p.topic}（${p.count}篇）`],
		count: [1, 3],
		posts: [4, 520],
		glues: [' ', '\n'],
	},
	linkDirectory: {
		rate: 0.06,
		heads: ['相关网站', ''],
		groups: [
			{ label: '中央网站 ▼', sites: ['中国政府网', '国家税务总局'] },
			{ label: '市级网站 ▼', sites: ['{city}人民政府', '{city}发展和改革委员会'] },
			{ label: '乡镇街道 ▼', sites: ['城关镇', '新华乡', '东升镇'] },
		],
		count: [1, 3],
		sites: [0, 3],
		glues: ['　', '\n'],
	},
	deskCredits: {
		rate: 0.08,
		atTop: 0.4,
		lines: ['责任编辑：{name}　版式：{name}　校对：{name}', '本版主编 {name}｜编辑 {name}'],
	},
	foldLine: {
		rate: 0.05,
		above: [1, 3],
		lines: ['剩余{percent}%未读，点击展开 ∨', '▼ 阅读全文'],
	},
	sourceLink: {
		rate: 0.06,
		hosts: ['jxgc.gov.cn', 'rmt.wuhai.cn', 'news.gxgg.cn'],
		urls: (p) => [
			`http://${p.host}/xwzx/${p.year}${p.month}/t${p.year}${p.month}${p.day}_${p.n}.html`,
			`https://${p.host}/content/${p.year}-${p.month}/${p.day}/c_${p.n}.htm`,
		],
		lines: ['原文地址：{url}', '阅读原文 >> {url}'],
	},
	issueGuide: {
		rate: 0.06,
		atTop: 0.5,
		heads: ['本期要目', '导读'],
		pages: [(n) => two(n), (n) => `第${n}版`],
		items: ['{title}　▸{page}', '〖{page}〗{title}'],
		count: [2, 4],
	},
	bannerStrip: {
		rate: 0.06,
		atTop: 0.5,
		heads: ['专题专栏', ''],
		banners: [
			'优化营商环境 {place}在行动',
			'创建全国文明城市',
			'“八五”普法进行时',
			'防范电信网络诈骗',
		],
		count: [2, 4],
		glues: ['　', '\n'],
	},
};
