import type { CodeFormats } from './web-pages-formats.ts';

const HOSTS = ['www.gov.cn', 'zwgk.gov.cn', 'xxgk.gov.cn', 'm.gov.cn', 'news.gov.cn'];

/** Split aa's saved views: mobile, print, platform and app copies, caches, prints and twins. */
export const AA_VIEWS: Partial<CodeFormats> = {
	mobileView: {
		rate: 0.08,
		heads: [
			'〈 返回　　{site}',
			'≡ 菜单　　{place}政府网手机版',
			'首页 ＞ 详情',
			'打开APP，阅读体验更佳',
		],
		tails: ['访问电脑版 | 返回顶部', '© {place}人民政府　手机版', '在APP内打开　查看更多精彩内容'],
	},
	printView: {
		rate: 0.05,
		hosts: HOSTS,
		urls: (p) => [
			`http://${p.host}/${p.year}${p.month}/${p.day}/art_${p.n}.html`,
			`https://${p.host}/zwdt/${p.year}-${p.month}/${p.day}/content_${p.n}.shtml`,
			`http://${p.host}/print.jsp?id=${p.n}`,
		],
		printDates: ['YYYY/M/D HH:mm', 'YYYY-MM-DD HH:mm:ss'],
		heads: (p) => [
			`${p.site}　打印预览\n${p.title}`,
			`打印时间：${p.printed}`,
			`【打印】${p.site}`,
		],
		feet: (p) => [
			`本文链接：${p.url}`,
			`${p.url}　${p.printed}`,
			`【关闭本页】　打印日期：${p.printed}`,
		],
	},
	retitle: {
		rate: 0.2,
		above: ['（原题：{ptitle}）', '原标题：《{ptitle}》'],
		below: ['【原题】{ptitle}', '本文原标题为：{ptitle}'],
	},
	platformCopy: {
		rate: 0.06,
		heads: ['学习强国　{place}学习平台', '来源：学习强国 {city}学习平台', '强国号 · {place}融媒'],
		tails: ['本文已收录于学习强国平台', '点赞 收藏 分享 纠错', '学习强国 · 本地频道'],
	},
	appShare: {
		rate: 0.06,
		heads: [
			'云上{place} APP\n打开客户端 阅读更多',
			'{place}融媒客户端　立即打开',
			'“掌上{place}”\n下载APP 看本地新闻',
		],
		metas: (p) => [
			`${p.source}　${p.date}`,
			`${p.date} ｜ ${p.source}`,
			`来自：${p.source} ${p.date}`,
		],
		tails: (p) => [
			`阅读 ${p.reads}　点赞 ${p.likes}　评论 ${p.comments}`,
			`${p.reads}人看过 · ${p.likes}人觉得很赞\n推荐阅读：{title}`,
			`打开APP查看 ${p.comments} 条评论`,
		],
	},
	snapshot: {
		rate: 0.04,
		reader: 0.5,
		hosts: HOSTS,
		urls: (p) => [
			`http://${p.host}/art/${p.year}/${p.month}/${p.day}/art_${p.n}.html`,
			`https://${p.host}/${p.n}.html`,
		],
		capturedDates: ['YYYY年M月D日 HH:mm:ss', 'YYYY-MM-DD HH:mm'],
		cacheHeads: (p) => [
			`这是 ${p.url} 的网页快照，抓取时间：${p.captured}。\n当前页面可能已更改。`,
			`快照来源：${p.url}\n保存于 ${p.captured}，仅供参考`,
		],
		readerHeads: (p) => [`${p.site}\n${p.url}`, `阅读模式 · ${p.site}`, `${p.title} | ${p.site}`],
	},
	browserPrint: {
		rate: 0.04,
		stamps: ['YYYY/M/D HH:mm', 'YY/MM/DD HH:mm'],
		tabs: [(t, s) => `${t}-${s}`, (t, s) => `${s}：${t}`],
		urls: [
			(n, d) =>
				`http://www.gov.cn/art/${d.slice(0, 4)}/${d.slice(4, 6)}/${d.slice(6)}/art_${n}.html`,
			(n) => `https://zwgk.gov.cn/info/${n}`,
		],
		heads: [(p) => `${p.printed}　${p.tab}`, (p) => `${p.tab}\n${p.printed}`],
		feet: [
			(p) => `${p.url}　${p.sheet}/${p.sheets}`,
			(p) => `第 ${p.sheet} 页，共 ${p.sheets} 页　${p.url}`,
		],
		perSheet: [3, 6],
	},
	savedTwice: {
		rate: 0.03,
		mobile: 0.5,
		heads: ['{site}　手机版', '〈　{place}发布'],
		metas: ['{source}  {date}', '{date}　来源：{source}'],
		feet: ['返回电脑版 | 回到顶部', '{place}人民政府 版权所有（手机版）'],
	},
	titleEcho: {
		rate: 0.06,
		browserLines: [
			'{ptitle}_{column}_{site}',
			'{ptitle} - {place}人民政府门户网',
			'{column}｜{ptitle}',
		],
		crumbs: [
			'首页 > {column} > {short}',
			'您所在的位置：网站首页 » {column} » {ptitle}',
			'{column} / {short}',
		],
		columns: ['边境动态', '部门信息', '乡镇（街道）动态', '民族宗教', '政务要闻', '通知公告'],
		ellipses: ['…', '...', '……'],
		shortAt: 16,
	},
};
