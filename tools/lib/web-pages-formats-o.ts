import type { CodeFormats } from './web-pages-formats.ts';
import { BLOCKS_O } from './web-pages-formats-o-blocks.ts';
import {
	COLUMN_LABEL_O,
	CRUMB_DATE_O,
	FOLLOW_RUN_IN_O,
	TAG_LINE_O,
} from './web-pages-formats-o-kinds.ts';
import { VIEWS_O } from './web-pages-formats-o-views.ts';

/**
 * Split o's formats written in code, written blind (without reading splits a–n's lists or the
 * pipeline): the names a browser, a phone or an e-paper system gives a saved page, the dates of other
 * articles, indents, the order of the top lines, the rates of the earlier splits' page kinds, and the
 * page kinds only o has (a column label with a 字号 line, a breadcrumb that dates the page, a 关键词
 * block, a 扫码关注 prompt run into the last paragraph).
 */
export const BLIND_O: CodeFormats = {
	fileNames: (epaper, p) =>
		epaper
			? [
					`${p.paper}_${p.day}.txt`,
					`page_${p.n.slice(0, 2)}_${p.n.slice(2, 6)}.txt`,
					`${p.safe}_${p.paper}电子报.txt`,
					`content_${p.day}_${p.n.slice(0, 4)}.txt`,
				]
			: [
					`${p.safe}_${p.site}_.txt`,
					`${p.site}_${p.safe.slice(0, 18)}.txt`,
					`art_${p.day}_${p.n}.txt`,
					`${p.day}${p.n.slice(0, 4)}.txt`,
					`详情页 - ${p.safe}.txt`,
					`${p.safe.slice(0, 30)}_pc_${p.n.slice(0, 6)}.txt`,
				],
	otherDates: ['YYYY-MM-DD', 'MM月DD日', '（YYYY-MM-DD）', 'YYYY/MM/DD', 'M-D'],
	indents: ['', '\u3000\u3000', '\u3000\u3000', '  ', '\u00a0\u00a0\u00a0\u00a0'],
	topOrders: [
		['nav', 'search', 'toolbar'],
		['toolbar', 'nav'],
		['search', 'nav'],
		['nav'],
		['toolbar', 'search', 'nav'],
	],
	metaBelowBody: 0.04,
	flattenTop: 0.06,
	bylineAtEnd: 0.08,
	mixedWidth: 0.04,
	hardWrap: { rate: 0.04, columns: [30, 44] },
	titleBreak: 0.05,
	wechatCopy: {
		rate: 0.3,
		heads: (p) => [
			`${p.original ? '原创 ' : ''}${p.author} ${p.account}\n${p.time} ${p.province}`,
			`${p.account}\n${p.time}`,
			`${p.author}　${p.account}　${p.time}　发表于${p.province}`,
		],
		times: ['YYYY年M月D日 HH:mm', 'YYYY-MM-DD HH:mm'],
		provinces: ['江西', '浙江', '安徽', '福建', '湖南'],
		credits: [
			'来源：{source}\n编辑：{name}\n审核：{name}',
			'来源｜{source}\n编辑｜{name}　责编｜{name}',
		],
		repostLines: ['以下文章来源于{source}', '转自：{source}'],
	},
	infoTable: {
		rate: 0.05,
		tables: (p) => [
			`索引号：\t${p.n}/${p.year}-00${p.n.slice(-3)}\t分类：\t工作动态\n发布机构：\t${p.source}\t发布日期：\t${p.date}\n标题：\t${p.title}`,
			`信息索引号 ${p.n}\n发布单位 ${p.source}\n公开日期 ${p.date}\n公开方式 主动公开`,
		],
	},
	...VIEWS_O,
	...BLOCKS_O,
	columnLabel: COLUMN_LABEL_O,
	crumbDate: CRUMB_DATE_O,
	tagLine: TAG_LINE_O,
	followRunIn: FOLLOW_RUN_IN_O,
};
