import type { CodeFormats } from './web-pages-formats.ts';

type Views = Pick<
	CodeFormats,
	| 'mobileView'
	| 'printView'
	| 'retitle'
	| 'platformCopy'
	| 'appShare'
	| 'snapshot'
	| 'browserPrint'
	| 'pagedBody'
>;

const HOSTS = ['longyao.gov.cn', 'hx.gov.cn', 'zwgk.ganzhou.gov.cn', 'gx-ts.gov.cn'];

/** Split v's saved views of a page (mobile, print, platform copy, app share, cache, browser print, pages), written blind. */
export const V_VIEWS: Views = {
	mobileView: {
		rate: 0.1,
		heads: ['‹ 返回　　{site}　　···', '{site}手机版', '≡ 菜单　　{place}　　🔍'],
		tails: ['返回顶部 ▲', '电脑版 | 手机版', '©{site}　移动版', '打开APP 阅读体验更佳'],
	},
	printView: {
		rate: 0.06,
		hosts: HOSTS,
		urls: (p) => [
			`http://${p.host}/art/${p.year}/${Number(p.month)}/${Number(p.day)}/art_${p.n}.html`,
			`https://${p.host}/print.jsp?id=${p.n}`,
		],
		printDates: ['YYYY/M/D HH:mm', 'YY/MM/DD HH:mm'],
		heads: (p) => [`${p.printed}　　${p.title}`, `${p.site}\n打印时间：${p.printed}`],
		feet: (p) => [`${p.url}　　1/1`, `【打印】　【关闭】`, `本页地址：${p.url}`],
	},
	retitle: {
		rate: 0.2,
		above: ['【原题】{ptitle}', '原文标题：{ptitle}'],
		below: ['（原标题为《{ptitle}》）', '*本文原题：{ptitle}'],
	},
	platformCopy: {
		rate: 0.07,
		heads: ['学习强国\n{city}学习平台', '学习强国 · 地方平台'],
		tails: ['本文来源：{source}\n本文作者：{name}', '责任编辑：{name}\n推荐：{city}学习平台'],
	},
	appShare: {
		rate: 0.06,
		heads: [
			'打开{place}融媒客户端　立即打开',
			'{site} APP 内打开',
			'下载“看{place}”，查看更多精彩',
		],
		metas: (p) => [`${p.source}　${p.date}　${p.reads}浏览`, `${p.date} · ${p.source}`],
		tails: (p) => [
			`${p.likes} 人点赞　评论 ${p.comments}\n更多推荐\n{title}`,
			`阅读 ${p.reads}　赞 ${p.likes}\n打开APP查看更多评论`,
		],
	},
	snapshot: {
		rate: 0.04,
		reader: 0.5,
		hosts: HOSTS,
		urls: (p) => [`http://${p.host}/${p.year}${p.month}/t${p.year}${p.month}${p.day}_${p.n}.html`],
		capturedDates: ['YYYY年M月D日 HH:mm:ss', 'YYYY-MM-DD HH:mm'],
		cacheHeads: (p) => [
			`这是 ${p.url} 的快照，抓取于 ${p.captured}。\n当前页面可能已更改，请以原网页为准。`,
		],
		readerHeads: (p) => [`${p.site}\n${p.url}\n阅读模式`, `${p.url}\n约 ${p.title.length} 字`],
	},
	browserPrint: {
		rate: 0.05,
		stamps: ['YYYY/M/D HH:mm', 'YY-M-D HH:mm'],
		tabs: [(t, s) => `${t}-${s}`, (t, s) => `${s}｜${t}`],
		urls: [
			(n, day) => `http://www.hx.gov.cn/xwzx/${day.slice(0, 6)}/t${day}_${n}.html`,
			(n) => `https://longyao.gov.cn/col/col${n.slice(0, 4)}/art_${n}.html`,
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
				`共${total}页　${Array.from({ length: total }, (_, i) => (i + 1 === page ? `[${page}]` : i + 1)).join(' ')}　下一页`,
			(page, total) => `【第${page}页】　${page < total ? '下一页 ›' : '‹ 上一页'}`,
		],
	},
};
