import type { CodeFormats } from './web-pages-formats.ts';

/** Split z's own kinds: 相关文件 with 文号, a 政民互动 card, a 领导信箱 box, the footer's badges. */
export const Z_KINDS: Partial<CodeFormats> = {
	docRefs: {
		rate: 0.14,
		heads: ['相关文件：', '【相关政策文件】', ''],
		titles: [
			'{place}关于进一步优化营商环境的若干措施',
			'{place}农村人居环境整治提升行动方案',
			'{city}城乡居民医疗保险实施办法',
			'{place}防汛抗旱应急预案',
		],
		offices: ['{place}政发', '{place}政办发', '{place}委办'],
		items: [
			(p) => `· 《${p.title}》（${p.office}〔${p.year}〕${p.n}号）`,
			(p) => `${p.title}　${p.office}〔${p.year}〕${p.n}号`,
		],
		count: [1, 3],
	},
	replyCard: {
		rate: 0.1,
		questions: [
			'我村通往乡里的道路破损严重，何时能够维修？',
			'{place}城区停车难问题能否解决？',
			'请问今年的耕地地力保护补贴什么时候发放？',
		],
		answers: [
			'您好！您反映的问题已转交相关乡镇核实，将于近期安排处理。',
			'感谢您的关注，相关工作正在推进中，请耐心等待。',
		],
		units: ['{place}交通运输局', '{place}农业农村局', '{place}住房和城乡建设局'],
		dates: ['YYYY-MM-DD', 'YYYY年MM月DD日', 'YYYY-MM-DD HH:mm'],
		cards: [
			(p) =>
				`网民留言\n留言标题：${p.question}\n留言时间：${p.asked}\n回复单位：${p.unit}\n回复内容：${p.answer}\n回复时间：${p.replied}`,
			(p) =>
				`【政民互动】信件编号 ${p.n}　${p.question}（${p.asked}）\n${p.unit}答复（${p.replied}）：${p.answer}`,
		],
	},
	mailboxBox: {
		rate: 0.12,
		boxes: [
			(p) =>
				`领导信箱\n书记信箱　县长信箱　部门信箱\n[我要写信] [信件查询]\n本月收到来信${p.received}件，已办结${p.answered}件`,
			(p) =>
				`{place}长信箱　累计受理${p.total}件　本月受理${p.received}件　办结${p.answered}件　[写信]`,
		],
	},
	badgeStrip: {
		rate: 0.15,
		strips: [
			'党政机关　政府网站找错　IPv6网站支持　适老化无障碍服务',
			'[党政机关] [我为政府网站找错] [网站标识码 {n}]',
			'党政机关标识 | 政府网站找错 | 支持IPv6 | 长者模式',
		],
	},
};
