import type { CodeFormats } from './web-pages-formats.ts';

/**
 * The code-written formats of split f (held out), written blind: without reading the wording of a–e.
 * Content systems name their static pages by column and article number (…/col1234/art_5678.html
 * saved as `art_5678.html.txt`), phones add the app's name, and a page saved twice gets a counter.
 */
export const BLIND_F: CodeFormats = {
	fileNames: (epaper, p) =>
		epaper
			? [
					`${p.paper}_${p.day.slice(0, 4)}年${p.day.slice(4, 6)}月${p.day.slice(6)}日.txt`,
					`page_${p.day}_${p.n.slice(0, 2)}.txt`,
					`${p.day}-content_${p.n.slice(-6)}.htm.txt`,
					`${p.safe}【${p.paper}】.txt`,
				]
			: [
					`${p.safe}_${p.site}门户.txt`,
					`col${p.n.slice(0, 4)}_art${p.n}.html.txt`,
					`${p.safe}（${(Number(p.n) % 3) + 2}）.txt`,
					`doc_${p.day}${p.n.slice(-4)}.txt`,
					`${p.safe.slice(0, 16)}_手机版.txt`,
					`${p.site}丨${p.safe}.txt`,
				],
	otherDates: ['YYYY-M-D', 'MM月DD日', 'YYYY/MM/DD', '【MM-DD】', 'YYYY年MM月DD日', 'M/D'],
	indents: ['', '\u3000\u3000', '\u3000\u3000', ' \u3000', '        ', '\u00a0\u00a0\u00a0\u00a0'],
	topOrders: [
		['nav', 'search'],
		['toolbar', 'nav'],
		['search', 'nav'],
		['nav', 'toolbar', 'search'],
		['toolbar'],
		['search', 'toolbar', 'nav'],
	],
	metaBelowBody: 0.15,
	flattenTop: 0.12,
};
