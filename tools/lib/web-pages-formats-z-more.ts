import type { CodeFormats } from './web-pages-formats.ts';

/** Split z's wording of the earlier kinds around a portal article's headline and text. */
export const Z_MORE: Partial<CodeFormats> = {
	audioPlayer: {
		rate: 0.04,
		voices: ['标准女声', '温柔男声', '藏语播报'],
		blocks: (p) => [`🔊 语音播报（${p.voice}）　${p.duration}`, `收听本文\n00:00 / ${p.duration}`],
	},
	reviewBlock: {
		rate: 0.05,
		blocks: [
			'一审：{name}\n二审：{name}\n三审：{name}',
			'初审｜{name}　复审｜{name}　终审｜{name}',
		],
	},
	catalogLine: {
		rate: 0.04,
		withMeta: 0.5,
		writtenDates: ['YYYY-MM-DD'],
		lines: (p) => [
			`索引号：${p.n}　发布机构：${p.source}　成文日期：${p.written}　发布日期：${p.date}`,
			`[${p.year}]${p.n} | ${p.source} | 发布：${p.date}`,
		],
	},
	accountRepost: {
		rate: 0.04,
		accounts: ['{place}发布', '{city}微政务', '雪域{place}'],
		heads: ['以下文章来源于{account}', '本文转自微信公众号“{account}”'],
		tails: ['阅读原文请关注“{account}”', '来源：{account}微信公众号'],
	},
	columnLabel: {
		rate: 0.05,
		columns: ['部门动态', '乡镇快讯', '政策发布'],
		labels: ['【{column}】', '栏目：{column}'],
		sizers: ['字号：T | T | T', '', '[大字] [标准]'],
	},
	crumbDate: {
		rate: 0.04,
		crumbs: ['首页 > 政务动态 > {source} > {date}', '当前位置：首页 » 新闻 » {date} · {source}'],
	},
	tagLine: {
		rate: 0.05,
		tags: ['乡村振兴', '民生实事', '生态保护', '牧区发展', '基层党建'],
		glues: [' ', '、', ' | '],
		blocks: ['标签：{tags}', '关键字：{tags}'],
	},
	followRunIn: {
		rate: 0.03,
		glues: ['', ' '],
		prompts: ['（长按识别二维码关注{place}发布）', '更多资讯请关注“掌上{place}”'],
	},
	altEcho: { rate: 0.04, lines: ['{ptitle}', '图：{ptitle}'] },
	updateStamp: {
		rate: 0.04,
		days: [1, 30],
		dates: ['YYYY-MM-DD HH:mm'],
		lines: ['最后修改：{updated}', '（本页更新于{updated}）'],
	},
	datedPager: {
		rate: 0.04,
		pagers: ['上一篇：{title}（{odate}）\n下一篇：{title}（{odate}）', '前一篇 {odate} {title}'],
	},
	serviceBox: {
		rate: 0.03,
		above: 0.3,
		boxes: [
			'办理须知\n受理地点：{place}政务服务中心一楼\n承诺时限：5个工作日\n收费标准：不收费',
			'咨询电话：0891-{n}\n办理时间：工作日 9:30-18:00',
		],
	},
	readingTime: {
		rate: 0.04,
		perMinute: [300, 450],
		rounding: [10, 100],
		lines: [
			(p) => `本文共${p.chars}字，预计阅读${p.minutes}分钟`,
			(p) => `阅读时长约 ${p.minutes} 分钟`,
		],
	},
	todayBar: {
		rate: 0.04,
		days: [1, 300],
		dates: ['YYYY年M月D日 W'],
		weathers: ['晴 -3~12℃', '多云 2℃/15℃', ''],
		bars: ['今天是{today}　{weather}', '{today} {place}天气：{weather}'],
	},
	pageRating: {
		rate: 0.04,
		blocks: [
			(p) => `本页内容对您有用吗？\n有用（${p.yes}）　没用（${p.no}）`,
			(p) => `内容评价：满意 ${p.yes}｜不满意 ${p.no}　[我要纠错]`,
		],
	},
	noticeTicker: {
		rate: 0.04,
		count: [2, 4],
		labels: ['最新公告：', '【通知】', ''],
		items: ['{title}（{odate}）', '{odate} {title}'],
		glues: ['\n', '　'],
	},
	effectiveLine: {
		rate: 0.03,
		days: [10, 60],
		years: [2, 3, 5],
		dates: ['YYYY年M月D日'],
		lines: ['生效日期：{from}　失效日期：{until}', '本办法自{from}起实施'],
	},
	readMore: {
		rate: 0.04,
		heads: ['相关推荐', '【拓展阅读】', ''],
		items: ['▪ {title}', '{title}　{odate}'],
		count: [2, 3],
		feet: ['', '查看更多 >'],
	},
	linkDirectory: {
		rate: 0.04,
		heads: ['友情链接', ''],
		groups: [
			{ label: '中央政府网站', sites: ['中国政府网', '国务院客户端'] },
			{ label: '区内网站', sites: ['{city}人民政府', '{city}政务服务网'] },
			{ label: '县直部门', sites: ['{place}财政局', '{place}民政局', '{place}统计局'] },
		],
		count: [1, 3],
		sites: [0, 3],
		glues: ['▼ ', '\n', ' '],
	},
	foldLine: { rate: 0.03, above: [1, 2], lines: ['展开阅读全文 ∨', '余下{percent}%内容已展开'] },
	sourceLink: {
		rate: 0.04,
		hosts: ['xzrb.cn', 'qhnews.com', 'ts.cn'],
		urls: (p) => [`http://www.${p.host}/news/${p.year}${p.month}/${p.day}/c${p.n}.html`],
		lines: ['阅读原文：{url}', '原文地址 {url}'],
	},
	bannerStrip: {
		rate: 0.04,
		atTop: 0.5,
		heads: ['', '专题专栏'],
		banners: ['铸牢中华民族共同体意识', '优化营商环境 {place}在行动', '{year}年民生实事'],
		count: [1, 3],
		glues: ['\n', '　'],
	},
	summaryBox: {
		rate: 0.04,
		boxes: ['【摘要】{lead}', '内容提要：{lead}'],
		longest: 60,
		ellipses: ['……'],
	},
	hotList: {
		rate: 0.04,
		atTop: 0.3,
		heads: ['阅读排行', '本周热点'],
		items: ['{rank}. {title}', '{rank} {title}（{reads}）'],
		count: [3, 5],
		reads: [800, 9000],
	},
	opinionWindow: {
		rate: 0.03,
		above: 0.4,
		opens: [0, 5],
		lasts: [15, 30],
		dates: ['YYYY年M月D日'],
		boxes: [
			'征求意见时间：{from}至{until}\n意见反馈邮箱：zqyj@163.com',
			'反馈截止：{until}（起于{from}）',
		],
	},
	surveyPopup: {
		rate: 0.03,
		atTop: 0.5,
		popups: ['网站满意度调查\n请对本网站打分 [参与] [跳过]', '您的浏览器版本过低，建议升级后访问'],
	},
	publicAd: { rate: 0.03, blocks: ['禁毒宣传 人人有责', '保护草原生态 共建美丽家园'] },
	tipLine: {
		rate: 0.04,
		blocks: ['新闻热线：0891-{n}\n投稿邮箱：xwrx_tg@163.com', '欢迎提供新闻线索，电话 0891-{n}'],
	},
};
