import type { CodeFormats } from './web-pages-formats.ts';
import { V_BLOCKS } from './web-pages-formats-v-blocks.ts';
import { V_KINDS } from './web-pages-formats-v-kinds.ts';
import { V_LINES } from './web-pages-formats-v-lines.ts';
import { V_NEW } from './web-pages-formats-v-new.ts';
import { V_VIEWS } from './web-pages-formats-v-views.ts';

/**
 * Split v's formats, written blind (without reading splits a–u or the pipeline): file names a
 * browser, a phone or a CMS export gives a saved page, how sites print other dates, indents, the
 * order of the top lines, the WeChat copy's header, the 政务公开 table, and every optional kind
 * with v's own wording and rates (in the `web-pages-formats-v-*.ts` files), among them four kinds
 * no split had: a 公益广告 slogan and a WeChat post's embedded card between two paragraphs, a
 * 新闻热线/投稿 block after the text, and an e-paper's 上一期/下一期 buttons with the neighbouring
 * issues' days.
 */
export const BLIND_V: CodeFormats = {
	fileNames: (epaper, p) =>
		epaper
			? [
					`${p.paper}_${p.day}_${p.n.slice(0, 2)}版.txt`,
					`${p.paper}（${p.day}）.txt`,
					`detail_${p.n}.txt`,
					`${p.paper}电子报_${p.safe}.txt`,
				]
			: [
					`${p.safe}_${p.site}_.txt`,
					`${p.safe}（${p.site}）.txt`,
					`content_${p.day}_${p.n.slice(-5)}.txt`,
					`${p.safe}（副本）.txt`,
					`${p.site}-${p.day}-${p.n.slice(0, 4)}.txt`,
					`${p.day.slice(0, 6)}${p.n.slice(0, 3)}.txt`,
				],
	otherDates: ['[YYYY/MM/DD]', 'MM月DD日', 'YYYY-MM-DD HH:mm', '（YYYY.M.D）', 'M-D'],
	indents: ['', '\u3000\u3000', '\u3000\u3000', '      ', '\u00a0\u00a0\u00a0\u00a0', '\t\t'],
	topOrders: [
		['nav', 'search', 'toolbar'],
		['toolbar', 'nav'],
		['search', 'nav'],
		['toolbar', 'search', 'nav'],
		['nav', 'toolbar', 'search'],
	],
	metaBelowBody: 0.05,
	flattenTop: 0.06,
	bylineAtEnd: 0.08,
	mixedWidth: 0.05,
	wechatCopy: {
		rate: 0.55,
		heads: (p) => [
			`${p.original ? '原创　' : ''}${p.author}　${p.account}\n${p.time}　${p.province}`,
			`${p.account}\n${p.original ? '原创 ' : ''}${p.author} ${p.account} ${p.time} 发表于${p.province}`,
			`${p.time}　${p.account}\n作者：${p.author}`,
			`${p.account}　${p.time}\n${p.province}`,
		],
		times: ['YYYY年MM月DD日 HH:mm', 'YYYY-MM-DD HH:mm', 'YYYY年M月D日 HH:mm'],
		provinces: ['广西', '河北', '江西', '内蒙古', '四川', '新疆', '山东', '云南'],
		credits: [
			'信息来源：{source}\n责任编辑：{name}\n审核：{name}\n终审：{name}',
			'素材：{source}\n排版：{name}\n初审：{name}　复审：{name}',
			'来源丨{source}\n编辑丨{name}',
			'（{source}　{name}）',
		],
		repostLines: ['本文转载自：{source}', '以下内容来自：{source}', '来源：{source}（ID：{n}）'],
	},
	hardWrap: { rate: 0.05, columns: [56, 84] },
	titleBreak: 0.1,
	infoTable: {
		rate: 0.1,
		tables: (p) => [
			`索 引 号：${p.n}/${p.year}-${p.n.slice(0, 5)}\n发布机构：${p.source}\n生成日期：${p.date}\n名　　称：${p.title}`,
			`信息分类：工作动态\n发文单位：${p.source}　公开方式：主动公开\n公开日期：${p.date}\n标题：${p.title}`,
			`索引号 ${p.n}-${p.year}\n主题分类 综合政务\n发布机构 ${p.source}\n发布时间 ${p.date}`,
		],
	},
	...V_VIEWS,
	...V_BLOCKS,
	...V_LINES,
	...V_KINDS,
	...V_NEW,
};
