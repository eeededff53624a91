import type { CodeFormats } from './web-pages-formats.ts';

/**
 * Split i's code-written formats (held out), written without reading those of a–h: names a browser,
 * a phone or a user pasting into Notepad gives a saved page, and how this split's sites print
 * another article's date and indent paragraphs.
 */
export const BLIND_I: CodeFormats = {
	fileNames: (epaper, p) =>
		epaper
			? [
					`${p.paper}${p.day}第${p.n.slice(0, 1)}版.txt`,
					`${p.paper}_${p.day}.txt`,
					`content_${p.n.slice(0, 6)}.htm.txt`,
				]
			: [
					`${p.safe} – ${p.site}.txt`,
					`${p.safe}（${p.site}）.txt`,
					`${p.site}_${p.day}_${p.n.slice(0, 4)}.txt`,
					`detail_${p.n}.txt`,
					`网页快照_${p.n.slice(0, 6)}.txt`,
					`未命名 ${p.n.slice(0, 1)}.txt`,
					`${p.day}${p.safe.slice(0, 12)}.txt`,
				],
	otherDates: ['YYYY/M/D', 'M-D', '（YYYY-MM-DD）', 'MM月DD日'],
	// An em space pair is how &emsp;&emsp; in a CMS template comes out when copied.
	indents: ['', '\u3000\u3000', '\u3000\u3000', '  ', '\u2003\u2003'],
	topOrders: [['nav', 'toolbar', 'search'], ['search', 'nav'], ['toolbar', 'nav'], ['nav']],
	metaBelowBody: 0.05,
	bylineAtEnd: 0.1,
	mixedWidth: 0.1,
	titleBreak: 0.05,
	flattenTop: 0.04,
};
