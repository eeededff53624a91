import type { CodeFormats } from './web-pages-formats.ts';

/** Split ab's wording of saved copies and media around a page: print views, attachments, players, app shares, snapshots, comments, browser prints. */
export const AB_SAVED: Pick<
	CodeFormats,
	| 'printView'
	| 'attachmentList'
	| 'videoPlayer'
	| 'appShare'
	| 'snapshot'
	| 'commentThread'
	| 'browserPrint'
> = {
	printView: {
		rate: 0.06,
		hosts: ['xq.gov.cn', 'zfxxgk.county.gov.cn', 'xqzf.gov.cn'],
		urls: (p) => [
			`http://www.${p.host}/xwzx/bmdt/${p.year}${p.month}/t${p.year}${p.month}${p.day}_${p.n}.shtml`,
			`https://${p.host}/art/${p.year}/${Number(p.month)}/${Number(p.day)}/art_${p.n}.html?print=1`,
		],
		printDates: ['YYYY/M/D HH:mm', 'YYYY年MM月DD日 HH时mm分'],
		heads: (p) => [`【打印页】${p.site}\n网址：${p.url}`, `${p.site}——打印预览  ${p.printed}`],
		feet: (p) => [`[打印本页]  [关闭本窗口]\n打印于 ${p.printed}`, `本页地址 ${p.url}`],
	},
	attachmentList: {
		rate: 0.08,
		heads: ['本页附件（点击下载）：', '附件资料', ''],
		files: (p) => [
			`${p.title.slice(0, 14)}（全文）.pdf`,
			`申报表样表（${p.year}年版）.xlsx`,
			`征求意见反馈表.wps`,
			`项目汇总明细.zip`,
		],
		items: [
			(i) => `附件${i.index}：${i.file}（${i.kilobytes}KB，下载${i.downloads}次）`,
			(i) => `${i.index}. ${i.file}\n   文件大小 ${i.kilobytes} KB    已下载：${i.downloads}`,
		],
	},
	videoPlayer: {
		rate: 0.07,
		blocks: (p) => [
			`▶ 视频新闻  时长 ${p.duration}\n播放量 ${p.plays}`,
			`00:00 / ${p.duration}   🔊  ⛶\n已播放${p.plays}次`,
			`【视频】点击播放（${p.duration}）`,
		],
	},
	appShare: {
		rate: 0.06,
		heads: ['打开“{place}发布”APP，阅读体验更佳  [立即打开]', '{site}客户端\n本地权威资讯  下载'],
		metas: (p) => [`${p.source}  ${p.date}  阅读 ${p.reads}`, `来自 ${p.source} · ${p.date}`],
		tails: (p) => [
			`点赞 ${p.likes}  评论 ${p.comments}\n猜你想看：{title}`,
			`已有${p.reads}人浏览  分享到：微信 朋友圈 微博\n延伸阅读 》{title}`,
		],
	},
	snapshot: {
		rate: 0.05,
		reader: 0.5,
		hosts: ['fgw.county.gov.cn', 'rb.xqrmt.cn'],
		urls: (p) => [
			`http://${p.host}/info/${p.year}${p.month}/${p.n}.jhtml`,
			`https://${p.host}/content/${p.year}-${p.month}/${p.day}/content_${p.n}.htm`,
		],
		capturedDates: ['YYYY年M月D日 HH:mm:ss', 'YYYY年MM月DD日HH时'],
		cacheHeads: (p) => [
			`这是网页 ${p.url} 的存档副本，保存时间为 ${p.captured}。\n当前页面可能已更改。`,
			`网页快照 · ${p.site}\n抓取时间：${p.captured}  原始网址：${p.url}`,
		],
		readerHeads: (p) => [
			`阅读视图 | ${p.site}\n${p.url}`,
			`${p.title}\n${p.site} · 约 ${p.captured} 保存`,
		],
	},
	commentThread: {
		rate: 0.06,
		heads: [(n) => `网友热评（${n}条）`, (n) => `全部留言 ${n}`, () => ''],
		items: [
			(c) => `${c.name}  ${c.time}  来自${c.region}\n${c.text}\n赞 ${c.likes}`,
			(c) => `${c.name}（IP属地：${c.region}）：${c.text}  ${c.time}  👍${c.likes}`,
		],
		texts: [
			'{place}越来越好了，家乡人点赞！',
			'希望能多出这样的实事',
			'终于等到了，期待早日建成',
			'支持支持！',
		],
		handles: ['山里娃', '老街坊', '追光的人', '在外的{place}人'],
		regions: ['湖北', '浙江', '山东', '云南', '海外'],
		times: ['MM-DD HH:mm', 'M月D日', 'YYYY.MM.DD'],
		tails: ['展开其余评论 ∨', '评论须遵守国家法律法规', ''],
	},
	browserPrint: {
		rate: 0.05,
		stamps: ['YY/M/D HH:mm', 'YYYY/MM/DD HH:mm'],
		tabs: [(t, s) => `${t}_${s}`, (t, s) => `${s}－${t}`],
		urls: [
			(n, d) => `https://www.xq.gov.cn/xxgk/${d}/${n}.html`,
			(n, d) => `http://zwgk.county.gov.cn/c${d}${n}.htm`,
		],
		heads: [(p) => `${p.printed}    ${p.tab}`, (p) => `${p.tab}\n${p.printed}`],
		feet: [
			(p) => `${p.url}    ${p.sheet}/${p.sheets}`,
			(p) => `第 ${p.sheet} 页，共 ${p.sheets} 页  ${p.url}`,
		],
		perSheet: [4, 9],
	},
};
