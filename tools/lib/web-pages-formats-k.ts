import type { CodeFormats } from './web-pages-formats.ts';
import { K_HOSTS, K_VIEWS, kUrls } from './web-pages-formats-k-views.ts';
import type { CommentParts, SnapshotParts } from './web-pages-saved-blocks.ts';

// Split k (held out): written blind, without reading splits a–j or the pipeline, from general
// knowledge of saved local-government, portal, e-paper and WeChat pages.

const cacheHeads = (p: SnapshotParts): string[] => [
	`这是 ${p.url} 的网页快照，是该网页在 ${p.captured} 的显示效果。当前页面可能已经更改。`,
	`百度快照\n您查询的关键词已标红显示。该页面为${p.captured}时的快照。\n${p.url}`,
	`网页快照 · 原网址：${p.url}\n快照日期：${p.captured}`,
];

const readerHeads = (p: SnapshotParts): string[] => [
	`${p.url}\n${p.site}`,
	`阅读模式\n${p.url}`,
	`${p.title}_新闻动态_${p.site}\n${p.url}`,
	`阅读模式 ｜ ${p.site}`,
];

const commentItems = [
	(c: CommentParts) => `${c.name}　${c.time}\n${c.text}\n赞(${c.likes})　回复`,
	(c: CommentParts) => `${c.name}：${c.text}\n${c.time} · ${c.region}　${c.likes}赞`,
	(c: CommentParts) => `${c.name} 发表于 ${c.time}\n${c.text}\n回复 | 举报`,
	(c: CommentParts) => `[${c.region}网友] ${c.name}\n${c.text}  ${c.time}`,
];

export const BLIND_K: CodeFormats = {
	fileNames: (epaper, p) =>
		epaper
			? [
					`${p.paper}_${p.day}_${p.n.slice(0, 2)}版.txt`,
					`epaper_${p.day}_${p.n.slice(-4)}.txt`,
					`${p.paper}（${p.day}）.txt`,
				]
			: [
					`${p.safe}【${p.site}】.txt`,
					`c${p.n}_${p.day}.txt`,
					`${p.safe} (2).txt`,
					`detail_${p.n}.html.txt`,
					`${p.safe}.htm.txt`,
					`[${p.site}]${p.safe}.txt`,
				],
	otherDates: ['YYYY/M/D', 'MM月DD日', '〔YYYY-MM-DD〕', 'YYYY-MM-DD', 'M-D'],
	indents: ['', '\u3000\u3000', '\u3000\u3000', ' \u3000', '  ', '\u2003\u2003'],
	topOrders: [
		['nav', 'search', 'toolbar'],
		['toolbar', 'nav'],
		['search', 'nav'],
		['nav', 'toolbar', 'search'],
		['toolbar', 'search', 'nav'],
	],
	metaBelowBody: 0.04,
	flattenTop: 0.04,
	bylineAtEnd: 0.08,
	mixedWidth: 0.08,
	titleBreak: 0.05,
	hardWrap: { rate: 0.05, columns: [34, 48] },
	...K_VIEWS,
	snapshot: {
		rate: 0.07,
		reader: 0.5,
		hosts: K_HOSTS,
		urls: kUrls,
		capturedDates: ['YYYY年M月D日 HH:mm:ss', 'YYYY-MM-DD HH:mm'],
		cacheHeads,
		readerHeads,
	},
	commentThread: {
		rate: 0.12,
		heads: [
			(c) => `网友评论（${c}）`,
			(c) => `全部评论 ${c}`,
			(c) => `网友留言板\n已有${c}条留言`,
			() => '',
		],
		items: commentItems,
		texts: [
			'为家乡点赞！',
			'这个政策好，希望能落实到位。',
			'我们村什么时候也能搞起来？',
			'支持！{place}越来越好',
			'请问具体到哪里咨询办理？',
			'实实在在的好事，给工作人员点赞👍',
			'希望多报道这样的基层新闻',
			'已转发，让更多人知道',
		],
		handles: ['{place}网友', '用户{n}', '手机用户{n}', '热心市民', '匿名网友', '游客'],
		regions: [
			'山西',
			'陕西',
			'甘肃',
			'河北',
			'山东',
			'安徽',
			'江西',
			'广西',
			'黑龙江',
			'北京',
			'广东',
		],
		times: ['YYYY-MM-DD HH:mm', 'MM-DD HH:mm', 'YYYY年M月D日 HH:mm', 'M月D日'],
		tails: [
			'查看更多评论 >',
			'',
			'我来说两句\n请遵守互联网相关规定，不得发布违法信息',
			'查看全部评论',
		],
	},
	metaRow: {
		rate: 0.15,
		rows: [
			'信息来源\t发布日期\t访问量\n{source}\t{date}\t{n}',
			'来源：{source}\t\t时间：{date}\t\t浏览：{n}次',
			'发布机构 | 发布日期 | 访问次数\n{source} | {date} | {n}',
			'【信息来源】\n{source}\n【发布日期】\n{date}',
			'发布时间\n{date}\n信息来源\n{source}\n阅读次数\n{n}',
			'┃ 来源：{source} ┃ 日期：{date} ┃ 点击：{n} ┃',
		],
	},
	editorNote: {
		rate: 0.08,
		notes: [
			'【编者按】为全面展示基层干部群众干事创业的精神风貌，本网开设“走基层·看变化”专栏，敬请关注。',
			'编者按：今年以来，{place}聚焦群众急难愁盼问题，推出一批惠民实事。即日起，本站推出系列报道，敬请垂注。',
			'导语\n近日，{place}多措并举推进重点工作，取得阶段性成效。一起来看——',
			'【导读】本文约2000字，阅读需要5分钟',
			'▍编者按\n奋进新征程，建功新时代。本报今起开设专栏，聚焦{city}各地生动实践。',
		],
	},
};
