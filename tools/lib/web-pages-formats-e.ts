import type { CodeFormats } from './web-pages-formats.ts';

/**
 * The code-written formats of split e (held out), written blind: without reading those of a–d. Pages
 * saved by hand are often pasted into a blank Notepad file, so some names carry neither title nor date.
 */
export const BLIND_E: CodeFormats = {
	fileNames: (epaper, p) =>
		epaper
			? [
					`${p.paper}数字报_${p.day}.txt`,
					`node_${p.n}.txt`,
					`content_${p.day}_${p.n}.txt`,
					`${p.paper}电子版 ${p.safe}.txt`,
					`新建文本文档.txt`,
				]
			: [
					`${p.safe}－${p.site}.txt`,
					`${p.safe}_${p.site}.txt`,
					`新建文本文档 (${(Number(p.n) % 6) + 2}).txt`,
					`info_${p.n}.txt`,
					`${p.safe} - 副本.txt`,
					`art_${p.day}_${p.n}.txt`,
				],
	otherDates: ['MM-DD', 'YYYY/M/D', '[YYYY-MM-DD]', 'M月D日', 'YYYY.MM.DD', 'YYYY年M月D日 W'],
	indents: ['', '　　', '　', '    ', '\t', '\u00a0\u00a0'],
	topOrders: [
		['nav', 'toolbar'],
		['search', 'nav', 'toolbar'],
		['toolbar', 'search'],
		['nav'],
		['search', 'toolbar', 'nav'],
		['toolbar', 'nav', 'search'],
	],
	metaBelowBody: 0.2,
};
