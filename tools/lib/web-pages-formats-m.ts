import type { CodeFormats } from './web-pages-formats.ts';
import { M_KINDS } from './web-pages-formats-m-kinds.ts';

/**
 * Split m's formats (held out), written blind without reading a–l: the names a browser, a copy or
 * an e-paper system gives its files, its other-date forms,
 * indents, orders of the lines at the top and how often its pages take the earlier splits' habits;
 * its own kinds of page are in `web-pages-formats-m-kinds.ts`.
 */
export const BLIND_M: CodeFormats = {
	...M_KINDS,
	fileNames: (epaper, p) =>
		epaper
			? [`${p.paper}${p.n.slice(0, 2)}版.txt`, `dzb_${p.n}.txt`, `${p.safe} _ ${p.paper}.txt`]
			: [
					`${p.day}-${p.n.slice(-5)}-${p.safe.slice(0, 10)}.txt`,
					`${p.safe}｜${p.site}.txt`,
					`c${p.n}.txt`,
					`${p.site}_${p.day.slice(0, 6)}_${p.n.slice(0, 5)}.txt`,
					`[${p.site}]${p.safe}.txt`,
					`页面_${p.n}.txt`,
				],
	otherDates: ['YYYY/MM/DD', 'M-D', '（YYYY年MM月DD日）', 'YYYY.M.D', 'MM月DD日'],
	indents: ['', '\u3000\u3000', '   ', '\u2003\u2003', '\u00a0\u00a0\u00a0\u00a0'],
	topOrders: [
		['nav', 'search'],
		['search', 'nav', 'toolbar'],
		['toolbar', 'nav'],
		['nav', 'toolbar', 'search'],
	],
	metaBelowBody: 0.05,
	flattenTop: 0.04,
	bylineAtEnd: 0.08,
	mixedWidth: 0.1,
	titleBreak: 0.04,
	hardWrap: { rate: 0.03, columns: [30, 46] },
};
