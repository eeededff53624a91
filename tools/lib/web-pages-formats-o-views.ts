import type { CodeFormats } from './web-pages-formats.ts';

/** Split o's saved views of a page: mobile, print, cache and reader, app share, browser print, echoes. */
export const VIEWS_O: Pick<
	CodeFormats,
	| 'mobileView'
	| 'printView'
	| 'retitle'
	| 'platformCopy'
	| 'appShare'
	| 'snapshot'
	| 'browserPrint'
	| 'titleEcho'
	| 'savedTwice'
	| 'pagedBody'
> = {
	mobileView: {
		rate: 0.06,
		heads: ['< 返回　{site}', '{site}手机版\n首页 | 栏目', '☰ 菜单　　{place}发布'],
		tails: ['返回顶部 | 电脑版', '©{site} 移动版', '打开APP，阅读体验更佳'],
	},
	printView: {
		rate: 0.04,
		hosts: ['zfxxgk.example.gov.cn', 'news.example.gov.cn', 'www.example-xian.gov.cn'],
		urls: (p) => [
			`http://${p.host}/art/${p.year}/${Number(p.month)}/${Number(p.day)}/art_1${p.n}.html`,
			`https://${p.host}/xwzx/bmdt/${p.year}${p.month}/t${p.year}${p.month}${p.day}_${p.n}.html`,
		],
		printDates: ['YYYY/M/D HH:mm', 'YYYY-MM-DD HH:mm'],
		heads: (p) => [`${p.site}\n打印时间：${p.printed}`, `打印页面　${p.site}`],
		feet: (p) => [`本文网址：${p.url}`, `【关闭窗口】\n${p.url}`, `打印于 ${p.printed}`],
	},
	retitle: {
		rate: 0.1,
		above: ['原题：{ptitle}', '（原标题：{ptitle}）'],
		below: ['本文原标题为《{ptitle}》', '原题为：{ptitle}'],
	},
	platformCopy: {
		rate: 0.05,
		heads: ['学习强国 {place}学习平台', '来源：学习强国'],
		tails: ['本文来源：学习强国{place}学习平台\n作者：{name}', '学习强国 · 点赞 · 收藏'],
	},
	appShare: {
		rate: 0.04,
		heads: ['{place}融媒客户端\n下载APP，看更多本地新闻', '打开“{city}发布”APP　阅读全文'],
		metas: (p) => [`${p.source}　${p.date}　阅读 ${p.reads}`, `${p.date} · ${p.source}`],
		tails: (p) => [
			`点赞 ${p.likes}　评论 ${p.comments}\n热门推荐：{title}`,
			`阅读 ${p.reads}\n打开APP查看更多精彩内容`,
		],
	},
	snapshot: {
		rate: 0.03,
		reader: 0.5,
		hosts: ['www.example-xian.gov.cn', 'xw.example-shi.cn'],
		urls: (p) => [`https://${p.host}/art/${p.year}/${p.month}${p.day}/${p.n}.shtml`],
		capturedDates: ['YYYY年M月D日 HH:mm:ss', 'YYYY/MM/DD HH:mm'],
		cacheHeads: (p) => [
			`这是 ${p.url} 的快照，截取时间为 ${p.captured}。\n当前页可能已经更改，请访问原网页。`,
			`网页快照｜${p.site}\n快照日期：${p.captured}`,
		],
		readerHeads: (p) => [`${p.site}\n阅读模式`, `${p.url}\n预计阅读时间：4分钟`],
	},
	browserPrint: {
		rate: 0.04,
		stamps: ['YY/M/D HH:mm', 'YYYY/M/D HH:mm'],
		tabs: [(title, site) => `${title}_${site}`, (title, site) => `${site}-${title}`],
		urls: [
			(n, day) => `https://www.example-xian.gov.cn/xwzx/t${day}_${n}.html`,
			(n, day) => `http://www.example.gov.cn/art/${day.slice(0, 4)}/${n}.html`,
		],
		heads: [(p) => `${p.printed}　${p.tab}`, (p) => `${p.tab}`],
		feet: [(p) => `${p.url}　${p.sheet}/${p.sheets}`, (p) => `第 ${p.sheet} 页，共 ${p.sheets} 页`],
		perSheet: [3, 6],
	},
	titleEcho: {
		rate: 0.05,
		browserLines: ['{ptitle}-{site}', '{column} - {ptitle} - {place}人民政府'],
		crumbs: ['当前位置：首页 > {column} > {short}', '首页 » {column} » {ptitle}'],
		columns: ['工作动态', '要闻动态', '部门信息'],
		ellipses: ['…', '...'],
		shortAt: 16,
	},
	savedTwice: {
		rate: 0.03,
		mobile: 0.5,
		heads: ['{site} 手机版', '返回　{place}发布'],
		metas: ['{date}　{source}', '来源：{source} {date}'],
		feet: ['电脑版 | 返回顶部', '{site}版权所有'],
	},
	pagedBody: {
		rate: 0.04,
		pages: [2, 4],
		pagers: [
			(page, total) => `上一页 ${page}/${total} 下一页`,
			(page, total) =>
				`${Array.from({ length: total }, (_, i) => (i + 1 === page ? `[${i + 1}]` : String(i + 1))).join(' ')}　下一页`,
			(page, total) => `第${page}页　共${total}页`,
		],
	},
};
