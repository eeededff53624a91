import type { CodeFormats } from './web-pages-formats.ts';

/** Split ab's wording of insets and notices: ads, mini-program cards, tips, issue pagers, 刊于 lines, statements, 往年今日, classifieds, corrections, media focus, weather, colophons. */
export const AB_INSETS: Pick<
	CodeFormats,
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
	publicAd: {
		rate: 0.06,
		blocks: [
			'【公益】节约粮食 从我做起\n{place}文明办宣',
			'讲文明 树新风 · 公益广告',
			'珍爱生命 远离毒品（公益宣传）',
		],
	},
	miniCard: {
		rate: 0.06,
		blocks: ['小程序 · {place}智慧办事\n社保 医保 公积金 一键查询', '[小程序] {city}停车缴费'],
	},
	tipLine: {
		rate: 0.06,
		blocks: ['新闻线索请拨打热线：0{nn}-12345', '有料爆给我们 → 报料邮箱：baoliao@xqrb.com.cn'],
	},
	issuePager: {
		rate: 0.12,
		gaps: [1, 2],
		dates: ['YYYY年M月D日', 'YYYY-MM-DD'],
		lines: ['« 前一期（{prev}）   后一期（{next}）»', '上期：{prev} ｜ 下期：{next}'],
	},
	printedIn: {
		rate: 0.06,
		above: 0.4,
		days: [1, 4],
		dates: ['M月D日', 'YYYY年M月D日'],
		lines: ['（见报于《{paper}》{printed}第{nn}版）', '本文已刊发在{printed}出版的{paper}'],
	},
	disclaimer: {
		rate: 0.06,
		blocks: [
			'版权说明：本号转载稿件均注明出处，如涉及版权问题请后台留言。',
			'※ 文中观点仅代表原作者，与本站立场无关。',
		],
	},
	pastDays: {
		rate: 0.05,
		heads: ['往年今日回顾', '那年这天', ''],
		count: [1, 3],
		dates: ['YYYY年M月D日', 'YYYY'],
		items: ['{past} · {title}', '〔{past}〕{title}'],
	},
	classifiedAds: {
		rate: 0.08,
		atTop: 0.3,
		heads: ['分类广告专版', '遗失·公告'],
		firms: ['{place}鑫源农业开发有限公司', '{city}宏达建材经营部', '{place}顺丰劳务服务队'],
		ads: [
			'{firm}遗失营业执照副本，声明作废。\n{signed}',
			'清算公告：{firm}拟注销，请债权人申报债权。（{signed}）',
		],
		count: [1, 3],
		days: [1, 10],
		dates: ['YYYY年M月D日', 'YYYY.M.D'],
	},
	correction: {
		rate: 0.04,
		notices: [
			'【勘误】{day}：原文《{title}》中一处人名有误，现已订正。',
			'更正说明（{day}）：本文数据经核实后已修改。',
		],
		dates: ['YYYY年M月D日', 'M月D日'],
		after: [1, 4],
	},
	mediaFocus: {
		rate: 0.06,
		heads: ['媒体眼中的我县', '外媒眼中的家乡'],
		items: ['{outlet}报道：{title} {day}', '〔{outlet}〕{title}（{day}）'],
		outlets: ['光明日报', '中国新闻网', '经济日报', '农民日报', '省广播电视台'],
		dates: ['MM-DD', 'YYYY年M月D日'],
		count: [2, 4],
		more: ['查看更多报道 »', '更多'],
	},
	weatherBox: {
		rate: 0.06,
		heads: ['未来几日天气', '🌤 天气早知道'],
		days: ['{day} {sky} {low}℃~{high}℃ {wind}', '{day}：{sky}，气温{low}至{high}度，{wind}'],
		dates: ['M月D日', 'MM/DD W'],
		skies: ['晴间多云', '阵雨', '阴有小雨', '多云转晴', '雨夹雪'],
		winds: ['北风3级', '微风', '西南风1~2级'],
		count: [2, 4],
	},
	colophon: {
		rate: 0.12,
		colophons: [
			'主管主办：中共{city}委宣传部  出版：{paper}社\n国内统一连续出版物号 CN 51-00{nn}\n社址：{city}人民路{n}号',
			'{paper}  编辑部电话：0{nn}-8{n}  广告经营许可证：第{nn}号',
		],
	},
};
