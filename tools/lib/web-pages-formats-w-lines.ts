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

/** Split w's lines and boxes of the kinds splits n–q added (players, labels, stamps, boxes), written blind. */
export const W_LINES: Lines = {
	audioPlayer: {
		rate: 0.06,
		voices: ['温柔女声（AI）', '浑厚男声', '方言播报', '童声'],
		blocks: (p) => [
			`🔊 语音播报　${p.voice}　${p.duration}`,
			`收听本文\n00:00 / ${p.duration}`,
			`AI朗读（${p.voice}）`,
		],
	},
	reviewBlock: {
		rate: 0.07,
		blocks: [
			'初审：{name}　复审：{name}\n终审：{name}',
			'采编：{name}｜责编：{name}｜审签：{name}',
			'一审　{name}　二审　{name}　三审　{name}',
		],
	},
	catalogLine: {
		rate: 0.05,
		withMeta: 0.5,
		writtenDates: ['YYYY-MM-DD', 'YYYY年M月D日'],
		lines: (p) => [
			`索引号 ${p.n}｜发布机构 ${p.source}｜成文日期 ${p.written}｜发布日期 ${p.date}`,
			`${p.year}-${p.n} ｜ ${p.source} ｜ 成文于${p.written} ｜ 公开于${p.date}`,
		],
	},
	accountRepost: {
		rate: 0.05,
		accounts: ['{place}发布大厅', '{city}共青团', '{place}文旅', '{place}微生活'],
		heads: ['转自微信公众号“{account}”', '▲ 本文来自公众号{account}'],
		tails: ['更多精彩，请关注“{account}”', '长按下方二维码，关注“{account}”'],
	},
	columnLabel: {
		rate: 0.08,
		columns: ['镇村新闻', '部门资讯', '要闻', '民生服务', '县域视点'],
		labels: ['{column} >', '▌{column}', '本文所属栏目｜{column}'],
		sizers: ['【字号：大　中　小】', '字号 A+ A-', ''],
	},
	crumbDate: {
		rate: 0.05,
		crumbs: [
			'首页 > 新闻中心 > 正文　{date}　{source}',
			'您的位置：首页>>动态 ［{date}］ 来源：{source}',
		],
	},
	tagLine: {
		rate: 0.07,
		tags: [
			'乡村振兴',
			'营商环境',
			'民生实事',
			'安全生产',
			'生态保护',
			'{place}',
			'基层治理',
			'文旅融合',
		],
		glues: [' ', '，', '　'],
		blocks: ['文章标签：{tags}', '关键字：{tags}', '话题 {tags}'],
	},
	followRunIn: {
		rate: 0.04,
		glues: ['', ' ', '　'],
		prompts: [
			'（扫描下方二维码，关注{place}发布）',
			'更多资讯请关注“{place}融媒”微信公众号。',
			'欢迎关注{site}！\n↓↓↓',
		],
	},
	altEcho: {
		rate: 0.05,
		lines: ['▲{ptitle}', '图为{ptitle}现场', '［图片］{ptitle}'],
	},
	updateStamp: {
		rate: 0.05,
		days: [1, 30],
		dates: ['YYYY-MM-DD HH:mm', 'YYYY年M月D日'],
		lines: ['最后更新于 {updated}', '[更新时间：{updated}]', '本文于{updated}修订'],
	},
	datedPager: {
		rate: 0.05,
		pagers: ['上一条：{title}　{odate}\n下一条：{title}　{odate}', '« 前一篇 {title}（{odate}）'],
	},
	serviceBox: {
		rate: 0.04,
		above: 0.4,
		boxes: [
			'办理地点：{place}政务服务中心一楼{nn}号窗口\n办理时间：工作日 9:00-17:00\n咨询电话：0{nn}-{n}',
			'承诺时限：5个工作日\n收费标准：不收费\n是否网办：是',
		],
	},
	readingTime: {
		rate: 0.05,
		perMinute: [300, 500],
		rounding: [10, 100],
		lines: [
			(p) => `全文${p.chars}字｜阅读需${p.minutes}分钟`,
			(p) => `约${p.chars}字，读完约${p.minutes}分钟`,
		],
	},
	todayBar: {
		rate: 0.06,
		days: [1, 200],
		dates: ['YYYY年M月D日 W', 'YYYY-MM-DD W'],
		weathers: ['晴 -12℃~-3℃', '多云转小雨 18~25℃', '阴 空气质量：良', ''],
		bars: ['今日：{today}　{weather}', '{today}　{place}天气：{weather}'],
	},
};
