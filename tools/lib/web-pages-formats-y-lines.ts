import type { CodeFormats } from './web-pages-formats.ts';

const CN = [
	'〇',
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

/**
 * Split y's lines and boxes set into a page (听新闻 players, 三审 blocks, 目录 lines, 公众号 reposts,
 * column labels, dated breadcrumbs, 关键词, follow prompts, alt texts, 更新时间, dated pagers,
 * 办事 boxes, 阅读时长, today bars, 转版 notes, 有帮助吗 widgets), written blind.
 */
export const Y_LINES: Pick<
	CodeFormats,
	| 'accountRepost'
	| 'audioPlayer'
	| 'catalogLine'
	| 'reviewBlock'
	| 'columnLabel'
	| 'crumbDate'
	| 'followRunIn'
	| 'tagLine'
	| 'altEcho'
	| 'updateStamp'
	| 'datedPager'
	| 'serviceBox'
	| 'readingTime'
	| 'todayBar'
	| 'jumpLine'
	| 'pageRating'
> = {
	accountRepost: {
		rate: 0.05,
		accounts: ['{place}发布', '{place}融媒', '微{place}', '{city}发布', '{place}应急'],
		heads: ['本文转载自微信公众号“{account}”', '来源：{account}（微信号）\n点击上方蓝字关注'],
		tails: [
			'长按识别二维码，关注“{account}”',
			'更多资讯请关注{account}公众号',
			'文章来源：{account}　如有侵权请联系删除',
		],
	},
	audioPlayer: {
		rate: 0.05,
		voices: ['晓晓', '云扬', '标准女声', '磁性男声', '方言播报'],
		blocks: (p) => [
			`🔊 听新闻　${p.duration}　${p.voice}`,
			`语音播报 ${p.duration}\n0.75x　1.0x　1.5x`,
			`点击收听（${p.voice}）　${p.duration}`,
		],
	},
	catalogLine: {
		rate: 0.05,
		withMeta: 0.4,
		writtenDates: ['YYYY年MM月DD日', 'YYYY-MM-DD'],
		lines: (p) => [
			`索 引 号：${p.n}/${p.year}-00${p.n.slice(-3)}　发布机构：${p.source}　成文日期：${p.written}　发布日期：${p.date}`,
			`信息索取号：${p.year}-${p.n}｜来源单位：${p.source}｜生成日期：${p.written}｜公开日期：${p.date}`,
		],
	},
	reviewBlock: {
		rate: 0.06,
		blocks: [
			'采写：{name}\n初审：{name}\n复审：{name}\n终审：{name}',
			'一审 {name} · 二审 {name} · 三审 {name}',
			'校对：{name}　审签：{name}　签发：{name}',
		],
	},
	columnLabel: {
		rate: 0.06,
		columns: ['基层动态', '部门资讯', '县域要闻', '通知通报', '民生服务', '乡村振兴'],
		labels: ['▌{column}', '栏目：{column}', '【{column}】\n﹏﹏﹏﹏﹏﹏'],
		sizers: ['字体大小：【大】【中】【小】', '', 'A+　A　A-'],
	},
	crumbDate: {
		rate: 0.05,
		crumbs: [
			'首页 > 政务动态 > 正文　{date}　{source}',
			'当前位置：首页 >> 工作动态\n{source} | {date}',
		],
	},
	followRunIn: {
		rate: 0.05,
		glues: ['', '　', ' '],
		prompts: [
			'↓↓↓ 长按关注“{place}发布”',
			'▼ 点击下方名片关注我们\n{place}发布',
			'（完）扫码关注获取更多资讯',
		],
	},
	tagLine: {
		rate: 0.05,
		tags: ['乡村振兴', '民生实事', '营商环境', '生态保护', '基层治理', '安全生产', '文明创建'],
		glues: ['　', ' / ', '，'],
		blocks: ['标签：{tags}', '【关键字】{tags}', '相关主题词：{tags}'],
	},
	altEcho: {
		rate: 0.06,
		lines: ['{ptitle}', '图片：{ptitle}', '[图]{ptitle}', '{ptitle}（组图）'],
	},
	updateStamp: {
		rate: 0.05,
		days: [1, 20],
		dates: ['YYYY-MM-DD HH:mm', 'YYYY年M月D日'],
		lines: ['最后修改：{updated}', '（本文于{updated}更新）', '更新日期：{updated}　浏览：{n}'],
	},
	datedPager: {
		rate: 0.05,
		pagers: [
			'上一篇：{title}　{odate}\n下一篇：{title}　{odate}',
			'◀ {title}（{odate}）',
			'【下一条】{title} [{odate}]',
		],
	},
	serviceBox: {
		rate: 0.04,
		above: 0.4,
		boxes: [
			'【办事指南】\n办理地点：{place}政务服务中心一楼\n承诺时限：5个工作日\n收费标准：不收费',
			'服务事项：便民服务\n受理窗口：综合窗口\n联系电话：{n}\n办理时间：工作日 9:00-17:00',
		],
	},
	readingTime: {
		rate: 0.05,
		perMinute: [350, 500],
		rounding: [10, 100, 50],
		lines: [
			(p) => `本文${p.chars}字，预计阅读${p.minutes}分钟`,
			(p) => `字数：${p.chars}　阅读时长约 ${p.minutes} min`,
			(p) => `📖 约${p.minutes}分钟读完`,
		],
	},
	todayBar: {
		rate: 0.06,
		days: [1, 300],
		dates: ['YYYY年M月D日 W', 'YYYY-MM-DD W'],
		weathers: ['晴 -3℃~9℃', '多云转小雨 12~18℃', '', '阴 西北风3级'],
		bars: [
			'今天是：{today}　{weather}',
			'{today}　{place}　{weather}',
			'欢迎访问{site}！今天是{today}',
		],
	},
	jumpLine: {
		rate: 0.08,
		pages: [(n) => String(n).padStart(2, '0'), (n) => CN[n]!, (n) => `A${n}`],
		ons: [(pg) => `（下转第${pg}版）`, (pg) => `【转${pg}版】`, (pg) => `→下转${pg}版`],
		froms: [(pg) => `（上接第${pg}版）`, (pg) => `【接${pg}版】`, (pg) => `←上接${pg}版`],
		onlyFirst: 0.3,
	},
	pageRating: {
		rate: 0.05,
		blocks: [
			(p) => `这篇文章对您有用吗？\n有用（${p.yes}）　没用（${p.no}）`,
			(p) => `信息评价：满意 ${p.yes}　不满意 ${p.no}　我要纠错`,
		],
	},
};
