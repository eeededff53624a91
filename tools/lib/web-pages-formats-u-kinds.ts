import type { CodeFormats } from './web-pages-formats.ts';

/** Split u's wording of the labels, stamps, boxes and bars earlier splits brought in, written blind. */
export const U_KINDS: Partial<CodeFormats> = {
	columnLabel: {
		rate: 0.06,
		columns: ['乡镇动态', '部门信息', '图片新闻', '通知公告'],
		labels: ['栏目：{column}', '{column}\n──────'],
		sizers: ['【字号 大 中 小】', '字体：A+ A A-', ''],
	},
	crumbDate: {
		rate: 0.05,
		crumbs: [
			'首页 > 新闻动态　　{date}　{source}',
			'位置：首页 - 政务要闻 | 时间：{date} | 来源：{source}',
		],
	},
	tagLine: {
		rate: 0.06,
		tags: ['乡村振兴', '民生实事', '营商环境', '安全生产', '生态保护', '基层治理'],
		glues: [' ', '、', ' | '],
		blocks: ['标签：{tags}', '关键字：{tags}\n[纠错]'],
	},
	followRunIn: {
		rate: 0.05,
		glues: ['', ' '],
		prompts: [
			'扫一扫，关注{place}发布',
			'更多资讯请关注“{place}融媒”微信公众号\n（抖音号：{place}融媒）',
		],
	},
	altEcho: {
		rate: 0.05,
		lines: ['{ptitle}', '{ptitle}.jpg', '图片：{ptitle}'],
	},
	updateStamp: {
		rate: 0.05,
		days: [2, 40],
		dates: ['YYYY-MM-DD HH:mm', 'YYYY年M月D日'],
		lines: ['最后更新：{updated}', '（本页于{updated}修订）'],
	},
	datedPager: {
		rate: 0.05,
		pagers: ['上一篇：{title}　{odate}\n下一篇：{title}　{odate}', '← {title}（{odate}）'],
	},
	serviceBox: {
		rate: 0.04,
		above: 0.4,
		boxes: [
			'办事指南\n受理机构：{place}政务服务中心\n承诺时限：5个工作日\n咨询电话：0931-{n}',
			'【服务信息】办理地点：{place}便民服务大厅　收费标准：不收费',
		],
	},
	readingTime: {
		rate: 0.05,
		perMinute: [350, 500],
		rounding: [10, 100],
		lines: [
			(p) => `本文${p.chars}字，预计阅读${p.minutes}分钟`,
			(p) => `约${p.chars}字 · ${p.minutes}分钟读完`,
		],
	},
	todayBar: {
		rate: 0.05,
		days: [1, 120],
		dates: ['YYYY年M月D日 W', 'YYYY-MM-DD W'],
		weathers: ['晴 8℃~21℃', '多云转小雨', ''],
		bars: ['今天是：{today}　{weather}', '{today}　{place}　{weather}\n设为首页　加入收藏'],
	},
	jumpLine: {
		rate: 0.08,
		pages: [(n) => String(n).padStart(2, '0'), (n) => `第${n}`, (n) => `B${n}`],
		ons: [(page) => `（下转${page}版）`, (page) => `>>>转${page}版`],
		froms: [(page) => `（上接${page}版）`, (page) => `<<<接${page}版`],
		onlyFirst: 0.3,
	},
	pageRating: {
		rate: 0.05,
		blocks: [
			(p) => `此页面内容对您有用吗？\n有用（${p.yes}）　没用（${p.no}）`,
			() => '【我要纠错】【网站评价】',
		],
	},
	noticeTicker: {
		rate: 0.05,
		count: [2, 4],
		labels: ['【通知公告】', '最新公告：', ''],
		items: ['{title} {odate}', '· {title}（{odate}）'],
		glues: ['\n', '　'],
	},
	effectiveLine: {
		rate: 0.04,
		days: [10, 60],
		years: [2, 3, 5],
		dates: ['YYYY年M月D日', 'YYYY-MM-DD'],
		lines: ['生效时间：{from}　失效时间：{until}', '本文件自{from}起施行。'],
	},
};
