import type { WechatCopyFormats } from './web-pages-formats.ts';
import type {
	MobileViewFormats,
	PlatformCopyFormats,
	PrintViewFormats,
	RetitleFormats,
} from './web-pages-views.ts';
import type { AppShareFormats } from './web-pages-app-share.ts';
import type { SnapshotFormats } from './web-pages-saved-blocks.ts';
import type { BrowserPrintFormats } from './web-pages-browser-print.ts';
import type { SavedTwiceFormats } from './web-pages-saved-twice.ts';

/** Split p's WeChat articles copied as text. */
export const P_WECHAT_COPY: WechatCopyFormats = {
	rate: 0.45,
	heads: (p) => [
		`${p.original ? '原创 ' : ''}${p.author} ${p.account} ${p.time} ${p.province}`,
		`${p.account}\n${p.time} 发表于${p.province}`,
		`${p.original ? '原创　' : ''}${p.author}\n${p.account}\n${p.time}`,
		`${p.account}　${p.time}　${p.province}`,
	],
	times: ['YYYY年MM月DD日 HH:mm', 'YYYY-MM-DD HH:mm', 'YYYY年M月D日 HH:mm'],
	provinces: ['贵州', '宁夏', '甘肃', '黑龙江', '内蒙古'],
	credits: [
		'来源：{source}\n编辑：{name}\n审核：{name}',
		'文字 | {name}\n图片 | {name}\n责编 | {name}\n来源 | {source}',
		'信息来源：{source}\n本期编辑：{name}  审核：{name}  监制：{name}',
	],
	repostLines: ['以下文章来源于{source}', '转自：{source}', '本文转载自“{source}”'],
};

/** Split p's mobile views. */
export const P_MOBILE_VIEW: MobileViewFormats = {
	rate: 0.07,
	heads: ['< 返回　{site}', '{site}手机版\n当前：正文', '← 详情'],
	tails: ['返回顶部　电脑版', '{site}移动版 ©{year}', '打开APP阅读更多'],
};

/** Split p's reading-platform copies. */
export const P_PLATFORM_COPY: PlatformCopyFormats = {
	rate: 0.05,
	heads: ['学习强国 {place}学习平台', '学习强国\n推荐 | {place}学习平台'],
	tails: ['本文来自“学习强国”{place}学习平台', '学习强国 扫码打开 / 分享 / 收藏'],
};

/** Split p's print views. */
export const P_PRINT_VIEW: PrintViewFormats = {
	rate: 0.05,
	hosts: ['gzzn.gov.cn', 'nxld.gov.cn', 'hljhl.gov.cn', 'gsjt.gov.cn'],
	urls: (p) => [
		`http://www.${p.host}/xwzx/zwdt/${p.year}${p.month}/t${p.year}${p.month}${p.day}_${p.n}.html`,
		`https://www.${p.host}/art/${p.year}/${Number(p.month)}/${Number(p.day)}/art_${p.n}.html`,
	],
	printDates: ['YYYY/M/D HH:mm', 'YYYY-MM-DD HH:mm:ss'],
	heads: (p) => [`${p.site}\n打印时间：${p.printed}`, `${p.title} - ${p.site}`],
	feet: (p) => [`本页网址：${p.url}`, `${p.url}\n【打印本文】【关闭本页】`],
};

/** Split p's reprints retitled with the outlet's headline. */
export const P_RETITLE: RetitleFormats = {
	rate: 0.12,
	above: ['原题：《{ptitle}》', '（原标题：{ptitle}）'],
	below: ['本文原标题为“{ptitle}”', '原题为《{ptitle}》，有删节'],
};

/** Split p's news-app share pages. */
export const P_APP_SHARE: AppShareFormats = {
	rate: 0.05,
	heads: ['{place}融媒 APP\n打开客户端看更多', '掌上{city} 本地新闻 打开'],
	metas: (p) => [`${p.source}　${p.date}`, `来源：${p.source}  ${p.date}  阅读 ${p.reads}`],
	tails: (p) => [
		`阅读 ${p.reads}　点赞 ${p.likes}　评论 ${p.comments}\n打开APP，查看更多精彩`,
		`${p.likes}人点赞\n相关推荐\n{title}`,
	],
};

/** Split p's search-engine caches and reader-mode copies. */
export const P_SNAPSHOT: SnapshotFormats = {
	rate: 0.04,
	reader: 0.5,
	hosts: ['gzsd.gov.cn', 'nxyc.gov.cn', 'hljyc.gov.cn'],
	urls: (p) => [`http://www.${p.host}/zwgk/${p.year}${p.month}${p.day}/${p.n}.shtml`],
	capturedDates: ['YYYY年M月D日 HH:mm:ss', 'YYYY-MM-DD HH:mm'],
	cacheHeads: (p) => [
		`这是 ${p.url} 的快照，抓取时间：${p.captured}。原网页可能已经更改。`,
		`百度快照 ${p.captured}\n${p.url}`,
	],
	readerHeads: (p) => [`${p.url}\n${p.title}`, `${p.site} | ${p.url}`],
};

/** Split p's browser prints. */
export const P_BROWSER_PRINT: BrowserPrintFormats = {
	rate: 0.04,
	stamps: ['YYYY/M/D HH:mm', 'YY/M/D HH:mm'],
	tabs: [(title, site) => `${title} - ${site}`, (title, site) => `${title}_${site}`],
	urls: [
		(n, day) => `https://www.gzzn.gov.cn/xwzx/${day.slice(0, 6)}/t${day}_${n}.html`,
		(n) => `http://www.nxld.gov.cn/info/${n}.jhtml`,
	],
	heads: [(p) => `${p.printed}  ${p.tab}`, (p) => `${p.tab}\n${p.printed}`],
	feet: [
		(p) => `${p.url}  ${p.sheet}/${p.sheets}`,
		(p) => `第${p.sheet}页 共${p.sheets}页\n${p.url}`,
	],
	perSheet: [3, 6],
};

/** Split p's pages saved twice. */
export const P_SAVED_TWICE: SavedTwiceFormats = {
	rate: 0.03,
	mobile: 0.5,
	heads: ['{site}手机版', '< 返回 正文'],
	metas: ['{source}  {date}', '来源：{source}　{date}'],
	feet: ['返回首页　电脑版', '©{year} {site}'],
};
