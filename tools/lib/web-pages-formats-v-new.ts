import type { CodeFormats } from './web-pages-formats.ts';

type New = Pick<
	CodeFormats,
	| 'summaryBox'
	| 'hotList'
	| 'opinionWindow'
	| 'surveyPopup'
	| 'publicAd'
	| 'miniCard'
	| 'tipLine'
	| 'issuePager'
>;

/**
 * Split v's wording of the kinds split u added, and its own four: a 公益广告 slogan between two
 * paragraphs of a portal or reprint page, a WeChat post's embedded 视频号/小程序/名片 card between two
 * paragraphs, a 新闻热线/投稿 block after the text, and an e-paper's 上一期/下一期 buttons with the
 * neighbouring issues' days; written blind.
 */
export const V_NEW: New = {
	summaryBox: {
		rate: 0.06,
		boxes: ['【内容提要】{lead}', '要点速览\n{lead}'],
		longest: 60,
		ellipses: ['……', '...'],
	},
	hotList: {
		rate: 0.06,
		atTop: 0.4,
		heads: ['阅读排行', '本周热点\n━━━━'],
		items: ['{rank}. {title}', 'TOP{rank} {title}　{reads}次'],
		count: [3, 6],
		reads: [800, 30000],
	},
	opinionWindow: {
		rate: 0.04,
		above: 0.5,
		opens: [0, 5],
		lasts: [15, 30],
		dates: ['YYYY年M月D日', 'YYYY-MM-DD'],
		boxes: [
			'征求意见时间：{from}——{until}\n意见反馈邮箱：{place}sfj@163.com',
			'【公开征求意见】\n起止日期：{from}至{until}\n联系电话：0{nn}-{n}',
		],
	},
	surveyPopup: {
		rate: 0.04,
		atTop: 0.5,
		popups: [
			'政府网站用户体验调查\n诚邀您参与问卷，约需2分钟。\n参与　　下次再说',
			'温馨提示：为获得更好的浏览体验，建议使用谷歌、360极速模式或Edge浏览器访问本站。\n×',
		],
	},
	publicAd: {
		rate: 0.2,
		blocks: [
			'公益广告\n文明{place}　你我共建',
			'【公益广告】垃圾分类　从我做起',
			'讲文明　树新风\n—— {place}文明办宣',
			'全民反诈　守护钱袋\n（公益广告）',
			'珍爱生命　远离毒品',
			'节约粮食　光盘行动\n中国梦·{place}美',
		],
	},
	miniCard: {
		rate: 0.25,
		blocks: [
			'视频号\n{site}\n{title}',
			'▷ {place}发布的视频号\n{title}',
			'小程序\n{place}政务服务',
			'{place}融媒\n公众号 · 已关注',
			'点击下方卡片 关注我们\n{place}发布\n{place}官方信息发布平台',
			'视频号 · {place}融媒\n{title}　02:{nn}',
		],
	},
	tipLine: {
		rate: 0.2,
		blocks: [
			'新闻热线：0{nn}-{n}\n投稿邮箱：{place}xw@126.com',
			'欢迎提供新闻线索！报料电话：0{nn}-{n}（24小时）',
			'投稿邮箱：tougao{n}@163.com\n地址：{place}人民路{nn}号',
			'【爆料】你身边有新鲜事吗？请联系我们：0{nn}-{n}',
			'{site}欢迎投稿　联系电话：0{nn}-{n}',
		],
	},
	issuePager: {
		rate: 0.2,
		gaps: [1, 7],
		dates: ['YYYY-MM-DD', 'YYYY年M月D日', 'MM月DD日'],
		lines: [
			'上一期：{prev}　下一期：{next}',
			'« {prev}　　{next} »',
			'前一期（{prev}）｜后一期（{next}）',
		],
	},
};
