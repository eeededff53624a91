import type { CodeFormats } from './web-pages-formats.ts';
import { AA_BLOCKS } from './web-pages-formats-aa-blocks.ts';
import { AA_BOXES } from './web-pages-formats-aa-boxes.ts';
import { AA_KINDS } from './web-pages-formats-aa-kinds.ts';
import { AA_LATER } from './web-pages-formats-aa-later.ts';
import { AA_LINES } from './web-pages-formats-aa-lines.ts';
import { AA_VIEWS } from './web-pages-formats-aa-views.ts';

/**
 * Split aa's formats (held out), written blind from general knowledge of county portals in the
 * border provinces, their e-papers and WeChat accounts, without reading splits a–z, their formats or
 * the pipeline: the names a browser or a phone gives a saved page, how other dates print, indents,
 * the order of the top bars, the habits of the earlier kinds in words of its own, and four kinds of
 * its own (a 预警信息 bar, a 新闻发布会 header, a 政务新媒体矩阵 box, an e-paper 征订启事).
 */
export const BLIND_AA: CodeFormats = {
	fileNames: (epaper, p) =>
		epaper
			? [
					`${p.paper}${p.day}第${p.n.slice(-2)}版.txt`,
					`dzb${p.day}n${p.n.slice(0, 4)}.txt`,
					`${p.safe}丨${p.paper}.txt`,
					`paperindex_${p.n}.txt`,
				]
			: [
					`${p.safe}—${p.site}.txt`,
					`${p.site}_${p.safe.slice(0, 24)}_${p.n.slice(-3)}.txt`,
					`c${p.day}_${p.n}.txt`,
					`news_detail_${p.n}.txt`,
					`${p.safe}【已保存】.txt`,
					`WeChat_${p.day}${p.n.slice(0, 4)}.txt`,
				],
	otherDates: ['YYYY年MM月DD日', '（YYYY-MM-DD）', 'M-D', 'YYYY/MM/DD', '【MM-DD】'],
	indents: ['', '\u3000\u3000', '\u3000\u3000', '   ', '\u00a0\u00a0\u00a0\u00a0', '\t'],
	topOrders: [
		['search', 'nav'],
		['toolbar', 'nav'],
		['nav', 'search', 'toolbar'],
		['toolbar', 'search', 'nav'],
		['search', 'toolbar', 'nav'],
		['nav'],
	],
	metaBelowBody: 0.05,
	flattenTop: 0.06,
	bylineAtEnd: 0.12,
	mixedWidth: 0.05,
	hardWrap: { rate: 0.05, columns: [58, 84] },
	titleBreak: 0.07,
	infoTable: {
		rate: 0.09,
		tables: (p) => [
			`索 引 号：11532${p.n.slice(-4)}/${p.year}-0${p.n.slice(0, 4)}\n主题分类：政务动态·综合\n发文机关：${p.source}\n公开日期：${p.date}\n标　　题：${p.title}\n公开属性：主动公开（全文）`,
			`信息索引：${p.n}　　所属分类：工作动态\n发布单位：${p.source}　　生成日期：${p.date}\n名　　称：${p.title}`,
			`┌ 文件编号：${p.year}-${p.n} ┐\n│ 发布机构：${p.source} │ 发布日期：${p.date} │\n│ 有效性：有效 │ 公开范围：面向社会`,
		],
	},
	wechatCopy: {
		rate: 0.3,
		heads: (p) => [
			`${p.original ? '原创 ' : ''}${p.author} ${p.account}\n${p.time} ${p.province}`,
			`${p.account}\n${p.author}　${p.time}　发表于${p.province}`,
			`${p.original ? '【原创】' : ''}${p.account} · ${p.author}\n${p.time}`,
			`${p.account}\n${p.time} ${p.province} ${p.original ? '原创' : '转载'}`,
		],
		times: ['YYYY年M月D日 HH:mm', 'YYYY-MM-DD HH:mm', 'M月D日 HH:mm'],
		provinces: ['云南', '广西', '青海', '新疆', '黑龙江', '内蒙古', '甘肃'],
		credits: [
			'素材：{source}\n文字编辑：{name}\n值班编审：{name}',
			'信息来源丨{source}\n编辑丨{name}\n初审丨{name}\n终审丨{name}',
			'（来源：{source}；编辑：{name}）',
			'本期编辑：{name}\n审　　核：{name}\n出　　品：{source}',
		],
		repostLines: [
			'以下文章来源于{source}',
			'转自：{source}',
			'内容转载自“{source}”',
			'来源 | {source}',
		],
	},
	...AA_VIEWS,
	...AA_BLOCKS,
	...AA_LINES,
	...AA_BOXES,
	...AA_LATER,
	...AA_KINDS,
};
