import type { CodeFormats } from './web-pages-formats.ts';

/**
 * Split x's wording of four kinds earlier splits brought in: a county outlet's 报料 block, a 摘要
 * box, a reading-time line, a 标签 line, a 延伸阅读 box, an e-paper desk line and a 更新时间 line.
 */
export const X_EARLIER: Pick<
	CodeFormats,
	'tipLine' | 'summaryBox' | 'readingTime' | 'tagLine' | 'readMore' | 'deskCredits' | 'updateStamp'
> = {
	tipLine: {
		rate: 0.07,
		blocks: [
			'欢迎提供新闻线索：{place}融媒体中心报料热线 {n}',
			'【我要报料】身边有新鲜事？请拨打热线{n}，或发送邮件至本站投稿信箱，一经采用即付稿酬。',
			'投稿须知\n来稿请注明真实姓名及联系方式\n稿件一经刊用，按规定支付稿酬',
		],
	},
	summaryBox: {
		rate: 0.06,
		boxes: ['〔内容提要〕{lead}', '【导读】\n{lead}', '▍核心提示\n{lead}'],
		longest: 58,
		ellipses: ['……（详见正文）', '…（全文）', '……'],
	},
	readingTime: {
		rate: 0.06,
		perMinute: [300, 450],
		rounding: [10, 100],
		lines: [
			(p) => `全文共${p.chars}字，读完约需${p.minutes}分钟`,
			(p) => `全文${p.chars}字 | 建议阅读时长${p.minutes}分钟`,
			(p) => `◷ 阅读时间约${p.minutes}分钟（${p.chars}字）`,
		],
	},
	tagLine: {
		rate: 0.08,
		tags: [
			'和美乡村',
			'优化营商',
			'安全生产治本攻坚',
			'民生十件实事',
			'蓝天碧水',
			'文明城市创建',
			'网格化治理',
			'重点项目',
			'汛期安全',
			'稳岗扩就业',
		],
		glues: ['；', ' # ', '、'],
		blocks: ['本文标签 >> {tags}', '【主题词】{tags}', '相关话题：{tags}'],
	},
	readMore: {
		rate: 0.07,
		heads: ['▶ 延伸阅读', '【相关阅读推荐】', ''],
		items: ['◇ {title}', '{title}（{odate}）', '· {title} >>'],
		count: [1, 3],
		feet: ['', '（点击标题查看原文）'],
	},
	deskCredits: {
		rate: 0.12,
		atTop: 0.35,
		lines: [
			'本版主编：{name}　责任编辑：{name}　版式：{name}',
			'值班编委：{name}\n本版编辑：{name}　校对：{name}',
			'责编 {name}　美编 {name}　审读 {name}',
		],
	},
	updateStamp: {
		rate: 0.06,
		days: [1, 40],
		dates: ['YYYY-MM-DD HH:mm:ss', 'YYYY年M月D日 HH时', 'YYYY.M.D'],
		lines: [
			'本页最后修改：{updated}',
			'〔本页更新于{updated}〕',
			'信息更新：{updated}　维护单位：{place}大数据中心',
		],
	},
};
