import type { AppShareFormats } from './web-pages-app-share.ts';
import type { BrowserPrintFormats } from './web-pages-browser-print.ts';
import type { WechatCopyFormats } from './web-pages-formats.ts';
import type { SavedTwiceFormats } from './web-pages-saved-twice.ts';
import type { SnapshotFormats } from './web-pages-saved-blocks.ts';
import type {
	MobileViewFormats,
	PlatformCopyFormats,
	PrintViewFormats,
	RetitleFormats,
} from './web-pages-views.ts';

/** Split q's phone views: a county app's bar above, its 打开APP prompt below. */
export const MOBILE_VIEW_Q: MobileViewFormats = {
	rate: 0.1,
	heads: ['≡ {site}手机版　🔍', '返回 | {site}移动门户', '< 新闻详情　···'],
	tails: [
		'打开“i{place}”APP，阅读体验更佳',
		'电脑版 | 触屏版\n{site} 版权所有',
		'回到顶部 ↑　切换到电脑版',
	],
};

/** Split q's print views: a portal's 打印预览 page. */
export const PRINT_VIEW_Q: PrintViewFormats = {
	rate: 0.06,
	hosts: ['jinyun.gov.cn', 'yongkang.gov.cn', 'sxxw.gov.cn', 'lsxww.cn'],
	urls: (p) => [
		`http://www.${p.host}/col/col1229${p.n.slice(0, 3)}/art/${p.year}/${p.month}${p.day}/art_${p.n}.html`,
		`https://www.${p.host}/zwgk/${p.year}-${p.month}/${p.day}/content_${p.n}.shtml`,
		`http://${p.host}/news/show.php?itemid=${p.n}`,
	],
	printDates: ['YYYY/M/D HH:mm', 'YYYY年MM月DD日 HH:mm', 'DD/MM/YYYY HH:mm'],
	heads: (p) => [
		`打印预览　|　${p.site}`,
		`${p.site}\n【打印正文】 【关闭】`,
		`${p.title} - 打印页\n${p.url}`,
	],
	feet: (p) => [
		`打印时间：${p.printed}　本页地址：${p.url}`,
		`【打印】【返回顶部】\n${p.site}主办`,
		`${p.url}　${p.printed}`,
	],
};

/** Split q's retitled reprints: the outlet's longer headline named above or below the text. */
export const RETITLE_Q: RetitleFormats = {
	rate: 0.12,
	above: ['（原题：{ptitle}）', '原文标题：{ptitle}', '【原题】{ptitle}'],
	below: ['（本文原标题为《{ptitle}》）', '原题为：{ptitle}', '题目为编者所加，原题《{ptitle}》'],
};

/** Split q's reading-platform copies: a 学习强国 or 人民号 page copied as text. */
export const PLATFORM_COPY_Q: PlatformCopyFormats = {
	rate: 0.08,
	heads: ['学习强国 · {place}学习平台', '来源：人民号 · {site}\n已关注', '央视频号 | {place}发布'],
	tails: [
		'本文来源于学习强国{place}学习平台，转载请注明出处',
		'点赞 在看 分享\n(学习强国)',
		'举报 · 不感兴趣',
	],
};

/** Split q's news-app share pages: a county 融媒 app's share view. */
export const APP_SHARE_Q: AppShareFormats = {
	rate: 0.07,
	heads: [
		'打开掌上{place}，看更多本地新闻',
		'【{place}发布】APP\n立即打开',
		'下载“云上{place}” 领取阅读积分',
	],
	metas: (p) => [
		`${p.source} ｜ ${p.date}　阅读 ${p.reads}`,
		`${p.date}　来自：${p.source}`,
		`${p.source}\n${p.date}  ${p.reads}人看过`,
	],
	tails: (p) => [
		`点赞 ${p.likes} · 评论 ${p.comments}\n相关阅读：{title}`,
		`${p.reads} 阅读 | ${p.likes} 赞\n打开APP查看更多精彩`,
		`热门评论（${p.comments}）\n更多精彩内容请下载客户端`,
	],
};

/** Split q's cached and reader-mode copies. */
export const SNAPSHOT_Q: SnapshotFormats = {
	rate: 0.05,
	reader: 0.4,
	hosts: ['wuyi.gov.cn', 'pujiang.gov.cn', 'jhnews.com.cn'],
	urls: (p) => [
		`http://www.${p.host}/art/${p.year}/${p.month}/${p.day}/art_${p.n}.html`,
		`https://${p.host}/xwzx/${p.year}${p.month}/t${p.year}${p.month}${p.day}_${p.n}.html`,
	],
	capturedDates: ['YYYY年M月D日 HH:mm:ss', 'YYYY-MM-DDTHH:mm:ss'],
	cacheHeads: (p) => [
		`这是 ${p.url} 的快照，保存于${p.captured}。\n当前页面可能已经更改，请点击这里查看最新页面。`,
		`网页快照 - ${p.site}\n快照时间：${p.captured}　原网址：${p.url}`,
	],
	readerHeads: (p) => [
		`${p.site}\n${p.url}`,
		`阅读模式 · ${p.title}`,
		`${p.title}\n${p.site} · ${p.captured}`,
	],
};

/** Split q's browser prints: headers and footers a browser puts on each printed sheet. */
export const BROWSER_PRINT_Q: BrowserPrintFormats = {
	rate: 0.05,
	stamps: ['YY/M/D HH:mm', 'YYYY/MM/DD HH:mm'],
	tabs: [(t, s) => `${t}_${s}`, (t, s) => `${s} - ${t}`, (t) => `${t}-正文`],
	urls: [
		(n, day) =>
			`http://www.jinhua.gov.cn/art/${day.slice(0, 4)}/${Number(day.slice(4, 6))}/${Number(day.slice(6))}/art_1229${n}.html`,
		(n, day) => `https://www.zjjs.gov.cn/${day.slice(0, 6)}/t${day}_${n}.shtml`,
	],
	heads: [(p) => `${p.printed}　　${p.tab}`, (p) => `${p.tab}\n${p.printed}`],
	feet: [
		(p) => `${p.url}　　${p.sheet}/${p.sheets}`,
		(p) => `第 ${p.sheet} 页，共 ${p.sheets} 页　${p.url}`,
	],
	perSheet: [3, 6],
};

/** Split q's pages saved twice, the second copy often the phone page. */
export const SAVED_TWICE_Q: SavedTwiceFormats = {
	rate: 0.04,
	mobile: 0.6,
	heads: ['{site}（手机版）', '← 返回　{place}政务', '首页 > 正文（移动端）'],
	metas: ['{source} {date}', '{date} ｜ 来源 {source}', '发布：{date}\n来源：{source}'],
	feet: ['回到电脑版', '{site} 移动版 ©{year}', '分享到：微信 / 微博 / QQ空间'],
};

/** Split q's WeChat copies: a government account's article copied as text from the phone. */
export const WECHAT_COPY_Q: WechatCopyFormats = {
	rate: 0.35,
	heads: (p) => [
		`${p.original ? '原创 ' : ''}${p.author} ${p.account}\n${p.time} ${p.province}`,
		`${p.account}\n${p.time}　发表于${p.province}`,
		`${p.original ? '原创　' : ''}${p.account}　${p.time}`,
		`作者：${p.author}\n${p.account} ${p.time} 发表于${p.province}`,
	],
	times: ['YYYY年M月D日 HH:mm', 'YYYY-MM-DD HH:mm', 'M月D日'],
	provinces: ['浙江', '江西', '福建', '安徽', '湖南', '广西', '贵州'],
	credits: [
		'来源：{source}\n编辑：{name}\n审核：{name}',
		'本期编辑丨{name}\n校对丨{name}\n终审丨{name}\n素材来源丨{source}',
		'文字：{source}　责编：{name}',
	],
	repostLines: ['转自：{source}', '本文转载自“{source}”微信公众号', '内容来源：{source}'],
};
