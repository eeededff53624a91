import type { CodeFormats } from './web-pages-formats.ts';
import type { UrlParts } from './web-pages-views.ts';

const HOSTS = [
	'zlx.gov.cn',
	'jingchuan.gov.cn',
	'lingtai.gov.cn',
	'zhenghe.gov.cn',
	'tonggu.gov.cn',
];

const urls = (p: UrlParts): string[] => [
	`http://www.${p.host}/xwzx/zwyw/${p.year}${p.month}/t${p.year}${p.month}${p.day}_${p.n}.html`,
	`https://www.${p.host}/art/${p.year}/${Number(p.month)}/${Number(p.day)}/art_${p.n.slice(0, 4)}_${p.n}.html`,
	`http://${p.host}/index.php?c=show&id=${p.n}`,
	`https://www.${p.host}/content/${p.year}-${p.month}/${p.day}/content_${p.n}.htm`,
];

const REGIONS = ['甘肃', '陕西', '福建', '江西', '贵州', '湖南', '内蒙古', '山东', '广东'];

/**
 * Split l's own wording of the page kinds the earlier splits brought (WeChat copies, 政务公开
 * tables, mobile and print views, 原标题 retitles, reading-platform copies, attachment lists, video
 * players, side columns, 政策解读 pages, app share pages, cached and reader-mode copies, readers'
 * comments, meta rows, 编者按 boxes), written blind from the option types alone.
 */
export const L_KINDS: Partial<CodeFormats> = {
	wechatCopy: {
		rate: 0.3,
		heads: (p) => [
			`${p.original ? '原创 ' : ''}${p.author} ${p.account} ${p.time} ${p.province}`,
			`${p.account}\n${p.time}`,
			`${p.original ? '原创\n' : ''}${p.author}\n${p.account}\n${p.time}  发表于${p.province}`,
			`${p.account}\n${p.author} · ${p.time} · ${p.province}`,
		],
		times: ['YYYY年MM月DD日 HH:mm', 'YYYY-MM-DD HH:mm', 'YYYY年M月D日 HH:mm'],
		provinces: REGIONS,
		credits: [
			'来源：{source}\n编辑：{name}\n审核：{name}\n终审：{name}',
			'来源丨{source}\n责编丨{name}',
			'本期编辑：{name}｜审核：{name}｜来源：{source}',
			'（来源：{source}）\n监制：{name}  统筹：{name}',
			'文字：{name}\n来源：{source}\n编辑：{name}',
		],
		repostLines: [
			'以下文章来源于{source}',
			'转自：{source}',
			'来源：{source}公众号',
			'本文转载自“{source}”',
		],
	},
	infoTable: {
		rate: 0.06,
		tables: (p) => {
			const index = `${p.n.slice(0, 8)}/${p.year}-${p.n.slice(-5)}`;
			return [
				`索 引 号：${index}\n主题分类：综合政务/工作动态\n发布机构：${p.source}\n发布日期：${p.date}\n名\u3000\u3000称：${p.title}`,
				`索引号 ${index}\t公开方式 主动公开\n发文单位 ${p.source}\t发布日期 ${p.date}\n标题 ${p.title}`,
				`信息索引号：${index}\t生效日期：${p.date}\n公开主体：${p.source}\t公开形式：网站\n信息名称：${p.title}`,
			];
		},
	},
	mobileView: {
		rate: 0.06,
		heads: ['< 返回  {site}', '{place}发布\n打开APP', '☰  {site}  🔍', '首页 > 正文'],
		tails: ['返回顶部  电脑版', '© {site}\n手机版 | 电脑版', '打开客户端 阅读更多', '返回列表'],
	},
	printView: {
		rate: 0.04,
		hosts: HOSTS,
		urls,
		printDates: ['YYYY年MM月DD日 HH:mm', 'YYYY-MM-DD HH:mm:ss'],
		heads: (p) => [`打印时间：${p.printed}`, `${p.site}\n打印本页  关闭窗口`, `网址：${p.url}`],
		feet: (p) => [
			'[打印本页] [关闭窗口]',
			`本页网址：${p.url}\n打印日期：${p.printed}`,
			`${p.site} 版权所有`,
		],
	},
	retitle: {
		rate: 0.08,
		above: ['原标题：{ptitle}', '【原标题：{ptitle}】'],
		below: ['（原题：{ptitle}）', '本文原标题为《{ptitle}》'],
	},
	platformCopy: {
		rate: 0.05,
		heads: ['学习强国\n{source}', '来源：{source}  学习强国号', '学习强国 · {place}学习平台'],
		tails: ['本文来源：{source}\n责任编辑：{name}', '点赞 收藏 分享', '扫码下载学习强国'],
	},
	attachmentList: {
		rate: 0.06,
		heads: ['附件：', '本文附件', '', '附件下载：'],
		files: (p) => [
			`${p.title}.pdf`,
			`${p.year}年申报指南.docx`,
			'项目汇总表.xlsx',
			'政策图解.jpg',
			`${p.title}（征求意见稿）.doc`,
		],
		items: [
			(it) => `${it.index}. ${it.file}`,
			(it) => `附件${it.index}：${it.file}（${it.kilobytes}KB）`,
			(it) => `${it.file}\n下载次数：${it.downloads}`,
		],
	},
	videoPlayer: {
		rate: 0.05,
		blocks: (p) => [
			`▶ 00:00 / ${p.duration}`,
			`视频时长 ${p.duration}  播放 ${p.plays}次`,
			`${p.duration}\n倍速  高清  全屏`,
			`▶ 点击观看\n${p.plays}次播放`,
		],
	},
	sideColumn: {
		rate: 0.05,
		blocks: [
			'文章信息\n发布日期：{date}\n信息来源：{source}\n浏览：{n}次',
			'【基本信息】\n来源 {source}\n时间 {date}',
			'发布单位：{source}\n发布时间：{date}\n分享到：微信 微博',
		],
	},
	policyReading: {
		rate: 0.05,
		heads: ['政策解读', '【图文解读】{title}', '解读文件：《{title}》', '一图读懂 | {title}'],
		feet: ['相关文件：{title}', '解读机关：{source}\n解读人：{name}', '原文链接：《{title}》'],
	},
	appShare: {
		rate: 0.05,
		heads: [
			'{place}融媒 · 客户端\n打开APP，阅读体验更佳',
			'爱{place} APP\n立即打开',
			'{place}发布客户端',
		],
		metas: (p) => [
			`${p.source}  ${p.date}`,
			`${p.date} · ${p.source} · 阅读 ${p.reads}`,
			`来源：${p.source}\n${p.date}`,
		],
		tails: (p) => [
			`阅读 ${p.reads}  点赞 ${p.likes}  评论 ${p.comments}`,
			'打开APP查看更多精彩内容\n{title}',
			`已有${p.comments}条评论  ${p.likes}人点赞`,
		],
	},
	snapshot: {
		rate: 0.05,
		reader: 0.4,
		hosts: HOSTS,
		urls,
		capturedDates: ['YYYY年M月D日 HH:mm:ss', 'YYYY-MM-DD HH:mm'],
		cacheHeads: (p) => [
			`您查看的是网页快照（${p.captured}）。\n原网页地址：${p.url}\n快照仅供参考，当前页面可能已更新。`,
			`网页快照 · ${p.site}\n${p.url}  快照时间：${p.captured}`,
		],
		readerHeads: (p) => [
			`${p.site}\n${p.url}`,
			`阅读模式\n${p.title} - ${p.site}`,
			`${p.site}\n阅读视图`,
		],
	},
	commentThread: {
		rate: 0.05,
		heads: [(c) => `网友评论（${c}）`, (c) => `全部评论 ${c}`, () => ''],
		items: [
			(c) => `${c.name}\n${c.text}\n${c.time} ${c.region}  赞${c.likes}`,
			(c) => `${c.name}（IP属地：${c.region}）：${c.text}  ${c.time}`,
			(c) => `${c.name} · ${c.region}\n${c.text}\n${c.time}  回复  👍${c.likes}`,
		],
		texts: [
			'为家乡点赞！',
			'这个政策好，希望尽快落实到位。',
			'我们村什么时候也能搞？',
			'实实在在为老百姓办事',
			'支持！',
			'希望多报道这样的好事',
			'干部辛苦了',
			'请问具体怎么申请？',
		],
		handles: ['{place}老乡', '山里人家', '用户{n}', '清风徐来', '一缕阳光', '{place}网友'],
		regions: [...REGIONS, '北京'],
		times: ['MM-DD HH:mm', 'YYYY-MM-DD HH:mm', 'M月D日 HH:mm'],
		tails: ['查看更多评论 >', '', '登录后发表评论'],
	},
	metaRow: {
		rate: 0.05,
		rows: [
			'信息来源：{source}\t发布日期：{date}\t浏览次数：{n}',
			'来源\t日期\t点击\n{source}\t{date}\t{n}',
			'| 来源 | {source} | 日期 | {date} |',
		],
	},
	editorNote: {
		rate: 0.05,
		notes: [
			'编者按：近年来，{place}把群众关心的小事当作大事来办。本网今起推出系列报道，敬请关注。',
			'【导读】本文约2000字，阅读需要5分钟。',
			'编者的话\n{place}各地正掀起新一轮项目建设热潮。今天，我们走进一线，记录奋斗者的身影。',
			'【编者按】为营造良好氛围，本网开设专栏，集中展示各地的好做法好经验。',
		],
	},
};
