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
	UrlParts,
} from './web-pages-views.ts';

// County portals' domains (郓城, 勐腊, 德钦, 巧家, 西畴, 惠农, 湟源), without `www.`.
const HOSTS = [
	'ycx.gov.cn',
	'mengla.gov.cn',
	'deqin.gov.cn',
	'qiaojia.gov.cn',
	'xichou.gov.cn',
	'huinong.gov.cn',
	'huangyuan.gov.cn',
];

/** Addresses of split s's pages: a county CMS's paths, dated and undated. */
const urls = (p: UrlParts): string[] => [
	`http://www.${p.host}/art/${p.year}/${Number(p.month)}/${Number(p.day)}/art_${p.n.slice(0, 4)}_${p.n}.html`,
	`https://www.${p.host}/zwdt/bmdt/${p.year}${p.month}/t${p.year}${p.month}${p.day}_${p.n}.shtml`,
	`https://zwgk.${p.host}/content/${p.n}.html`,
	`http://m.${p.host}/col/col${p.n.slice(0, 5)}/index.html?uid=${p.n}`,
];

/** Split s's mobile pages: a back bar and the app prompt. */
export const S_MOBILE_VIEW: MobileViewFormats = {
	rate: 0.07,
	heads: ['〈 返回　{site}', '{site}手机版\n首页 ＞ 正文', '< 返回列表'],
	tails: ['电脑版 | 手机版 | 返回顶部', '打开{place}发布APP 阅读更多', '— 到底了 —'],
};

/** Split s's print views: the site's print header and the address at the foot. */
export const S_PRINT_VIEW: PrintViewFormats = {
	rate: 0.05,
	hosts: HOSTS,
	urls,
	printDates: ['YYYY-MM-DD HH:mm', 'YYYY/M/D HH:mm:ss'],
	heads: (p) => [`${p.site}　打印页面`, `打印时间：${p.printed}\n${p.site}`],
	feet: (p) => [`本页地址：${p.url}`, `【关闭窗口】　${p.url}`],
};

/** Split s's retitled reprints: the outlet's headline kept as 原标题. */
export const S_RETITLE: RetitleFormats = {
	rate: 0.15,
	above: ['原题：{ptitle}', '【原标题】{ptitle}'],
	below: ['（原题为《{ptitle}》）', '原标题 | {ptitle}'],
};

/** Split s's reading-platform copies. */
export const S_PLATFORM_COPY: PlatformCopyFormats = {
	rate: 0.07,
	heads: ['学习强国 · {city}学习平台', '来源：学习强国号 · {place}'],
	tails: ['本文来自学习强国{city}学习平台', '点赞 · 收藏 · 分享 · 评论'],
};

/** Split s's search-engine caches and reader-mode copies. */
export const S_SNAPSHOT: SnapshotFormats = {
	rate: 0.04,
	reader: 0.5,
	hosts: HOSTS,
	urls,
	capturedDates: ['YYYY-MM-DD HH:mm:ss', 'YYYY年M月D日 HH:mm'],
	cacheHeads: (p) => [
		`这是页面 ${p.url} 的快照，抓取于 ${p.captured}。\n当前页面可能已经更改，请点击访问原网页。`,
		`网页快照 | 原始网址：${p.url} | 保存时间 ${p.captured}`,
	],
	readerHeads: (p) => [`${p.site}\n阅读模式`, `${p.url}`],
};

/** Split s's browser prints: the browser's header and footer on every sheet. */
export const S_BROWSER_PRINT: BrowserPrintFormats = {
	rate: 0.04,
	stamps: ['YYYY/M/D HH:mm', 'YY/M/D HH:mm'],
	tabs: [(title, site) => `${title} - ${site}`, (title, site) => `${site}——${title}`],
	urls: [
		(n, day) =>
			`http://www.gov.cn/xinwen/${day.slice(0, 4)}-${day.slice(4, 6)}/${day.slice(6)}/content_${n}.htm`,
		(n) => `https://www.163.com/dy/article/G${n}0534.html`,
		(n, day) => `https://static.nfapp.southcn.com/content/${day}/${n}.html`,
	],
	heads: [(p) => `${p.printed}    ${p.tab}`, (p) => `${p.tab}\t${p.printed}`],
	feet: [(p) => `${p.url}    ${p.sheet}/${p.sheets}`, (p) => `第 ${p.sheet} 页，共 ${p.sheets} 页`],
	perSheet: [3, 6],
};

/** Split s's news-app share pages. */
export const S_APP_SHARE: AppShareFormats = {
	rate: 0.05,
	heads: ['{place}融媒 · 打开APP，体验更佳', '下载{city}新闻客户端\n看更多本地资讯'],
	metas: (p) => [`${p.source}　${p.date}　阅读${p.reads}`, `来源：${p.source} ${p.date}`],
	tails: (p) => [
		`阅读 ${p.reads}　点赞 ${p.likes}\n评论（${p.comments}）`,
		`打开APP查看${p.comments}条评论\n为你推荐\n{title}`,
	],
};

/** Split s's articles split over pages saved as one. */
export const S_PAGED_BODY: PagedBodyFormats = {
	rate: 0.05,
	pages: [2, 3],
	pagers: [
		(page, total) =>
			`${Array.from({ length: total }, (_, i) => (i + 1 === page ? `[${i + 1}]` : String(i + 1))).join(' ')} 下一页`,
		(page, total) => `第${page}页 / 共${total}页　上一页 下一页`,
	],
};

/** Split s's pages saved twice: the desktop page, then the same or its mobile page. */
export const S_SAVED_TWICE: SavedTwiceFormats = {
	rate: 0.03,
	mobile: 0.5,
	heads: ['{site} 手机版', '‹ 返回\n{site}'],
	metas: ['{source}　{date}', '{date}　来源：{source}'],
	feet: ['返回顶部　电脑版', '© {place}人民政府'],
};
