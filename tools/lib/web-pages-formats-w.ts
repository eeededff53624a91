import type { CodeFormats } from './web-pages-formats.ts';
import { W_BLOCKS } from './web-pages-formats-w-blocks.ts';
import { W_KINDS } from './web-pages-formats-w-kinds.ts';
import { W_LINES } from './web-pages-formats-w-lines.ts';
import { W_NEW } from './web-pages-formats-w-new.ts';
import { W_VIEWS } from './web-pages-formats-w-views.ts';

/**
 * Split w's formats (held out), written blind without reading a–v or the pipeline: the names a
 * Windows or Android save gives a page, how sites print other dates, indents, the order of a
 * portal's top lines, how often pages carry each kind of block, and the four kinds of its own.
 */
export const BLIND_W: CodeFormats = {
	fileNames: (epaper, p) =>
		epaper
			? [
					`${p.paper}_${p.day}_${p.n.slice(-2)}版.txt`,
					`epaper_${p.day}_${p.n.slice(0, 4)}.txt`,
					`${p.paper}（${p.day.slice(0, 4)}年${p.day.slice(4, 6)}月${p.day.slice(6)}日）.txt`,
				]
			: [
					`${p.safe}（${p.site}·存档）.txt`,
					`${p.safe}〔${p.day.slice(0, 4)}〕.txt`,
					`${p.n.slice(0, 6)}.htm.txt`,
					`${p.safe}_副本.txt`,
					`c${p.day.slice(2)}_${p.n.slice(-5)}.txt`,
				],
	otherDates: ['YY-MM-DD', 'YYYY年M月D日 HH:mm', '〔MM-DD〕', 'M.D', 'YYYY/MM/DD HH:mm'],
	indents: ['', '', '\u3000\u3000', '\u3000\u3000', '\u00a0\u00a0\u00a0', '   ', '\u3000 '],
	topOrders: [
		['nav', 'toolbar', 'search'],
		['toolbar', 'nav'],
		['search', 'nav'],
		['nav'],
		['toolbar', 'search', 'nav'],
	],
	metaBelowBody: 0.04,
	flattenTop: 0.07,
	bylineAtEnd: 0.1,
	mixedWidth: 0.04,
	wechatCopy: {
		rate: 0.45,
		heads: (p) => [
			`${p.original ? '［原创］' : '［转载］'}${p.author}／${p.account}\n${p.time}　IP属地：${p.province}`,
			`${p.account}\n${p.author}　${p.original ? '原创首发' : '转发'}　${p.time}　${p.province}`,
			`${p.author}\n${p.account}　${p.time}`,
			`${p.time} ${p.province}\n${p.account}`,
		],
		times: ['YYYY-MM-DD HH:mm', 'YYYY年M月D日 HH:mm', 'M月D日'],
		provinces: [
			'黑龙江',
			'内蒙古',
			'青海',
			'贵州',
			'甘肃',
			'广西',
			'海南',
			'江西',
			'湖南',
			'吉林',
			'新疆',
			'海南',
		],
		credits: [
			'来源｜{source}\n编辑｜{name}\n初审｜{name}\n复审｜{name}\n终审｜{name}',
			'文字：{name}\n图片：{name}\n责编：{name}',
			'素材来源：{source}\n编辑：{name}  审核：{name}',
			'出品：{source}\n监制：{name}　主编：{name}',
		],
		repostLines: ['本文转载自公众号：{source}', '转自｜{source}', '本文来源：{source}公众号'],
	},
	hardWrap: { rate: 0.04, columns: [60, 90] },
	titleBreak: 0.08,
	infoTable: {
		rate: 0.09,
		tables: (p) => [
			`索 引 号：${p.n.slice(0, 6)}/${p.year}-${p.n.slice(-5)}\n发布机构：${p.source}\n生成日期：${p.date}\n名　　称：${p.title}\n主 题 词：`,
			`信息索引号　${p.n}\n公开方式　主动公开\n发文机关　${p.source}\n公开日期　${p.date}\n公开范围　面向社会`,
			`【索引号】${p.n}-${p.year}\n【发布单位】${p.source}\n【发布日期】${p.date}\n【文　　号】无`,
		],
	},
	...W_VIEWS,
	...W_BLOCKS,
	...W_LINES,
	...W_KINDS,
	...W_NEW,
};
