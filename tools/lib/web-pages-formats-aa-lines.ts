import type { CodeFormats } from './web-pages-formats.ts';

/** Split aa's lines around the text: players, reviews, labels, tags, stamps, pagers, tickers. */
export const AA_LINES: Partial<CodeFormats> = {
	audioPlayer: {
		rate: 0.05,
		voices: ['AI女声', '标准男声', '温柔女声'],
		blocks: (p) => [
			`🔊 语音播报 ${p.duration}（${p.voice}）`,
			`听全文　${p.duration}\n朗读：${p.voice}`,
		],
	},
	reviewBlock: {
		rate: 0.05,
		blocks: [
			'采写：{name}\n一审：{name}　二审：{name}　三审：{name}',
			'【校对：{name}　审核：{name}　签发：{name}】',
		],
	},
	catalogLine: {
		rate: 0.05,
		withMeta: 0.3,
		writtenDates: ['YYYY年MM月DD日', 'YYYY-MM-DD'],
		lines: (p) => [
			`索取号：${p.year}-${p.n}　发布单位：${p.source}　成文日期：${p.written}　公开日期：${p.date}`,
			`[${p.n}] ${p.source} ／ 写成于${p.written} ／ 发布于${p.date}`,
		],
	},
	accountRepost: {
		rate: 0.05,
		accounts: ['{place}发布', '边疆{place}', '{place}微政务'],
		heads: ['本文来自微信公众号“{account}”', '▲点击上方“{account}”关注我们'],
		tails: ['更多资讯请关注“{account}”微信公众号', '转载自微信公众号 {account}'],
	},
	columnLabel: {
		rate: 0.06,
		columns: ['边境动态', '乡村振兴', '民生保障', '生态建设', '部门动态'],
		labels: ['【{column}】', '栏目：{column}', '▍{column}'],
		sizers: ['字体：【大】【中】【小】', '', '调整字号 A+ A A-'],
	},
	crumbDate: {
		rate: 0.05,
		crumbs: [
			'首页 > 政务要闻 > 正文　　{date}　{source}',
			'当前位置：首页 → 本地动态（{date} 来源：{source}）',
		],
	},
	tagLine: {
		rate: 0.06,
		tags: ['兴边富民', '乡村振兴', '民族团结', '营商环境', '民生实事', '生态保护', '基层治理'],
		glues: [' ', '、', ' | '],
		blocks: ['标签：{tags}', '关键词：{tags}', '#{tags}'],
	},
	followRunIn: {
		rate: 0.05,
		glues: ['', ' '],
		prompts: ['（长按二维码关注“{place}发布”）', '▼ 关注{place}融媒，了解更多本地资讯'],
	},
	altEcho: {
		rate: 0.05,
		lines: ['{ptitle}', '图：{ptitle}', '{ptitle}（图片）'],
	},
	updateStamp: {
		rate: 0.05,
		days: [1, 20],
		dates: ['YYYY年MM月DD日', 'YYYY-MM-DD HH:mm'],
		lines: ['最后修改：{updated}', '（本文于{updated}更新）'],
	},
	datedPager: {
		rate: 0.05,
		pagers: [
			'上一篇：{title}　{odate}\n下一篇：{title}　{odate}',
			'« {title}（{odate}）　　{title}（{odate}）»',
		],
	},
	serviceBox: {
		rate: 0.05,
		above: 0.4,
		boxes: [
			'【办事指南】\n办理地点：{place}政务服务中心一楼\n承诺时限：5个工作日\n咨询电话：0883-{n}',
			'服务对象：辖区居民　受理时间：工作日 9:00—17:00\n收费标准：不收费',
		],
	},
	readingTime: {
		rate: 0.05,
		perMinute: [300, 450],
		rounding: [10, 50],
		lines: [
			(p) => `全文${p.chars}字　预计阅读${p.minutes}分钟`,
			(p) => `📖 约${p.minutes}分钟读完（${p.chars}字）`,
		],
	},
	todayBar: {
		rate: 0.05,
		days: [1, 40],
		dates: ['YYYY年M月D日 W', 'YYYY-MM-DD W'],
		weathers: ['多云 12℃~24℃', '晴 南风3级', ''],
		bars: ['今天是：{today}　{weather}', '{today}　{place}　{weather}'],
	},
	jumpLine: {
		rate: 0.06,
		pages: [(n) => String(n), (n) => `0${n}`.slice(-2)],
		ons: [(p) => `（转第${p}版）`, (p) => `〔下转${p}版〕`],
		froms: [(p) => `（接第${p}版）`, (p) => `〔上接${p}版〕`],
		onlyFirst: 0.3,
	},
	pageRating: {
		rate: 0.05,
		blocks: [
			(p) => `这篇文章对您有用吗？　有用（${p.yes}）　没用（${p.no}）`,
			(p) => `满意 ${p.yes}　不满意 ${p.no}　【我要纠错】`,
		],
	},
	noticeTicker: {
		rate: 0.05,
		count: [2, 4],
		labels: ['【通知公告】', '最新公告：', ''],
		items: ['{title} {odate}', '· {title}（{odate}）'],
		glues: ['　', '\n'],
	},
	effectiveLine: {
		rate: 0.04,
		days: [10, 45],
		years: [2, 3, 5],
		dates: ['YYYY年M月D日', 'YYYY-MM-DD'],
		lines: ['实施日期：{from}　截止日期：{until}', '本办法自{from}起执行'],
	},
	readMore: {
		rate: 0.05,
		heads: ['▶ 相关报道', '【延伸】', ''],
		items: ['{title}', '· {title} {odate}'],
		count: [1, 3],
		feet: ['', '——'],
	},
};
