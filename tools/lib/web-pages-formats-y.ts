import type { CodeFormats } from './web-pages-formats.ts';

/**
 * Split y's formats (held out), written blind from general knowledge of county portals, local
 * e-papers and WeChat posts, without reading the formats of a–x.
 */
export const BLIND_Y: CodeFormats = {
	fileNames: (epaper, p) =>
		epaper
			? [
					`${p.paper}_${p.day}_第${p.n.slice(-2)}版.txt`,
					`${p.day}-${p.n.slice(0, 4)}.html.txt`,
					`${p.paper}电子报-${p.safe}.txt`,
					`content_${p.day}_${p.n.slice(1, 6)}.htm.txt`,
				]
			: [
					`${p.safe}__${p.site}.txt`,
					`${p.safe}-${p.site}-${p.day}.txt`,
					`${p.day}${p.n.slice(0, 3)}.txt`,
					`zwgk_${p.n}.txt`,
					`${p.safe}（${p.site}）.txt`,
					`新建文本文档 (${p.n.slice(-1)}).txt`,
				],
	otherDates: ['YYYY年MM月DD日', 'MM月DD日', 'YYYY/M/D', '【MM-DD】', 'YYYY-MM-DD HH:mm'],
	indents: ['', '\u3000\u3000', '\u3000\u3000', '   ', '\u00a0\u00a0\u00a0\u00a0', '\u3000 '],
	topOrders: [
		['nav', 'search'],
		['search', 'nav'],
		['toolbar', 'nav'],
		['nav', 'toolbar', 'search'],
		['toolbar', 'search', 'nav'],
		['search', 'toolbar'],
	],
};
