import type { CodeFormats } from './web-pages-formats.ts';

/** Split ab's wording of the later splits' cards and strips: posters, WeChat chrome, author cards, page lists, document lists, replies, mailboxes, badges, warnings, briefings, account matrices, subscription boxes. */
export const AB_CARDS: Pick<
	CodeFormats,
	| 'sharePoster'
	| 'wechatChrome'
	| 'authorCard'
	| 'pageDirectory'
	| 'docRefs'
	| 'replyCard'
	| 'mailboxBox'
	| 'badgeStrip'
	| 'alertBanner'
	| 'pressBriefing'
	| 'mediaMatrix'
	| 'subscribeNotice'
> = {
	sharePoster: {
		rate: 0.05,
		posters: [
			'{ptitle}\n{source} | {date}\n识别图中二维码 阅读全文',
			'长图分享\n《{ptitle}》\n{source}出品  {date}',
		],
	},
	wechatChrome: {
		rate: 0.08,
		groups: [
			'预览状态下无法点击标签',
			'长按识别 · 打开小程序',
			'取消  允许',
			'轻点两下取消赞',
			'：，。视频 小程序 赞，轻点两下取消在看',
		],
		count: [1, 3],
	},
	authorCard: {
		rate: 0.06,
		units: ['{place}融媒中心记者', '{city}日报社记者站', '{place}宣传部新闻科'],
		cards: ['作者｜{name}\n单位：{unit}', '✎ 撰稿人：{name}（{unit}通讯员）'],
	},
	pageDirectory: {
		rate: 0.1,
		atTop: 0.5,
		heads: ['本期版面一览', '版面索引', ''],
		items: ['第{page}版 {section}', '{page}：{section}'],
		pages: [4, 12],
		glues: ['  ', '\n'],
	},
	docRefs: {
		rate: 0.06,
		heads: ['关联文件', '政策依据', ''],
		titles: [
			'{place}关于加强农村人居环境整治的实施意见',
			'{city}城乡居民医保实施细则',
			'{place}安全生产责任清单',
		],
		offices: ['{place}政字', '{place}委发', '{city}财农'],
		items: [
			(p) => `《${p.title}》（${p.office}〔${p.year}〕${p.n}号）`,
			(p) => `${p.office}[${p.year}]${p.n}号  ${p.title}`,
		],
		count: [1, 3],
	},
	replyCard: {
		rate: 0.05,
		questions: ['村里的路灯坏了两个月了，什么时候能修？', '孩子在外地上学，医保怎么报销？'],
		answers: [
			'您好，已安排施工队入村检修，预计本周内完成。',
			'来信收悉。异地就医备案后可直接结算，详情请致电医保窗口。',
		],
		units: ['{place}住房和城乡建设局', '{place}医疗保障局', '{place}城管执法大队'],
		dates: ['YYYY-MM-DD', 'YYYY年M月D日'],
		cards: [
			(p) =>
				`留言编号：${p.n}\n网友提问：${p.question}（${p.asked}）\n${p.unit}答复：${p.answer}（${p.replied}）`,
			(p) =>
				`【问】${p.question}\n提问时间 ${p.asked}\n【答】${p.answer}\n答复单位 ${p.unit} ${p.replied}`,
		],
	},
	mailboxBox: {
		rate: 0.06,
		boxes: [
			(p) =>
				`县长热线信箱\n本月收件 ${p.received} 件  已办结 ${p.answered} 件\n累计受理 ${p.total} 件  [写信]`,
			(p) => `书记信箱 | 收信${p.received} 回复${p.answered} 总计${p.total}`,
		],
	},
	badgeStrip: {
		rate: 0.08,
		strips: [
			'政府网站标识码 51xxxxxx00  网站找错\n党政机关 ✓',
			'[党政机关标识] [网站找错] [IPv6网站] [适老化认证]',
		],
	},
	alertBanner: {
		rate: 0.05,
		lags: [1, 40],
		dates: ['YYYY年M月D日 HH时', 'M月D日HH:mm'],
		issuers: ['{place}气象局', '{place}自然资源和规划局', '{place}森林防灭火指挥部'],
		signals: ['大风蓝色预警', '地质灾害气象风险黄色预警', '高温橙色预警信号', '森林火险红色预警'],
		bars: [
			(p) => `⚠ ${p.issuer} ${p.date} 发布${p.signal}`,
			(p) => `【预警】${p.signal}\n发布单位：${p.issuer}  时间：${p.date}`,
		],
	},
	pressBriefing: {
		rate: 0.06,
		sessions: [1, 40],
		dates: ['YYYY年M月D日HH:mm', 'YYYY-MM-DD HH时'],
		halls: ['{place}政务服务中心会议室', '{city}新闻中心一楼发布厅'],
		hosts: ['县委宣传部副部长', '市政府新闻办主任'],
		posts: ['县发展改革局局长', '县教育体育局副局长', '县人社局党组书记', '县农业农村局局长'],
		blocks: [
			(p) =>
				`政策例行吹风会（第${p.session}期）\n时间：${p.date}\n地点：${p.hall}\n主持：${p.host}\n发言：${p.speakers.join('；')}`,
			(p) =>
				`新闻发布 · 第${p.session}场\n${p.date} ｜ ${p.hall}\n主持人 ${p.host}\n发布人 ${p.speakers.join(' ')}`,
		],
	},
	mediaMatrix: {
		rate: 0.06,
		heads: ['扫码关注我们', '{place}官方账号'],
		platforms: ['微信', '抖音', '快手', '视频号', '今日头条', '小红书'],
		accounts: ['{place}政务发布', '{place}融媒号', '指尖{place}'],
		items: [(pf, a) => `${pf}：${a}`, (pf, a) => `[${pf}] ${a}`],
		joins: ['\n', '   '],
	},
	subscribeNotice: {
		rate: 0.1,
		top: 0.3,
		codes: ['61-{nn}', '65-{nn}'],
		prices: [240, 288, 312],
		boxes: [
			(p) =>
				`${p.year}年度《${p.paper}》开始征订\n邮发代号：${p.code}  全年定价：${p.price}元\n各地邮局均可订阅`,
			(p) => `订报热线｜${p.paper}${p.year}年全年${p.price}元（代号${p.code}）`,
		],
	},
};
