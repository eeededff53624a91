import type { AppShareFormats } from './web-pages-app-share.ts';
import type { BrowserPrintFormats } from './web-pages-browser-print.ts';
import type { SavedTwiceFormats } from './web-pages-saved-twice.ts';
import type { SnapshotFormats } from './web-pages-saved-blocks.ts';
import type { TitleEchoFormats } from './web-pages-title-echo.ts';
import type {
	MobileViewFormats,
	PlatformCopyFormats,
	PrintViewFormats,
	RetitleFormats,
	UrlParts,
} from './web-pages-views.ts';

const HOSTS = ['pinglu.gov.cn', 'xzf-sx.cn', 'zwgk-xian.cn', 'xian-rmzf.gov.cn'];

const urls = (p: UrlParts) => [
	`http://www.${p.host}/zwgk/${p.year}${p.month}/t${p.year}${p.month}${p.day}_${p.n}.html`,
	`https://${p.host}/art/${p.year}/${Number(p.month)}/${Number(p.day)}/art_${p.n}.html`,
	`http://${p.host}/news/show-${p.n}.html`,
];

/** Split r's mobile views. */
export const R_MOBILE_VIEW: MobileViewFormats = {
	rate: 0.07,
	heads: ['{site}手机版', '≡ {place}政府网 · 移动版', '返回 | {place}人民政府'],
	tails: ['电脑版 | 回到顶部', '{place}人民政府 版权所有（手机版）', '切换到电脑版  ↑顶部'],
};

/** Split r's print views. */
export const R_PRINT_VIEW: PrintViewFormats = {
	rate: 0.05,
	hosts: HOSTS,
	urls,
	printDates: ['YYYY/M/D HH:mm', 'YYYY-MM-DD HH:mm:ss'],
	heads: (p) => [`${p.site}\n打印时间：${p.printed}`, `${p.title} - ${p.site}\n${p.url}`],
	feet: (p) => [`本页地址：${p.url}`, `【打印本页】【关闭窗口】  ${p.site}`],
};

/** Split r's retitled reprints. */
export const R_RETITLE: RetitleFormats = {
	rate: 0.35,
	above: ['原题：{ptitle}', '〔原标题〕{ptitle}'],
	below: ['本文原标题为《{ptitle}》', '*原标题：{ptitle}'],
};

/** Split r's reading platform copies. */
export const R_PLATFORM_COPY: PlatformCopyFormats = {
	rate: 0.08,
	heads: ['学习强国  {city}学习平台', '“学习强国”学习平台 · 地方频道'],
	tails: ['本文已被收录至“学习强国”{city}学习平台', '【学习强国】 分享  收藏  点赞  评论'],
};

/** Split r's news-app share pages. */
export const R_APP_SHARE: AppShareFormats = {
	rate: 0.05,
	heads: ['打开{place}发布APP，阅读体验更佳', '{place}融媒 | 下载客户端\n在APP内打开'],
	metas: (p) => [`${p.source}  ${p.date}  阅读 ${p.reads}`, `${p.date} · 来源：${p.source}`],
	tails: (p) => [
		`阅读 ${p.reads}  点赞 ${p.likes}  评论 ${p.comments}\n打开APP查看更多精彩内容`,
		'热门推荐\n{title}\n{title}',
	],
};

/** Split r's cached and reader-mode copies. */
export const R_SNAPSHOT: SnapshotFormats = {
	rate: 0.04,
	reader: 0.4,
	hosts: HOSTS,
	urls,
	capturedDates: ['YYYY年M月D日 HH:mm:ss', 'YYYY-MM-DD HH:mm'],
	cacheHeads: (p) => [
		`这是 ${p.url} 的快照，截取于 ${p.captured}。\n当前页面可能已更改。`,
		`网页快照 | ${p.site} | 保存时间 ${p.captured}`,
	],
	readerHeads: (p) => [`${p.site}\n${p.url}\n阅读模式`, `阅读视图 · ${p.site}`],
};

/** Split r's pages printed from a browser. */
export const R_BROWSER_PRINT: BrowserPrintFormats = {
	rate: 0.04,
	stamps: ['YYYY/M/D HH:mm', 'YY/M/D HH:mm'],
	tabs: [(t, s) => `${t}_${s}`, (t, s) => `${t} - ${s}`],
	urls: [
		(n, day) => `http://www.zfw-xian.gov.cn/xxgk/${day.slice(0, 6)}/t${day}_${n}.html`,
		(n) => `https://www.xzf-sx.cn/content/${n}.shtml`,
	],
	heads: [(p) => `${p.printed}\t${p.tab}`, (p) => `${p.tab}    ${p.printed}`],
	feet: [
		(p) => `${p.url}\t${p.sheet}/${p.sheets}`,
		(p) => `${p.url}  第 ${p.sheet} 页，共 ${p.sheets} 页`,
	],
	perSheet: [3, 6],
};

/** Split r's title echoes in the browser line and the breadcrumb. */
export const R_TITLE_ECHO: TitleEchoFormats = {
	rate: 0.06,
	browserLines: ['{ptitle}-{column}-{site}', '{column} - {ptitle}'],
	crumbs: ['首页 > {column} > {short}', '当前位置：首页 » {column} » {ptitle}'],
	columns: ['部门动态', '乡镇快讯', '图片新闻', '基层一线', '政务要闻'],
	ellipses: ['…', '...', '……'],
	shortAt: 18,
};

/** Split r's pages saved twice. */
export const R_SAVED_TWICE: SavedTwiceFormats = {
	rate: 0.03,
	mobile: 0.5,
	heads: ['{place}人民政府 手机版', '< 返回  {site}'],
	metas: ['{date}  {source}', '来源：{source}\n{date}'],
	feet: ['返回顶部 | 电脑版', '© {place}人民政府'],
};
