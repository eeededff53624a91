import type { CodeFormats } from './web-pages-formats.ts';
import { U_BLOCKS } from './web-pages-formats-u-blocks.ts';
import { U_KINDS } from './web-pages-formats-u-kinds.ts';
import { U_LINES } from './web-pages-formats-u-lines.ts';
import { U_NEW } from './web-pages-formats-u-new.ts';
import { U_VIEWS } from './web-pages-formats-u-views.ts';

/**
 * Split u's formats (held out), written blind from how county portals, city e-papers, news portals
 * and WeChat accounts print a page, without reading splits a–t: file names, dates, indents and
 * top orders here, the optional kinds in the `web-pages-formats-u-*.ts` parts.
 */
export const BLIND_U: CodeFormats = {
	fileNames: (epaper, p) =>
		epaper
			? [
					`${p.paper}_${p.day}.txt`,
					`dzb_${p.day}_${p.n.slice(-4)}.txt`,
					`${p.safe}-${p.paper}电子报.txt`,
					`c${p.n}.txt`,
				]
			: [
					`${p.safe}(${p.site}).txt`,
					`${p.day}_${p.n.slice(0, 6)}.txt`,
					`content_${p.n.slice(1)}.txt`,
					`${p.safe}【${p.site}】.txt`,
					`详情页_${p.n.slice(-5)}.txt`,
					`${p.safe.slice(0, 16)}_${p.day}.txt`,
				],
	otherDates: ['YY-MM-DD', 'M.D', 'YYYY年M月D日', '【MM-DD】', 'YYYY/MM/DD'],
	indents: ['', '\u3000\u3000', '\u00a0\u00a0\u00a0\u00a0', '\u3000\u3000', ' \u3000'],
	topOrders: [
		['nav', 'search', 'toolbar'],
		['toolbar', 'nav'],
		['search', 'nav'],
		['toolbar', 'nav', 'search'],
	],
	metaBelowBody: 0.05,
	flattenTop: 0.08,
	bylineAtEnd: 0.07,
	mixedWidth: 0.05,
	hardWrap: { rate: 0.06, columns: [54, 86] },
	titleBreak: 0.07,
	wechatCopy: {
		rate: 0.35,
		heads: (p) => [
			`${p.original ? '原创 ' : ''}${p.author} ${p.account}\n${p.time} ${p.province}`,
			`${p.account}\n${p.original ? '原创' : '转载'}　作者：${p.author}\n发表于${p.province} ${p.time}`,
			`${p.account} ${p.time}`,
		],
		times: ['YYYY年MM月DD日 HH:mm', 'YYYY-MM-DD HH:mm'],
		provinces: ['甘肃', '陕西', '云南', '贵州', '山西', '宁夏', '青海'],
		credits: [
			'来源 | {source}\n编辑 | {name}\n初审 | {name}\n终审 | {name}',
			'信息来源：{source}\n排版：{name}',
			'本期编辑：{name}　责任编辑：{name}\n来源：{source}',
		],
		repostLines: ['本文转自：{source}', '转载自“{source}”', '信息来源丨{source}'],
	},
	infoTable: {
		rate: 0.06,
		tables: (p) => [
			`索  引  号：${p.n}/${p.year}-00${p.n.slice(-3)}\n发文机关：${p.source}\n发布日期：${p.date}\n标　　题：${p.title}`,
			`信息索引号 ${p.n} | 公开方式 主动公开 | 公开时间 ${p.date} | 公开单位 ${p.source}`,
		],
	},
	...U_VIEWS,
	...U_BLOCKS,
	...U_KINDS,
	...U_LINES,
	...U_NEW,
};
