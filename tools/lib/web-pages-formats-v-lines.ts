import type { CodeFormats } from './web-pages-formats.ts';

type Lines = Pick<
	CodeFormats,
	| 'audioPlayer'
	| 'reviewBlock'
	| 'catalogLine'
	| 'accountRepost'
	| 'columnLabel'
	| 'crumbDate'
	| 'tagLine'
	| 'followRunIn'
	| 'altEcho'
	| 'updateStamp'
	| 'datedPager'
	| 'serviceBox'
	| 'readingTime'
	| 'todayBar'
>;

/** Split v's lines and boxes of the kinds splits n–q added (players, labels, stamps, boxes), written blind. */
export const V_LINES: Lines = {
	audioPlayer: {
		rate: 0.06,
		voices: ['知性女声', '沉稳男声', '小雅', '晓晨'],
		blocks: (p) => [
			`🎧 收听本文　${p.duration}　${p.voice}`,
			`语音播报：${p.voice}\n0:00 / ${p.duration}`,
		],
	},
	reviewBlock: {
		rate: 0.06,
		blocks: ['一审：{name}\n二审：{name}\n三审：{name}', '初审 {name}｜复审 {name}｜终审 {name}'],
	},
	catalogLine: {
		rate: 0.05,
		withMeta: 0.4,
		writtenDates: ['YYYY-MM-DD', 'YYYY年MM月DD日'],
		lines: (p) => [
			`索取号：${p.n}　发布单位：${p.source}　成文日期：${p.written}　发布日期：${p.date}`,
			`[${p.year}]-${p.n} | ${p.source} | 成文：${p.written} | 公开：${p.date}`,
		],
	},
	accountRepost: {
		rate: 0.05,
		accounts: ['{place}发布', '微{place}', '{place}融媒'],
		heads: ['本文来自微信公众号“{account}”', '转自公众号：{account}'],
		tails: ['欢迎关注“{account}”微信公众号', '长按关注{account}，了解更多'],
	},
	columnLabel: {
		rate: 0.08,
		columns: ['乡镇动态', '部门信息', '今日要闻', '基层风采', '县域经济'],
		labels: ['▍{column}', '栏目：{column}', '{column}\n━━━━'],
		sizers: ['字体：【大】【中】【小】', '', '文字大小 ＋ －'],
	},
	crumbDate: {
		rate: 0.05,
		crumbs: [
			'首页 > 新闻动态 > 正文　{date}　{source}',
			'您的位置：首页 » 政务资讯\n{source}　{date}',
		],
	},
	tagLine: {
		rate: 0.07,
		tags: ['乡村振兴', '营商环境', '民生实事', '安全生产', '生态环保', '基层治理', '项目建设'],
		glues: ['　', ' ', '、'],
		blocks: ['标签：{tags}', '#{tags}', '相关标签 {tags}'],
	},
	followRunIn: {
		rate: 0.05,
		glues: ['', '　'],
		prompts: ['（关注{site}，获取更多资讯）', '更多信息请关注“{place}发布”。'],
	},
	altEcho: {
		rate: 0.06,
		lines: ['{ptitle}', '图：{ptitle}', '[图片] {ptitle}'],
	},
	updateStamp: {
		rate: 0.05,
		days: [1, 40],
		dates: ['YYYY-MM-DD HH:mm', 'YYYY年MM月DD日'],
		lines: ['修改时间：{updated}', '（本文于{updated}更新）'],
	},
	datedPager: {
		rate: 0.06,
		pagers: [
			'上一条 {title}　{odate}\n下一条 {title}　{odate}',
			'‹ {title}（{odate}）\n› {title}（{odate}）',
		],
	},
	serviceBox: {
		rate: 0.04,
		above: 0.4,
		boxes: [
			'办事指南\n受理地点：{place}政务服务中心一楼\n法定时限：20个工作日\n承诺时限：5个工作日\n咨询电话：0{nn}-{n}',
			'【办理须知】\n办理对象：自然人、法人\n收费标准：不收费\n投诉电话：12345',
		],
	},
	readingTime: {
		rate: 0.06,
		perMinute: [300, 500],
		rounding: [10, 100],
		lines: [
			(p) => `本文共${p.chars}字，预计阅读${p.minutes}分钟`,
			(p) => `📖 ${p.chars}字 · ${p.minutes}min`,
		],
	},
	todayBar: {
		rate: 0.06,
		days: [2, 200],
		dates: ['YYYY年M月D日 W', 'YYYY-MM-DD W'],
		weathers: ['多云转晴 12℃~24℃', '小雨 8~15℃', ''],
		bars: ['今天是：{today}　{weather}', '{today}　{place}　{weather}'],
	},
};
