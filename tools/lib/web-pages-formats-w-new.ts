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
	| 'printedIn'
	| 'disclaimer'
	| 'pastDays'
	| 'classifiedAds'
>;

/**
 * Split w's wording of the kinds splits u and v added, and its own four: a 刊发 line naming the
 * paper and day that printed the story first, a 免责/版权声明 after a repost, a 往年今日 box of the
 * same day in earlier years, and an e-paper page's 分类广告 notices; written blind.
 */
export const W_NEW: New = {
	summaryBox: {
		rate: 0.05,
		boxes: ['【提要】{lead}', '【导读】{lead}', '核心提示\n{lead}'],
		longest: 60,
		ellipses: ['……', '...'],
	},
	hotList: {
		rate: 0.05,
		atTop: 0.3,
		heads: ['阅读排行榜', '本周热点\n周榜 | 月榜', ''],
		items: ['{rank}、{title}', '{rank}　{title}　{reads}次', 'TOP{rank} {title}'],
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
			'征求意见时间：{from}至{until}\n意见反馈邮箱：{place}sfj@163.com',
			'反馈截止日期：{until}（自{from}起）\n联系电话：0{nn}-{n}',
		],
	},
	surveyPopup: {
		rate: 0.04,
		atTop: 0.5,
		popups: [
			'{site}网站满意度调查\n参与调查　下次再说',
			'温馨提示：为获得更好的浏览效果，请使用Chrome或Edge浏览器。\n[×]',
		],
	},
	publicAd: {
		rate: 0.04,
		blocks: [
			'节约粮食　从我做起',
			'文明{place}　你我共建',
			'讲文明　树新风',
			'守护绿水青山　共建美丽{city}',
		],
	},
	miniCard: {
		rate: 0.05,
		blocks: [
			'{place}发布\n视频号 · 点击观看',
			'小程序\n{place}政务服务 · 立即办理',
			'{place}融媒\n公众号 · 进入主页',
		],
	},
	tipLine: {
		rate: 0.05,
		blocks: [
			'报料电话：0{nn}-{n}\n投稿邮箱：tg{n}@126.com',
			'新闻线索请拨打{place}融媒体中心热线 0{nn}-{n}',
			'欢迎提供新闻线索　微信同号：1{n}',
		],
	},
	issuePager: {
		rate: 0.06,
		gaps: [1, 1],
		dates: ['YYYY-MM-DD', 'M月D日'],
		lines: ['往期：{prev}　|　下期：{next}', '« 上期 {prev}　　下期 {next} »'],
	},
	printedIn: {
		rate: 0.06,
		above: 0.4,
		days: [0, 3],
		dates: ['YYYY年M月D日', 'M月D日', 'YYYY-MM-DD'],
		lines: [
			'（本文刊发于《{paper}》{printed}第{nn}版）',
			'原载《{paper}》{printed} {nn}版',
			'【刊发信息】《{paper}》　{printed}　第{nn}版：{section}',
			'此文{printed}见报于《{paper}》',
		],
	},
	disclaimer: {
		rate: 0.12,
		blocks: [
			'声明：本文转载自网络，仅用于传递更多信息，不代表本平台观点。如涉及版权问题，请联系我们删除。',
			'【免责声明】本号转载的文章均注明来源，版权归原作者所有。若有侵权，请后台留言，我们将及时处理。',
			'版权声明：凡本网注明“来源：{site}”的作品，版权均属{site}所有，未经授权不得转载。\n其他来源的稿件，均为转载稿，本网转载出于非商业性的教育和科研之目的。',
			'图片来源于网络，如有侵权请联系删除。',
			'本文仅代表作者观点，不代表{place}发布立场。',
		],
	},
	pastDays: {
		rate: 0.05,
		heads: ['往年今日', '历史上的今天', '▍那年今日'],
		count: [2, 4],
		dates: ['YYYY-MM-DD', 'YYYY年M月D日', 'YYYY.MM.DD'],
		items: ['{past}　{title}', '· {title}（{past}）', '[{past}] {title}'],
	},
	classifiedAds: {
		rate: 0.1,
		atTop: 0.2,
		heads: ['分类广告', '广告·公告', ''],
		firms: [
			'{place}恒源建材有限公司',
			'{city}市鑫达物流有限公司',
			'{place}绿野农业专业合作社',
			'{place}宏泰商贸有限责任公司',
		],
		ads: [
			'遗失声明\n{firm}不慎遗失公章一枚，声明作废。\n{signed}',
			'注销公告\n经股东会决议，{firm}拟向登记机关申请注销登记，请债权人自本公告见报之日起45日内向本公司申报债权。\n特此公告。\n{firm}\n{signed}',
			'{name}不慎遗失《残疾人证》，证号：{n}，声明作废。',
			'减资公告：{firm}经股东会决议，注册资本由500万元减至100万元，请债权人自见报之日起45日内申报债权。{signed}',
			'拍卖公告\n受委托，定于本月{nn}日上午10时在{place}公共资源交易中心公开拍卖车辆一批，详情咨询：0{nn}-{n}。',
		],
		count: [1, 3],
		days: [1, 5],
		dates: ['YYYY年M月D日', 'YYYY.M.D'],
	},
};
