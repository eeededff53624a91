import type { CodeFormats } from './web-pages-formats.ts';

/**
 * The code-written formats of split g (held out), written blind: without reading the wording of a–f.
 * Browsers append the site's name to the title or save a copy twice (`(1)`), content systems name
 * pages `content_123.html` or `info_<day>_<n>`, WeChat and 头条 pages are saved by their share
 * title, and e-paper pages by issue and edition. Bylines close the article (（记者 …）) on some
 * sites, and a few print the year of the meta line in full-width digits and the rest half-width.
 */
export const BLIND_G: CodeFormats = {
	fileNames: (epaper, p) =>
		epaper
			? [
					`${p.paper}数字报_${p.day}.txt`,
					`epaper-${p.day.slice(0, 6)}-${p.day.slice(6)}-node_${p.n.slice(0, 3)}.txt`,
					`${p.day}期 ${p.paper}电子版.txt`,
					`szb_content_${p.n}.txt`,
				]
			: [
					`${p.safe}——${p.site}.txt`,
					`content_${p.n}(1).txt`,
					`info_${p.day}_${p.n}.txt`,
					`${p.safe} - 今日头条.txt`,
					`${p.safe}_${p.site}门户网站.txt`,
					`微信公众平台_${p.safe}.txt`,
					`${p.safe}【${p.digits}】.txt`,
				],
	otherDates: ['YYYY.MM.DD', 'MM-DD', '[YYYY-M-D]', 'YYYY/M/D', 'M月D日', '（YY-MM-DD）'],
	indents: ['\u3000\u3000', '', '  ', '\t', '\u00a0\u00a0\u00a0\u00a0', ' \u3000'],
	topOrders: [
		['search', 'nav'],
		['toolbar', 'search', 'nav'],
		['nav'],
		['toolbar', 'nav'],
		['nav', 'toolbar', 'search'],
		['search', 'toolbar'],
	],
	metaBelowBody: 0.1,
	flattenTop: 0.05,
	bylineAtEnd: 0.35,
	mixedWidth: 0.08,
};
