import type { CodeFormats } from './web-pages-formats.ts';

const WEEKS = ['日 一 二 三 四 五 六', 'SUN MON TUE WED THU FRI SAT', ''];

/** Split aa's boxes: calendars, notices, collections, links, desks, folds, guides, banners, ads. */
export const AA_BOXES: Partial<CodeFormats> = {
	issueCalendar: {
		rate: 0.05,
		atTop: 0.4,
		heads: [
			(y, m) => `${y}年${m}月\n< 上月　下月 >`,
			(y, m) => `过刊检索：${y}-${String(m).padStart(2, '0')}`,
		],
		weekdays: WEEKS,
		glues: [' ', '\n', '  '],
		padded: 0.3,
		feet: ['', '点击日期查看当日报纸'],
	},
	editedNotice: {
		rate: 0.05,
		atEnd: 0.5,
		days: [1, 5],
		dates: ['YYYY年M月D日', 'MM月DD日'],
		heads: ['该文章已于{edited}修改', '（本文修改于{edited}）'],
		ends: ['修改于{edited}', '阅读 {n}　修改于{edited}'],
	},
	collectionTag: {
		rate: 0.06,
		labels: ['已收录于专辑', '本文收录于', ''],
		topics: ['{place}要闻', '兴边富民', '民生关注', '乡村故事'],
		items: [(p) => `#${p.topic} ${p.count}个`, (p) => `#${p.topic}（${p.count}篇）`],
		count: [1, 3],
		posts: [3, 260],
		glues: [' ', '\n'],
	},
	linkDirectory: {
		rate: 0.05,
		heads: ['相关网站', '友情链接', ''],
		groups: [
			{ label: '上级政府网站', sites: ['中国政府网', '{city}人民政府网'] },
			{
				label: '县直部门',
				sites: ['{place}发展和改革局', '{place}教育体育局', '{place}卫生健康局'],
			},
			{ label: '乡镇网站', sites: ['城关镇', '勐永镇', '芒洪乡'] },
		],
		count: [1, 3],
		sites: [0, 3],
		glues: ['：', '\n', ' ▾ '],
	},
	deskCredits: {
		rate: 0.06,
		atTop: 0.5,
		lines: [
			'本版责任编辑：{name}　版式设计：{name}　校对：{name}',
			'编辑 {name}　美术 {name}　校对 {name}',
		],
	},
	foldLine: {
		rate: 0.04,
		above: [1, 2],
		lines: ['点击展开全文（剩余{percent}%）', '▼ 阅读全文 ▼'],
	},
	sourceLink: {
		rate: 0.05,
		hosts: ['{place}.gov.cn', 'rmt.{place}.cn'],
		urls: (p) => [
			`https://${p.host}/news/${p.year}${p.month}${p.day}/${p.n}.html`,
			`http://${p.host}/${p.year}-${p.month}/${p.day}/c_${p.n}.htm`,
		],
		lines: ['阅读原文：{url}', '原文地址 {url}'],
	},
	issueGuide: {
		rate: 0.05,
		atTop: 0.5,
		heads: ['本期要目', '导读 ▏'],
		pages: [(n) => `${n}版`, (n) => `第${n}版`],
		items: ['{title}　{page}', '▶{page}：{title}'],
		count: [2, 4],
	},
	bannerStrip: {
		rate: 0.05,
		atTop: 0.5,
		heads: ['热点专题 ▸', ''],
		banners: [
			'兴边富民行动',
			'{place}创建全国民族团结进步示范县',
			'我为群众办实事',
			'平安{place}建设',
		],
		count: [2, 4],
		glues: ['　', '\n'],
	},
	summaryBox: {
		rate: 0.05,
		boxes: ['【内容提要】{lead}', '核心提示：{lead}'],
		longest: 60,
		ellipses: ['……', '…'],
	},
	hotList: {
		rate: 0.05,
		atTop: 0.4,
		heads: ['阅读排行', '本周热点'],
		items: ['{rank}. {title}', 'TOP{rank}　{title}　{reads}次'],
		count: [3, 6],
		reads: [800, 20000],
	},
	opinionWindow: {
		rate: 0.04,
		above: 0.3,
		opens: [1, 4],
		lasts: [15, 30],
		dates: ['YYYY年M月D日', 'YYYY-MM-DD'],
		boxes: [
			'意见反馈时间：{from}至{until}\n反馈邮箱：yjzj@{place}.gov.cn',
			'【征求意见】起止日期 {from} — {until}　电话：0883-{n}',
		],
	},
	surveyPopup: {
		rate: 0.04,
		atTop: 0.5,
		popups: [
			'您对{site}满意吗？参与调查 ×',
			'检测到您的浏览器版本较低，建议升级后访问。\n我知道了',
		],
	},
	publicAd: {
		rate: 0.04,
		blocks: [
			'★ 守护边境安宁　人人有责 ★',
			'【公益】节约用水　从我做起',
			'禁毒宣传：珍爱生命　远离毒品',
		],
	},
	miniCard: {
		rate: 0.05,
		blocks: [
			'{place}发布\n视频号 · 点击观看',
			'小程序：{place}政务服务\n一键办理',
			'{place}融媒\n公众号 · 已关注',
		],
	},
	tipLine: {
		rate: 0.05,
		blocks: ['新闻线索提供：0883-{n}\n投稿邮箱：tg@{place}.cn', '爆料热线 {n}（24小时）'],
	},
	issuePager: {
		rate: 0.05,
		gaps: [1, 7],
		dates: ['YYYY-MM-DD', 'M月D日'],
		lines: ['« 前一期 {prev}　　后一期 {next} »', '往期：{prev}｜下期：{next}'],
	},
	printedIn: {
		rate: 0.04,
		above: 0.3,
		days: [0, 3],
		dates: ['YYYY年M月D日', 'YYYY-MM-DD'],
		lines: ['（原载于《{paper}》{printed}第{nn}版）', '刊于{printed}《{paper}》{nn}版'],
	},
	disclaimer: {
		rate: 0.05,
		blocks: [
			'声明：本文仅代表作者观点，转载目的在于传递更多信息。',
			'※ 图文如有侵权，请联系后台删除。',
		],
	},
	pastDays: {
		rate: 0.04,
		heads: ['历史上的今天', ''],
		count: [1, 3],
		dates: ['YYYY年', 'YYYY-MM-DD'],
		items: ['{past}｜{title}', '· {title}（{past}）'],
	},
};
