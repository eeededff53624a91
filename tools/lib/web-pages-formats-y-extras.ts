import type { CodeFormats } from './web-pages-formats.ts';

/**
 * Split y's later kinds (点击排行, 意见征集, pop-ups, 公益广告, 小程序 cards, 报料 lines, e-paper
 * issue pagers, 刊发 lines, 免责声明, 往年今日, 分类广告, 更正, 媒体聚焦, 天气, 报尾), written blind.
 */
export const Y_EXTRAS: Pick<
	CodeFormats,
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
	| 'correction'
	| 'mediaFocus'
	| 'weatherBox'
	| 'colophon'
> = {
	hotList: {
		rate: 0.05,
		atTop: 0.3,
		heads: ['阅读排行', '本周热点\n————'],
		items: ['{rank}. {title}', '{rank}　{title}　{reads}次', 'TOP{rank} {title}'],
		count: [3, 6],
		reads: [800, 12000],
	},
	opinionWindow: {
		rate: 0.04,
		above: 0.4,
		opens: [0, 3],
		lasts: [15, 30],
		dates: ['YYYY年M月D日', 'YYYY-MM-DD'],
		boxes: [
			'征求意见时间：{from}至{until}\n意见请发送至：{place}司法局',
			'【公开征求意见】起止日期 {from} — {until}\n联系电话：{n}',
		],
	},
	surveyPopup: {
		rate: 0.04,
		atTop: 0.5,
		popups: [
			'您对本网站的服务是否满意？\n非常满意　满意　不满意\n关闭',
			'温馨提示：为获得更好的浏览体验，建议使用Chrome浏览器\n我知道了',
		],
	},
	publicAd: {
		rate: 0.04,
		blocks: ['文明{place}　人人共建', '讲文明　树新风　公益广告', '节约粮食　从我做起'],
	},
	miniCard: {
		rate: 0.05,
		blocks: [
			'▶ 视频号 · {place}发布\n点击观看',
			'小程序\n{place}政务服务',
			'{place}融媒\n公众号 · 关注',
		],
	},
	tipLine: {
		rate: 0.05,
		blocks: [
			'新闻爆料：{n}\n投稿邮箱：见官网',
			'欢迎投稿　线索征集热线：{n}',
			'有新闻线索？请拨打{place}融媒体中心热线',
		],
	},
	issuePager: {
		rate: 0.06,
		gaps: [1, 7],
		dates: ['YYYY-MM-DD', 'M月D日'],
		lines: ['‹ 上期 {prev}　　下期 {next} ›', '前一期：{prev}　后一期：{next}'],
	},
	printedIn: {
		rate: 0.05,
		above: 0.3,
		days: [0, 3],
		dates: ['YYYY年M月D日', 'YYYY-MM-DD'],
		lines: ['（原载{printed}《{paper}》第{nn}版）', '本文刊于{printed}{paper}{nn}版'],
	},
	disclaimer: {
		rate: 0.05,
		blocks: [
			'声明：本文仅代表作者本人观点，与本号无关。',
			'版权说明：图文来源于网络，版权归原作者所有。如涉版权，请联系删除。',
		],
	},
	pastDays: {
		rate: 0.04,
		heads: ['历年今日', '那年今天'],
		count: [1, 3],
		dates: ['YYYY年', 'YYYY-MM-DD'],
		items: ['{past}｜{title}', '· {title}（{past}）'],
	},
	classifiedAds: {
		rate: 0.06,
		atTop: 0.4,
		heads: ['公告栏', '声明·启事', ''],
		firms: [
			'{place}鑫源商贸有限公司',
			'{place}永兴建材厂',
			'{city}华润农业合作社',
			'{place}城关镇卫生院',
		],
		ads: [
			'{firm}不慎遗失营业执照副本，声明作废。\n{signed}',
			'注销公告：{firm}经股东会决议注销，请债权人自公告之日起45日内申报债权。\n{firm}　{signed}',
		],
		count: [1, 3],
		days: [1, 10],
		dates: ['YYYY年M月D日', 'YYYY.MM.DD'],
	},
	correction: {
		rate: 0.03,
		notices: [
			'【更正说明】本网{day}对《{title}》一文中的个别数据进行了修正。',
			'勘误：{day}，原稿《{title}》有误，现已更正。',
		],
		dates: ['YYYY年M月D日', 'M月D日'],
		after: [1, 6],
	},
	mediaFocus: {
		rate: 0.04,
		heads: ['媒体看我县', '各级媒体关注'],
		items: ['【{outlet}】{title}　{day}', '{outlet}：{title}（{day}）'],
		outlets: ['新华网', '人民网', '央视新闻', '中国新闻网', '光明网', '省广播电视台'],
		dates: ['MM-DD', 'YYYY-MM-DD'],
		count: [2, 4],
		more: ['更多>>', '查看全部'],
	},
	weatherBox: {
		rate: 0.04,
		heads: ['天气早知道', '未来几天天气'],
		days: ['{day}　{sky}　{low}~{high}℃　{wind}', '{day} {sky} 气温{low}至{high}度 {wind}'],
		dates: ['M月D日', 'MM/DD W'],
		skies: ['晴', '多云', '阴转小雨', '阵雨', '晴转多云', '小雪'],
		winds: ['北风3级', '东南风微风', '西风4-5级'],
		count: [2, 4],
	},
	colophon: {
		rate: 0.05,
		colophons: [
			'{paper}社出版　地址：{city}市人民路{n}号　零售价：1.00元',
			'印刷：{city}日报印务中心　发行：邮政局　广告经营许可证：{n}',
		],
	},
};
