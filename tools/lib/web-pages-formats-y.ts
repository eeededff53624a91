import type { CodeFormats } from './web-pages-formats.ts';
import { Y_BOXES } from './web-pages-formats-y-boxes.ts';
import { Y_EXTRAS } from './web-pages-formats-y-extras.ts';
import { Y_KINDS } from './web-pages-formats-y-kinds.ts';
import { Y_LINES } from './web-pages-formats-y-lines.ts';
import { Y_SAVED } from './web-pages-formats-y-saved.ts';
import { Y_VIEWS } from './web-pages-formats-y-views.ts';

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
					`正文-${p.safe}-${p.n.slice(-4)}.txt`,
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
	metaBelowBody: 0.05,
	flattenTop: 0.06,
	bylineAtEnd: 0.1,
	mixedWidth: 0.15,
	wechatCopy: {
		rate: 0.3,
		heads: (p) => [
			`${p.account}\n${p.time}　发表于${p.province}`,
			`${p.original ? '原创 ' : ''}${p.author}　${p.account}　${p.time} ${p.province}`,
			`${p.account} ${p.time}\n${p.original ? '原创' : '转载'}　作者：${p.author}`,
		],
		times: ['YYYY年MM月DD日 HH:mm', 'YYYY-MM-DD HH:mm'],
		provinces: ['甘肃', '山西', '四川', '青海', '陕西', '宁夏', '内蒙古'],
		credits: [
			'来源 / {source}\n编辑 / {name}\n审核 / {name}',
			'素材：{source}\n编排：{name}　监制：{name}',
		],
		repostLines: ['以下文章来源于{source}', '转自：{source}'],
	},
	hardWrap: { rate: 0.04, columns: [56, 80] },
	titleBreak: 0.06,
	infoTable: {
		rate: 0.06,
		tables: (p) => [
			`索引号：${p.n}/${p.year}\n发文机关：${p.source}\n所属主题：综合政务\n发布日期：${p.date}\n标题：${p.title}`,
			`信息分类　工作动态\n发布单位　${p.source}\n公开日期　${p.date}\n文号　无`,
		],
	},
	...Y_VIEWS,
	...Y_SAVED,
	...Y_LINES,
	...Y_BOXES,
	...Y_EXTRAS,
	...Y_KINDS,
};
