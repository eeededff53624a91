import type { AppShareFormats } from './web-pages-app-share.ts';
import type { BrowserPrintFormats } from './web-pages-browser-print.ts';
import type { PagedBodyFormats } from './web-pages-paged-body.ts';
import type { SavedTwiceFormats } from './web-pages-saved-twice.ts';
import type { SnapshotFormats } from './web-pages-saved-blocks.ts';
import type {
	MobileViewFormats,
	PlatformCopyFormats,
	PrintViewFormats,
	RetitleFormats,
} from './web-pages-views.ts';

// Split t's ways a page is saved other than from the desktop view, written blind.

/** Hosts of county sites and local outlets, as their addresses print them (no `www.`). */
export const T_HOSTS = [
	'motuo.gov.cn',
	'xzgongjue.gov.cn',
	'nxlongde.gov.cn',
	'gsmx.gov.cn',
	'yadong.gov.cn',
];

/** Split t's mobile view: an app-like top bar and a 返回顶部 foot. */
export const T_MOBILE_VIEW: MobileViewFormats = {
	rate: 0.06,
	heads: ['返回　{site}　≡', '<  {place}发布', '首页 > 详情', '{place}手机门户'],
	tails: ['打开APP 查看更多精彩', '返回顶部', '电脑版 | 触屏版', '{site} 移动版'],
};

/** Split t's print view: the page's own 打印 page with its address and the print time. */
export const T_PRINT_VIEW: PrintViewFormats = {
	rate: 0.04,
	hosts: T_HOSTS,
	urls: (p) => [
		`http://www.${p.host}/art/${p.year}/${Number(p.month)}/${Number(p.day)}/art_${p.n}.html`,
		`https://${p.host}/xxgk/${p.year}${p.month}/t${p.year}${p.month}${p.day}_${p.n}.shtml`,
	],
	printDates: ['YYYY/M/D HH:mm', 'YYYY-MM-DD HH:mm:ss'],
	heads: (p) => [`${p.title} - ${p.site}`, `打印时间：${p.printed}\n${p.site}`],
	feet: (p) => [p.url, `【打印】【关闭】　${p.printed}`],
};

/** Split t's retitled reprints: the outlet's own headline named above or below the text. */
export const T_RETITLE: RetitleFormats = {
	rate: 0.25,
	above: ['原题：{ptitle}', '（原标题：{ptitle}）'],
	below: ['原文标题：{ptitle}', '【原标题】{ptitle}'],
};

/** Split t's reading-platform copies. */
export const T_PLATFORM_COPY: PlatformCopyFormats = {
	rate: 0.1,
	heads: ['学习强国', '“学习强国”学习平台 · {place}学习平台'],
	tails: ['本文为学习强国{place}学习平台稿件', '点赞　收藏　分享　|　学习强国'],
};

/** Split t's cached and reader-mode copies. */
export const T_SNAPSHOT: SnapshotFormats = {
	rate: 0.04,
	reader: 0.4,
	hosts: T_HOSTS,
	urls: (p) => [
		`http://www.${p.host}/zwdt/${p.year}${p.month}/t${p.year}${p.month}${p.day}_${p.n}.html`,
		`https://${p.host}/news/${p.n}.html`,
	],
	capturedDates: ['YYYY-MM-DD HH:mm:ss', 'YYYY年M月D日 HH:mm'],
	cacheHeads: (p) => [
		`百度快照\n这是 ${p.url} 在 ${p.captured} 的快照，当前页面可能已经更改。`,
		`网页快照 · ${p.site}\n快照时间：${p.captured}　原网址：${p.url}`,
	],
	readerHeads: (p) => [p.site, p.url, `阅读模式 · ${p.site}`],
};

/** Split t's browser prints: a header and footer on every sheet. */
export const T_BROWSER_PRINT: BrowserPrintFormats = {
	rate: 0.04,
	stamps: ['YYYY/M/D HH:mm', 'YY/MM/DD HH:mm'],
	tabs: [(t, s) => `${t} - ${s}`, (t, s) => `${t}_${s}`],
	urls: [
		(n, day) => `https://www.nxlongde.gov.cn/zwgk/t${day}_${n}.html`,
		(n, day) =>
			`http://motuo.gov.cn/art/${day.slice(0, 4)}/${Number(day.slice(4, 6))}/${Number(day.slice(6))}/art_${n.slice(0, 4)}_${n}.html`,
	],
	heads: [(p) => `${p.printed}　${p.tab}`, (p) => `${p.tab}\n${p.printed}`],
	feet: [(p) => `${p.url}　${p.sheet}/${p.sheets}`, (p) => `第 ${p.sheet} 页，共 ${p.sheets} 页`],
	perSheet: [3, 6],
};

/** Split t's share pages of a county media app. */
export const T_APP_SHARE: AppShareFormats = {
	rate: 0.05,
	heads: ['打开{place}融媒APP，阅读体验更佳', '爱{place} 客户端\n打开'],
	metas: (p) => [`${p.source}　${p.date}`, `来源：${p.source} ${p.date}　阅读 ${p.reads}`],
	tails: (p) => [
		`阅读 ${p.reads}　点赞 ${p.likes}　评论 ${p.comments}`,
		`相关推荐 ›\n{title}\n{title}`,
	],
};

/** Split t's articles split over pages. */
export const T_PAGED_BODY: PagedBodyFormats = {
	rate: 0.06,
	pages: [2, 3],
	pagers: [
		(page, total) => `第${page}页 / 共${total}页`,
		(page, total) =>
			`< 上一页 ${Array.from({ length: total }, (_, i) => (i + 1 === page ? `[${i + 1}]` : String(i + 1))).join(' ')} 下一页 >`,
	],
};

/** Split t's pages saved twice, the second time from the phone. */
export const T_SAVED_TWICE: SavedTwiceFormats = {
	rate: 0.03,
	mobile: 0.5,
	heads: ['{site}', '手机版 · {place}'],
	metas: ['{date} {source}', '来源：{source}　{date}'],
	feet: ['返回电脑版', '© {site}'],
};
