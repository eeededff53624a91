import type { CodeFormats } from './web-pages-formats.ts';
import { Z_BLOCKS } from './web-pages-formats-z-blocks.ts';

/**
 * Split z's formats (held out), written blind from general knowledge of county portals, local
 * e-papers and WeChat posts, without reading any earlier split's formats.
 */
export const BLIND_Z: CodeFormats = {
	fileNames: (epaper, p) =>
		epaper
			? [
					`${p.paper}_${p.day}_第${p.n.slice(-2)}版.txt`,
					`szb_${p.day}_${p.n.slice(0, 4)}.txt`,
					`${p.safe}【${p.paper}】.txt`,
				]
			: [
					`${p.safe}【${p.site}】.txt`,
					`detail_${p.n}_${p.day}.txt`,
					`${p.safe}-正文.txt`,
					`zwgk_${p.day.slice(0, 6)}_${p.n.slice(-6)}.txt`,
					`${p.site}_${p.day}_${p.n.slice(-5)}.txt`,
				],
	otherDates: ['MM/DD', 'YYYY/MM/DD', '【MM-DD】', 'M.D', 'YYYY年M月'],
	indents: ['', '\u3000\u3000', '\u3000\u3000', '   ', '\u00a0\u00a0\u00a0\u00a0'],
	topOrders: [
		['nav', 'search', 'toolbar'],
		['toolbar', 'nav'],
		['search', 'nav'],
		['nav', 'toolbar', 'search'],
	],
	metaBelowBody: 0.07,
	flattenTop: 0.09,
	bylineAtEnd: 0.06,
	mixedWidth: 0.05,
	titleBreak: 0.06,
	hardWrap: { rate: 0.05, columns: [30, 44] },
	...Z_BLOCKS,
};
