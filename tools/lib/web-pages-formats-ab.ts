import type { CodeFormats } from './web-pages-formats.ts';
import { AB_KINDS } from './web-pages-formats-ab-kinds.ts';
import { AB_SHARED_KINDS } from './web-pages-formats-ab-shared.ts';
import { AB_BOXES } from './web-pages-formats-ab-boxes.ts';
import { AB_CARDS } from './web-pages-formats-ab-cards.ts';
import { AB_INSETS } from './web-pages-formats-ab-insets.ts';
import { AB_LINES } from './web-pages-formats-ab-lines.ts';
import { AB_SAVED } from './web-pages-formats-ab-saved.ts';
import { AB_VIEWS } from './web-pages-formats-ab-views.ts';

/**
 * Split ab's code formats, written blind (without reading splits a–aa): the names a county portal,
 * a digital paper or a phone's save sheet gives a page, its other dates, indents and top orders, the
 * optional kinds whose formats live in the generator's shared files, and ab's own four kinds.
 */
export const BLIND_AB: CodeFormats = {
	fileNames: (epaper, p) =>
		epaper
			? [
					`${p.paper}_${p.day}_${p.n.slice(0, 2)}版.txt`,
					`html_${p.n.slice(-4)}.txt`,
					`${p.safe}（${p.paper}）.txt`,
					`page${p.n.slice(0, 2)}_${p.day}.txt`,
				]
			: [
					`${p.safe}·${p.site}.txt`,
					`${p.safe}_${p.day}存档.txt`,
					`c${p.n}.html.txt`,
					`${p.day}_${p.safe.slice(0, 12)}.txt`,
					`${p.site}_${p.safe.slice(0, 10)}_正文.txt`,
					`detail_${p.n}.txt`,
				],
	otherDates: ['YYYY年M月D日', '〖MM-DD〗', 'YYYY/MM/DD', 'M.D', 'YYYY-MM-DD HH:mm'],
	indents: ['', '\u3000\u3000', '   ', '\u3000\u3000\u3000', '\u2003\u2003', ''],
	topOrders: [
		['nav', 'search'],
		['search', 'nav'],
		['toolbar', 'nav'],
		['nav', 'toolbar', 'search'],
		['search', 'toolbar'],
	],
	metaBelowBody: 0.07,
	flattenTop: 0.06,
	bylineAtEnd: 0.12,
	mixedWidth: 0.05,
	titleBreak: 0.09,
	hardWrap: { rate: 0.05, columns: [58, 84] },
	infoTable: {
		rate: 0.1,
		tables: (p) => [
			`索 引 号：${p.n}/${p.year}-${p.n.slice(0, 5)}\n公开形式：主动公开\n发文单位：${p.source}\n公开日期：${p.date}\n信息名称：${p.title}`,
			`信息分类：工作动态 | 责任部门：${p.source} | 生成日期：${p.date}`,
			`标    题：${p.title}\n来    源：${p.source}\n成文时间：${p.date}\n编    号：${p.n}`,
		],
	},
	...AB_SHARED_KINDS,
	...AB_VIEWS,
	...AB_SAVED,
	...AB_LINES,
	...AB_BOXES,
	...AB_INSETS,
	...AB_CARDS,
	...AB_KINDS,
};
