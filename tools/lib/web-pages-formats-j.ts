import type { CodeFormats } from './web-pages-formats.ts';

/**
 * Split j's formats (held out), written blind like its furniture, without reading those of a–i: the
 * names a county portal's CMS, an e-paper system or a browser gives a saved page, and the habits of
 * such pages (indents copied from `&emsp;`, menus saved in the order of a two-row header).
 */
export const BLIND_J: CodeFormats = {
	fileNames: (epaper, p) =>
		epaper
			? [
					`${p.paper}_${p.day}.txt`,
					`content_${p.n.slice(0, 6)}.htm.txt`,
					`${p.safe}_${p.paper}数字报.txt`,
					`${p.day.slice(0, 6)}-${p.day.slice(6)}_${p.n.slice(-4)}.txt`,
				]
			: [
					`${p.safe}（${p.site}）.txt`,
					`detail_${p.n}.txt`,
					`${p.day}${p.n.slice(0, 4)}.htm.txt`,
					`news_${p.n}.html.txt`,
					`${p.safe}-${p.site}-${p.day}.txt`,
					`${p.safe.slice(0, 24)}(2).txt`,
				],
	otherDates: ['(M-D)', 'YYYY/MM/DD', '【MM-DD】', 'M.D', 'YYYY-MM-DD HH:mm'],
	indents: ['', '\u3000\u3000', '\u3000\u3000', '  ', '\u00a0\u00a0\u00a0\u00a0', '\u2003\u2003'],
	topOrders: [
		['toolbar', 'nav'],
		['search', 'nav', 'toolbar'],
		['nav'],
		['toolbar', 'search', 'nav'],
		['nav', 'search', 'toolbar'],
	],
	metaBelowBody: 0.06,
	flattenTop: 0.08,
	bylineAtEnd: 0.1,
	mixedWidth: 0.05,
	hardWrap: { rate: 0.05, columns: [56, 80] },
	titleBreak: 0.06,
};
