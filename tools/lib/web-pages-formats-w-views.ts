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

const HOSTS = ['huzhu.gov.cn', 'qiongzhong.gov.cn', 'zwgk.yanan.gov.cn', 'news.daocheng.gov.cn'];

/** Split w's saved views of a page (mobile, print, platform copy, app share, cache, browser print, pages), written blind. */
export const W_VIEWS: Views = {
	mobileView: {
		rate: 0.09,
		heads: ['＜　{site}', '{place}政府网移动端', '☰　　{site}　　⌕', '‹ 返回　|　{place}首页'],
		tails: ['回到顶部', '{site}（触屏版）', '查看电脑版页面', '长按二维码 关注{place}发布'],
	},
	printView: {
		rate: 0.05,
		hosts: HOSTS,
		urls: (p) => [
			`http://www.${p.host}/col/art/${p.year}/${Number(p.month)}/${Number(p.day)}/${p.n}.html`,
			`https://${p.host}/zwgk/${p.year}${p.month}/t${p.year}${p.month}${p.day}_${p.n}.shtml`,
		],
		printDates: ['YYYY/M/D HH:mm', 'YY/MM/DD HH:mm'],
		heads: (p) => [`${p.site}　打印时间：${p.printed}`, `${p.title}\n${p.url}`],
		feet: (p) => [`页面地址：${p.url}`, `${p.printed}　【关闭】`, `第 1 页 / 共 1 页　${p.url}`],
	},
	retitle: {
		rate: 0.25,
		above: ['此文原题：{ptitle}', '【本文原题】{ptitle}'],
		below: ['（此文原题《{ptitle}》）', '原标题《{ptitle}》'],
	},
	platformCopy: {
		rate: 0.07,
		heads: ['学习强国·{city}学习平台', '强国号　{source}'],
		tails: ['本文来自“学习强国”学习平台', '来源：学习强国\n责任编辑：{name}'],
	},
	appShare: {
		rate: 0.05,
		heads: ['打开“{place}融媒”客户端，阅读体验更佳', '{city}+ 客户端\n立即打开'],
		metas: (p) => [`${p.source}　·　${p.date}`, `${p.date} ${p.source}　阅读 ${p.reads}`],
		tails: (p) => [
			`${p.likes}人点赞　${p.comments}条评论\n相关推荐\n{title}`,
			`阅读量 ${p.reads}　赞 ${p.likes}`,
			'下载客户端，查看更多精彩内容',
		],
	},
	snapshot: {
		rate: 0.03,
		reader: 0.5,
		hosts: HOSTS,
		urls: (p) => [`http://${p.host}/xwzx/${p.year}${p.month}/${p.n}.html`],
		capturedDates: ['YYYY年M月D日 HH:mm:ss', 'YYYY-MM-DD HH:mm'],
		cacheHeads: (p) => [
			`这是 ${p.url} 的快照，抓取于 ${p.captured}。\n当前页面可能已经更改。`,
			`网页快照：${p.captured}　原网址 ${p.url}`,
		],
		readerHeads: (p) => [`${p.site}\n已进入阅读模式`, `${p.url}\n预计阅读时长：5 分钟`],
	},
	browserPrint: {
		rate: 0.04,
		stamps: ['YYYY/M/D HH:mm', 'YY-M-D HH:mm'],
		tabs: [(title, site) => `${title}－${site}`, (title, site) => `${site}｜${title}`],
		urls: [
			(n, day) => `http://www.huzhu.gov.cn/xxgk/${day.slice(0, 6)}/t${day}_${n}.html`,
			(n) => `https://www.qiongzhong.gov.cn/news/show-${n}.html`,
		],
		heads: [(p) => `${p.printed}\t\t${p.tab}`, (p) => `${p.tab}\n打印于 ${p.printed}`],
		feet: [(p) => `${p.url}\t页码 ${p.sheet}/${p.sheets}`, (p) => `—${p.sheet}/${p.sheets}—`],
		perSheet: [3, 6],
	},
	pagedBody: {
		rate: 0.05,
		pages: [2, 4],
		pagers: [
			(page, total) => `共${total}页　上一页 ${page} 下一页`,
			(page, total) =>
				Array.from({ length: total }, (_, i) => (i + 1 === page ? `[${i + 1}]` : `${i + 1}`)).join(
					' ',
				) + ' 下页 »',
			(page, total) => `第${page}页/共${total}页　首页 上页 下页 尾页`,
		],
	},
};
