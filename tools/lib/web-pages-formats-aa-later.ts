import type { CodeFormats } from './web-pages-formats.ts';

/** Split aa's later kinds: ads, corrections, media, weather, colophons, posters, cards, letters. */
export const AA_LATER: Partial<CodeFormats> = {
	classifiedAds: {
		rate: 0.05,
		atTop: 0.4,
		heads: ['公告栏', '声明·公告', ''],
		firms: ['{place}兴边商贸有限公司', '{place}某某种植专业合作社', '{city}边贸物流有限公司'],
		ads: [
			'{firm}不慎遗失公章一枚，声明作废。\n{signed}',
			'减资公告：{firm}经股东会决议减少注册资本，特此公告。{signed}',
		],
		count: [1, 3],
		days: [1, 6],
		dates: ['YYYY年M月D日', 'YYYY.MM.DD'],
	},
	correction: {
		rate: 0.03,
		notices: [
			'【勘误】{day}：本网此前刊发的《{title}》一文中有误，现已更正。',
			'更正说明（{day}）：《{title}》中数据有误，特此更正并致歉。',
		],
		dates: ['YYYY年M月D日', 'YYYY-MM-DD'],
		after: [1, 6],
	},
	mediaFocus: {
		rate: 0.04,
		heads: ['媒体眼中的我们', '外媒关注'],
		items: ['【{outlet}】{title}　{day}', '{outlet}：{title}（{day}）'],
		outlets: ['云南日报', '广西日报', '黑龙江日报', '青海日报', '中国民族报', '央视新闻客户端'],
		dates: ['MM-DD', 'YYYY-MM-DD'],
		count: [2, 4],
		more: ['更多 >>', '查看全部'],
	},
	weatherBox: {
		rate: 0.04,
		heads: ['天气早知道', '近日天气'],
		days: ['{day}　{sky}　{low}~{high}℃　{wind}', '{day} {sky} {low}/{high}℃'],
		dates: ['M月D日', 'MM/DD'],
		skies: ['晴', '多云', '小雨', '阴转阵雨', '晴转多云'],
		winds: ['西南风2级', '微风', '北风3-4级'],
		count: [2, 4],
	},
	colophon: {
		rate: 0.05,
		colophons: [
			'地址：{city}团结路{n}号　邮编：6{nn}000\n广告许可证：{n}　零售价：1.00元',
			'{paper}　总编辑：{name}\n发行热线：{n}　印刷：{city}日报印务中心',
		],
	},
	sharePoster: {
		rate: 0.03,
		posters: [
			'{ptitle}\n{source} · {date}\n长按识别二维码阅读全文',
			'【海报】{ptitle}\n来源：{source}\n扫码查看详情',
		],
	},
	wechatChrome: {
		rate: 0.05,
		groups: [
			'上滑继续阅读下一篇文章',
			'长按小程序码 · 进入公众号主页',
			'轻触两下取消点赞',
			'好的，知道了',
		],
		count: [1, 3],
	},
	authorCard: {
		rate: 0.04,
		units: ['{place}党校', '{place}教育体育局', '{place}第一中学'],
		cards: ['作者：{name}，供职于{unit}', '【作者】{name}\n{unit}干部，业余写作者'],
	},
	pageDirectory: {
		rate: 0.05,
		atTop: 0.5,
		heads: ['本期版面', '版面一览'],
		items: ['{page}版 {section}', '第{page}版：{section}'],
		pages: [4, 8],
		glues: ['\n', '　'],
	},
	docRefs: {
		rate: 0.04,
		heads: ['依据文件', '政策依据：'],
		titles: [
			'{place}人民政府关于加强边境管控的实施意见',
			'{place}乡村振兴专项资金管理办法',
			'{city}营商环境优化提升方案',
		],
		offices: ['{place}政发', '{place}政办发', '{place}委办'],
		items: [
			(p) => `《${p.title}》（${p.office}〔${p.year}〕${p.n}号）`,
			(p) => `${p.office}〔${p.year}〕${p.n}号 ${p.title}`,
		],
		count: [1, 3],
	},
	replyCard: {
		rate: 0.04,
		questions: [
			'请问{place}今年的边民补助什么时候发放？',
			'我们村的饮水管道坏了好久，能否尽快维修？',
		],
		answers: [
			'您好，补助资金已下达乡镇，近期将发放到户。',
			'您好，已安排专人到现场查看，近日完成修复。',
		],
		units: ['{place}民政局', '{place}水务局', '{place}人民政府办公室'],
		dates: ['YYYY-MM-DD', 'YYYY年M月D日'],
		cards: [
			(p) =>
				`【来信】${p.question}\n来信时间：${p.asked}　编号：${p.n}\n【回复单位】${p.unit}\n${p.answer}\n回复时间：${p.replied}`,
			(p) => `网友提问（${p.asked}）：${p.question}\n${p.unit}答复（${p.replied}）：${p.answer}`,
		],
	},
	mailboxBox: {
		rate: 0.04,
		boxes: [
			(p) =>
				`书记信箱 | 县长信箱 | 部门信箱\n本月收信 ${p.received} 封，已办结 ${p.answered} 封，累计 ${p.total} 封`,
			(p) => `我要写信　我要查询\n来信统计：本月${p.received}　已回复${p.answered}`,
		],
	},
	badgeStrip: {
		rate: 0.05,
		strips: ['党政机关网站标识　政府网站找错　支持IPv6', '适老化无障碍服务　网站地图　隐私声明'],
	},
};
