import type { CodeFormats } from './web-pages-formats.ts';

/**
 * Split y's saved views and blocks (mobile and print views, 学习强国 copies, attachments, players,
 * side columns, 政策解读, news apps, caches, comments, meta rows, 编者按), written blind.
 */
export const Y_VIEWS: Pick<
	CodeFormats,
	| 'mobileView'
	| 'printView'
	| 'retitle'
	| 'platformCopy'
	| 'attachmentList'
	| 'videoPlayer'
	| 'sideColumn'
	| 'policyReading'
	| 'appShare'
	| 'snapshot'
	| 'commentThread'
	| 'metaRow'
	| 'editorNote'
> = {
	mobileView: {
		rate: 0.1,
		heads: ['〈 返回　{site}　…', '{site}手机版', '☰　{place}发布　🔍', '打开APP，阅读体验更佳'],
		tails: [
			'回到顶部　电脑版',
			'{site}　手机版　©{year}',
			'— 已经到底了 —',
			'切换到电脑版 | 返回首页',
		],
	},
	printView: {
		rate: 0.05,
		hosts: ['zfxxgk.gov.cn', 'rmzf.gov.cn', 'zwfw.gov.cn', 'xxgk.gov.cn'],
		urls: (p) => [
			`http://www.${p.host}/art/${p.year}/${Number(p.month)}/${Number(p.day)}/art_${p.n}.html`,
			`https://${p.host}/zwgk/${p.year}${p.month}/t${p.year}${p.month}${p.day}_${p.n}.shtml`,
			`http://${p.host}/news/show-${p.n}.html`,
		],
		printDates: ['YYYY/M/D HH:mm', 'YYYY-MM-DD HH:mm:ss'],
		heads: (p) => [
			`${p.site}\n打印时间：${p.printed}`,
			`【打印页面】${p.title}`,
			`${p.printed}　${p.site}`,
		],
		feet: (p) => [`本文链接：${p.url}`, `[打印本页]　[关闭窗口]\n${p.url}`, `${p.site}　${p.url}`],
	},
	retitle: {
		rate: 0.2,
		above: ['【原题：{ptitle}】', '原稿标题为《{ptitle}》'],
		below: ['（本文原题为“{ptitle}”）', '原文标题：《{ptitle}》，有删节'],
	},
	platformCopy: {
		rate: 0.08,
		heads: ['学习强国　{place}学习平台', '强国号 | {source}', '学习强国 · 地方平台'],
		tails: [
			'本文来源：{source}\n提供者：{place}学习平台',
			'来源：学习强国APP　责任编辑：{name}',
			'纠错　分享　收藏',
		],
	},
	attachmentList: {
		rate: 0.12,
		heads: ['附件清单：', '相关附件下载', '', '附件（点击下载）'],
		files: (p) => [
			`${p.title}.pdf`,
			`${p.year}年度实施方案.docx`,
			`申报表（样表）.xls`,
			`附件2：统计汇总表.xlsx`,
			`政策问答.doc`,
			`${p.title}（扫描件）.pdf`,
		],
		items: [
			(i) => `${i.index}．${i.file}（${i.kilobytes}KB）`,
			(i) => `附件${i.index}：${i.file}　下载次数：${i.downloads}`,
			(i) => `📎 ${i.file}\n大小：${i.kilobytes} K　已下载 ${i.downloads} 次`,
		],
	},
	videoPlayer: {
		rate: 0.06,
		blocks: (p) => [
			`▶ ${p.duration}\n播放量 ${p.plays}`,
			`00:00 / ${p.duration}　清晰度：标清　倍速`,
			`视频加载失败，点击重新加载\n时长 ${p.duration}`,
		],
	},
	sideColumn: {
		rate: 0.06,
		blocks: [
			'文章信息\n来源：{source}\n时间：{date}',
			'【信息属性】\n发布单位：{source}\n发布日期：{date}\n浏览：{n}',
			'稿件来源 {source}\n发稿时间 {date}',
		],
	},
	policyReading: {
		rate: 0.06,
		heads: [
			'政策解读 | 一图读懂《{title}》',
			'【文件解读】关于《{title}》的说明',
			'解读材料　相关文件：{title}',
		],
		feet: [
			'原文链接：{title}',
			'解读机关：{source}　解读人：{name}',
			'相关政策：{title}\n咨询电话：{n}',
		],
	},
	appShare: {
		rate: 0.07,
		heads: [
			'打开{place}发布APP，查看更多精彩内容',
			'{place}融媒 客户端\n立即打开',
			'下载APP　阅读全文',
		],
		metas: (p) => [
			`${p.source}　${p.date}　阅读 ${p.reads}`,
			`来自：${p.source}\n${p.date}`,
			`${p.date} · ${p.source} · ${p.likes}人点赞`,
		],
		tails: (p) => [
			`评论 ${p.comments}　赞 ${p.likes}\n热门推荐\n{title}`,
			`阅读 ${p.reads}\n打开APP，查看${p.comments}条评论`,
			'下载客户端，获取更多资讯\n{title}',
		],
	},
	snapshot: {
		rate: 0.05,
		reader: 0.4,
		hosts: ['gov.cn', 'zfw.gov.cn', 'rmtzx.cn'],
		urls: (p) => [
			`http://www.${p.host}/xwzx/bmdt/${p.year}${p.month}/t${p.year}${p.month}${p.day}_${p.n}.html`,
			`https://${p.host}/content/${p.n}.html`,
		],
		capturedDates: ['YYYY年M月D日 HH:mm:ss', 'YYYY-MM-DD HH:mm'],
		cacheHeads: (p) => [
			`这是 ${p.url} 的网页快照，抓取时间：${p.captured}。\n当前页面可能已经更改。`,
			`快照　${p.url}　${p.captured}`,
		],
		readerHeads: (p) => [`阅读模式　${p.site}\n${p.url}`, `${p.site} · 约 ${p.captured} 保存`],
	},
	commentThread: {
		rate: 0.05,
		heads: [(n) => `全部评论（${n}）`, (n) => `网友留言 ${n} 条`, () => ''],
		items: [
			(c) => `${c.name}　${c.time}　${c.region}\n${c.text}\n赞 ${c.likes}`,
			(c) => `${c.name}（${c.region}网友）：${c.text}　${c.time}`,
		],
		texts: [
			'为家乡点赞！',
			'这个好，实实在在为群众办事',
			'{place}越来越好了',
			'希望早日完工',
			'支持！',
		],
		handles: ['{place}老乡', '路过的网友', '山里人家', '游客{n}'],
		regions: ['甘肃', '山西', '四川', '青海', '陕西'],
		times: ['MM-DD HH:mm', 'YYYY-MM-DD'],
		tails: ['查看更多评论', '', '以上评论仅代表网友个人观点'],
	},
	metaRow: {
		rate: 0.06,
		rows: [
			'发布机构：{source}　　发布时间：{date}',
			'来源 | {source}　　时间 | {date}　　浏览 | {n}',
			'信息提供：{source}\t日期：{date}',
		],
	},
	editorNote: {
		rate: 0.05,
		notes: [
			'【编者按】近期，本网推出系列报道，聚焦基层一线的实干故事。',
			'编者的话\n今天起，本栏目陆续刊发各乡镇、部门的经验做法，敬请关注。',
			'▍导读：一起来看看这件事的来龙去脉。',
		],
	},
};
