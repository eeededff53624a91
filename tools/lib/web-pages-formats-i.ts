import type { CodeFormats } from './web-pages-formats.ts';

/**
 * Split i's code-written formats (held out), written without reading those of a–h: names a browser,
 * a phone or a user pasting into a text editor gives a saved page, how this split's sites print
 * another article's date and indent paragraphs, and four views no earlier split has: a page saved
 * from the site's mobile pages, one saved from its print view (print time above, address below), a
 * portal reprint under its own shorter headline with the outlet's kept as 原标题, and a reprint
 * copied from the 学习强国 platform.
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
	mobileView: {
		rate: 0.18,
		heads: [
			'＜ 返回　　　　分享 ⋯',
			'返回 | 首页',
			'‹ {site}',
			'字体 大 中 小',
			'打开APP，阅读体验更佳 >',
			'{site}·手机版',
			'< 详情',
			'关闭　　{site}',
		],
		tails: [
			'长按识别二维码，关注{place}发布',
			'打开APP阅读全文',
			'展开全文 ∨',
			'返回顶部 ∧',
			'电脑版 ｜ 触屏版',
			'©{year} {site} 手机版',
			'在APP内打开　　👍 点赞',
			'举报　　阅读 {n}',
		],
	},
	printView: {
		rate: 0.14,
		// Abbreviations a county site's address is made of; they name no place of the pools.
		hosts: ['jyx', 'sbx', 'wsq', 'hmx', 'ljx', 'tsx', 'lyx', 'yjx', 'zax', 'cks'],
		urls: (p) => [
			`http://www.${p.host}.gov.cn/art/${p.year}/${Number(p.month)}/${Number(p.day)}/art_${p.n.slice(0, 4)}_${p.n}.html`,
			`https://www.${p.host}.gov.cn/zwgk/${p.year}${p.month}/t${p.year}${p.month}${p.day}_${p.n}.html`,
			`http://${p.host}.gov.cn/content/${p.year}-${p.month}/${p.day}/content_${p.n}.htm`,
			`https://www.${p.host}.gov.cn/xwzx/${p.n.slice(0, 3)}/${p.n}.shtml`,
		],
		printDates: ['YYYY/M/D HH:mm', 'YYYY/M/D HH:mm:ss', 'YYYY-MM-DD HH:mm'],
		heads: (p) => [
			`${p.printed}  ${p.title}_${p.site}`,
			`${p.printed}　　${p.site}`,
			'【打印本页】　【关闭窗口】',
			'打印 ｜ 关闭',
			`${p.title} - ${p.site}\n【打 印】【关 闭】`,
		],
		feet: (p) => [
			`${p.url}  1/2`,
			p.url,
			`本页地址：${p.url}\n打印时间：${p.printed}`,
			`${p.url}　　第1页 共1页`,
			'[关闭窗口]',
		],
	},
	platformCopy: {
		rate: 0.2,
		heads: ['学习强国', '学习强国 · 推荐', '＜　　学习强国　　⋯', '强国号 · {source}'],
		tails: [
			'本文来源：{source}',
			'责任编辑：{name}',
			'打开“学习强国”APP，查看更多精彩内容',
			'学习强国平台 版权所有',
			'点赞　收藏　分享　观点',
		],
	},
	retitle: {
		rate: 0.5,
		above: ['原标题：{ptitle}', '原标题：《{ptitle}》', '（原标题：{ptitle}）'],
		below: ['（原题为《{ptitle}》）', '原标题：{ptitle}'],
	},
};
