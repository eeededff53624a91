import type { CodeFormats } from './web-pages-formats.ts';

/** Split u's views of a page (mobile, print, platform, app, cache, printed, saved twice), written blind. */
export const U_VIEWS: Partial<CodeFormats> = {
	mobileView: {
		rate: 0.07,
		heads: ['＜ 返回　{site}', '{site}手机版\n≡ 栏目', '首页 > 正文'],
		tails: ['回到顶部　电脑版', '{site}手机版 ©{year}', '分享到微信朋友圈'],
	},
	printView: {
		rate: 0.04,
		hosts: ['www.zyx.gov.cn', 'www.chx.gov.cn', 'zwgk.lcx.gov.cn'],
		urls: (p) => [
			`http://${p.host}/xwzx/${p.year}${p.month}/t${p.year}${p.month}${p.day}_${p.n}.html`,
			`https://${p.host}/art/${p.year}/${Number(p.month)}/${Number(p.day)}/art_${p.n}.html`,
		],
		printDates: ['YYYY/M/D HH:mm', 'YYYY-MM-DD HH:mm'],
		heads: (p) => [`${p.site}\n打印时间：${p.printed}`, `${p.title} - 打印预览`],
		feet: (p) => [`本文链接：${p.url}`, `[关闭] [打印]\n${p.url}`],
	},
	retitle: {
		rate: 0.15,
		above: ['原题：{ptitle}', '（原标题为《{ptitle}》）'],
		below: ['本文原标题：{ptitle}', '原题为：{ptitle}'],
	},
	platformCopy: {
		rate: 0.08,
		heads: ['学习强国　{city}学习平台', '来源：学习强国 {city}学习平台\n作者：{name}'],
		tails: ['本文由{city}学习平台推荐', '学习强国APP 扫码下载', '点赞　收藏　分享'],
	},
	appShare: {
		rate: 0.05,
		heads: ['打开“{place}融媒”APP，阅读体验更佳', '{place}融媒\n立即打开'],
		metas: (p) => [`${p.source}　${p.date}`, `${p.date}｜${p.source}`],
		tails: (p) => [
			`阅读 ${p.reads}　点赞 ${p.likes}\n打开APP 查看评论`,
			`${p.comments}条评论 · 打开APP参与讨论\n推荐：{title}`,
		],
	},
	snapshot: {
		rate: 0.03,
		reader: 0.5,
		hosts: ['www.mjx.gov.cn', 'news.dxrm.cn'],
		urls: (p) => [`http://${p.host}/${p.year}/${p.month}${p.day}/${p.n}.shtml`],
		capturedDates: ['YYYY年M月D日 HH:mm', 'YYYY-MM-DD'],
		cacheHeads: (p) => [
			`这是 ${p.url} 的快照，保存时间 ${p.captured}。\n原网页可能已经改动，请点此访问当前页面。`,
		],
		readerHeads: (p) => [`${p.url}\n${p.site}`, `阅读模式 · ${p.site}`],
	},
	titleEcho: {
		rate: 0.07,
		browserLines: ['{ptitle}-{column}-{site}', '{site} | {column} | {ptitle}'],
		crumbs: ['当前位置：首页 > {column} > {short}', '首页 » {column} » {ptitle}'],
		columns: ['部门动态', '县区要闻', '基层声音', '热点关注'],
		ellipses: ['…', '...'],
		shortAt: 18,
	},
	savedTwice: {
		rate: 0.03,
		mobile: 0.5,
		heads: ['{site}\n移动版'],
		metas: ['{date} 来源：{source}', '{source}｜{date}'],
		feet: ['返回首页　电脑版'],
	},
	browserPrint: {
		rate: 0.04,
		stamps: ['YYYY/M/D HH:mm', 'YY/M/D HH:mm'],
		tabs: [(title, site) => `${title}_${site}`, (title, site) => `${site} - ${title}`],
		urls: [
			(n, day) => `http://www.ldx.gov.cn/zwgk/${day.slice(0, 6)}/t${day}_${n}.html`,
			(n) => `https://www.zcx.gov.cn/content/${n}.html`,
		],
		heads: [(p) => `${p.printed}　${p.tab}`, (p) => `${p.tab}\n${p.printed}`],
		feet: [(p) => `${p.url}　${p.sheet}/${p.sheets}`, (p) => `第 ${p.sheet} 页，共 ${p.sheets} 页`],
		perSheet: [3, 6],
	},
	pagedBody: {
		rate: 0.05,
		pages: [2, 3],
		pagers: [
			(page, total) =>
				`上一页 ${Array.from({ length: total }, (_, i) => (i + 1 === page ? `[${page}]` : i + 1)).join(' ')} 下一页`,
			(page, total) => `第${page}页/共${total}页`,
		],
	},
};
