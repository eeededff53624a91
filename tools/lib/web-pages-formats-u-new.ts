import type { CodeFormats } from './web-pages-formats.ts';

/** The page kinds split u brought in (a 摘要 box, a 点击排行 column, a 意见征集 box, a pop-up), written blind. */
export const U_NEW: Partial<CodeFormats> = {
	summaryBox: {
		rate: 0.12,
		boxes: ['【摘要】{lead}', '内容提要：{lead}', '核心提示：{lead}\n', '导读｜{lead}'],
		longest: 60,
		ellipses: ['……', '...'],
	},
	hotList: {
		rate: 0.12,
		atTop: 0.4,
		heads: ['点击排行', '热文排行榜\n24小时　一周', '阅读排行', ''],
		items: ['{rank}　{title}', '{rank}. {title}　{reads}', 'TOP{rank} {title}（阅读{reads}）'],
		count: [3, 6],
		reads: [800, 26000],
	},
	opinionWindow: {
		rate: 0.1,
		above: 0.5,
		opens: [0, 3],
		lasts: [14, 30],
		dates: ['YYYY年M月D日', 'YYYY-MM-DD', 'YYYY.MM.DD'],
		boxes: [
			'意见征集时间：{from}至{until}\n电子邮箱：zqyj{nn}@163.com\n联系电话：0932-{n}',
			'征求意见起止日期：{from} — {until}\n反馈方式：来信请寄{place}司法局（邮编：74{nn}00）',
			'【征集期限】{from}至{until}　【我要提意见】',
		],
	},
	surveyPopup: {
		rate: 0.1,
		atTop: 0.5,
		popups: [
			'网站满意度调查\n您对本网站的整体评价：○满意 ○比较满意 ○不满意\n提交　关闭',
			'温馨提示：您的浏览器版本过低，为获得更好的浏览效果，建议升级至最新版本。\n×',
			'欢迎访问{site}！\n请对本网站提出宝贵意见　参与调查　下次再说',
		],
	},
};
