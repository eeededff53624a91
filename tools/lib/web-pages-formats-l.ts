import type { CodeFormats } from './web-pages-formats.ts';

const range = (total: number) => Array.from({ length: total }, (_, i) => i + 1);
const hostOf = (n: string) => ['zfw', 'xxgk', 'www', 'rmzf', 'xwzx'][Number(n[0]) % 5]!;

/**
 * Split l's formats (held out), written blind without reading a–k: names the files get from a
 * browser, a copy or an e-paper system, and three kinds of page no other split has: an article
 * inside a 专题 section under its banner and menu, an article split over several pages saved as
 * one with its pagers, and a page printed from a browser with the print header and footer on
 * every sheet.
 */
export const BLIND_L: CodeFormats = {
	fileNames: (epaper, p) =>
		epaper
			? [
					`${p.paper}_${p.day}_第${p.n.slice(0, 2)}版.txt`,
					`epaper-${p.day}-${p.n.slice(-4)}.txt`,
					`${p.safe}--数字报.txt`,
				]
			: [
					`${p.safe}（${p.site}）.txt`,
					`${p.safe}_正文.txt`,
					`detail_${p.n}.txt`,
					`网页_${p.n.slice(0, 6)}.txt`,
					`${p.site}·${p.safe}.txt`,
					`${p.day}${p.n.slice(0, 4)}.txt`,
				],
	otherDates: ['MM月DD日', 'YYYY/M/D', '（YYYY-MM-DD）', 'YYYY.MM.DD', 'M-D'],
	indents: ['', '\u3000\u3000', '\u00a0\u00a0\u00a0\u00a0', '  ', '\u3000 '],
	topOrders: [
		['nav', 'toolbar', 'search'],
		['search', 'nav'],
		['toolbar', 'nav'],
		['nav', 'search', 'toolbar'],
	],
	metaBelowBody: 0.05,
	flattenTop: 0.05,
	bylineAtEnd: 0.1,
	mixedWidth: 0.05,
	titleBreak: 0.04,
	hardWrap: { rate: 0.04, columns: [30, 44] },
	topicPage: {
		rate: 0.15,
		banners: [
			'学习贯彻党的二十届三中全会精神',
			'优化营商环境 {place}在行动',
			'创建全国文明城市 · 共建美好{place}',
			'乡村振兴进行时',
			'{year}年安全生产月',
			'{year}年{place}两会专题',
			'巩固拓展脱贫攻坚成果\n同乡村振兴有效衔接',
			'民生实事 · 办好群众家门口的事',
			'“我为群众办实事”实践活动',
			'专题专栏\n深化作风建设年',
		],
		menus: [
			'专题首页 | 工作动态 | 媒体聚焦 | 基层风采 | 政策文件',
			'首页\n动态要闻\n部署落实\n典型经验\n理论学习',
			'专栏首页  工作部署  进展情况  经验交流  图片视频',
			'【动态】【政策】【解读】【互动】',
			'要闻速递 · 部门动态 · 乡镇行动 · 曝光台',
		],
		crumbs: [
			'当前位置：首页 > 专题专栏 > 工作动态',
			'您的位置：专题首页 » 媒体聚焦',
			'专题专栏 / 基层动态',
			'首页 >> 专题 >> {place}行动',
		],
	},
	pagedBody: {
		rate: 0.1,
		pages: [2, 4],
		pagers: [
			(page, total) =>
				`${page > 1 ? '上一页 ' : ''}${range(total).join(' ')}${page < total ? ' 下一页' : ''}`,
			(page, total) =>
				range(total)
					.map((n) => (n === page ? String(n) : `[${n}]`))
					.join(' '),
			(_, total) => `共${total}页：${range(total).join(' ')}  首页 上一页 下一页 尾页`,
			(page, total) => `（第${page}/${total}页）`,
			(page, total) => `« 上一页 | 第 ${page} 页 / 共 ${total} 页 | 下一页 »`,
			(page, total) => (page < total ? `本文共${total}页  下一页 >>` : `<< 返回第1页  全文完`),
		],
	},
	browserPrint: {
		rate: 0.1,
		stamps: ['YYYY/M/D HH:mm', 'YY/M/D HH:mm', 'M/D/YY, HH:mm', 'YYYY-MM-DD HH:mm'],
		tabs: [
			(title, site) => `${title} - ${site}`,
			(title, site) => `${title}_${site}`,
			(title) => (title.length > 22 ? `${title.slice(0, 22)}...` : title),
			(_, site) => site,
		],
		urls: [
			(n, day) => `http://${hostOf(n)}.gov.cn/xwzx/bmdt/${day.slice(0, 6)}/t${day}_${n}.html`,
			(n, day) =>
				`https://www.${hostOf(n)}.gov.cn/art/${day.slice(0, 4)}/${Number(day.slice(4, 6))}/${Number(day.slice(6))}/art_${n.slice(0, 4)}_${n}.html`,
			(n) => `http://www.${hostOf(n)}.cn/content/${n}.shtml`,
			(n) => `https://${hostOf(n)}.gov.cn/index.php?m=content&c=index&a=show&id=${n}`,
		],
		heads: [
			(p) => `${p.printed}\t${p.tab}`,
			(p) => `${p.printed}  ${p.tab}`,
			(p) => `${p.tab}\n${p.printed}`,
		],
		feet: [
			(p) => `${p.url}\t${p.sheet}/${p.sheets}`,
			(p) => `${p.url} ${p.sheet}/${p.sheets}`,
			(p) => `第 ${p.sheet} 页，共 ${p.sheets} 页\n${p.url}`,
		],
		perSheet: [3, 6],
	},
};
