import type { AppShareParts } from './web-pages-app-share.ts';
import type { AttachmentItem } from './web-pages-blocks.ts';
import type { CodeFormats, InfoTableParts, WechatHeadParts } from './web-pages-formats.ts';
import type { UrlParts } from './web-pages-views.ts';

// Split k's wording of the page kinds earlier splits brought, written blind from general knowledge
// of saved local-government, portal and WeChat pages.

/** Hosts of county and city sites, as their addresses print them (no `www.`). */
export const K_HOSTS = [
	'yongshou.gov.cn',
	'sxtaihu.gov.cn',
	'xushui.gov.cn',
	'jiayin.gov.cn',
	'huanghe-county.gov.cn',
	'zgpl.gov.cn',
	'hbsh.gov.cn',
];

/** Addresses a county site gives its articles. */
export const kUrls = (p: UrlParts): string[] => [
	`http://www.${p.host}/art/${p.year}/${Number(p.month)}/${Number(p.day)}/art_${p.n.slice(0, 4)}_${p.n}.html`,
	`https://www.${p.host}/xwzx/bmdt/${p.year}${p.month}/t${p.year}${p.month}${p.day}_${p.n}.html`,
	`http://${p.host}/news/show-${p.n}.html`,
	`https://www.${p.host}/zwgk/content/${p.n}.shtml?from=groupmessage`,
];

const wechatHeads = (p: WechatHeadParts): string[] => [
	`${p.original ? '原创 ' : ''}${p.author} ${p.account}\n${p.account}\n${p.time} ${p.province}`,
	`${p.account}　${p.time}`,
	`${p.account}\n${p.time}　发表于${p.province}`,
	`作者：${p.author}　　${p.account}　　${p.time}`,
	`${p.original ? '原创　' : ''}${p.account}｜${p.time}`,
];

const infoTables = (p: InfoTableParts): string[] => [
	`索 引 号：${p.n}/${p.year}-00123\n发布机构：${p.source}\n生成日期：${p.date}\n名　　称：${p.title}`,
	`信息索引号\t${p.n}\n公开方式\t主动公开\n发布单位\t${p.source}\n发文日期\t${p.date}`,
	`主题分类：综合政务　　公开方式：主动公开\n发布机构：${p.source}　　成文日期：${p.date}`,
];

const appMetas = (p: AppShareParts): string[] => [
	`${p.source}　${p.date}`,
	`${p.date} · ${p.source} · 阅读 ${p.reads}`,
	`来源：${p.source}　${p.date}`,
];

const appTails = (p: AppShareParts): string[] => [
	`阅读 ${p.reads}　赞 ${p.likes}\n评论 ${p.comments}\n打开APP查看更多评论`,
	`点赞 ${p.likes} | 分享\n相关推荐\n{title}`,
	`已有${p.comments}人评论，打开客户端参与讨论`,
];

const attachmentItems = [
	(it: AttachmentItem) => `${it.index}、${it.file}（${it.kilobytes}KB）`,
	(it: AttachmentItem) => `${it.file}\t下载次数：${it.downloads}`,
	(it: AttachmentItem) => `附件${it.index}：${it.file}`,
];

/** Split k's formats of the earlier page kinds, at its own rates. */
export const K_VIEWS: Partial<CodeFormats> = {
	wechatCopy: {
		rate: 0.3,
		heads: wechatHeads,
		times: ['YYYY-MM-DD HH:mm', 'YYYY年MM月DD日 HH:mm', 'YYYY年M月D日 HH:mm'],
		provinces: ['山西', '陕西', '甘肃', '河北', '山东', '安徽', '江西', '广西', '黑龙江', '内蒙古'],
		credits: [
			'文字｜{name}\n图片｜{name}\n编辑｜{name}\n审核｜{name}\n来源｜{source}',
			'责编：{name}　初审：{name}　终审：{name}\n来源：{source}',
			'本期编辑：{name}\n信息来源：{source}',
		],
		repostLines: ['转载自：{source}', '以下文章来源于{source}', '本文转自“{source}”微信公众号'],
	},
	infoTable: { rate: 0.08, tables: infoTables },
	mobileView: {
		rate: 0.08,
		heads: ['< 返回　{site}', '{site}\n打开APP', '＜ 返回  详情'],
		tails: ['返回顶部 | 电脑版', '{site}手机版 ©{year}', '打开客户端查看更多'],
	},
	printView: {
		rate: 0.05,
		hosts: K_HOSTS,
		urls: kUrls,
		printDates: ['YYYY/M/D HH:mm', 'YY/M/D HH:mm'],
		heads: (p) => [`${p.printed}\t${p.title}`, `${p.site}\n打印本页　关闭窗口`],
		feet: (p) => [`${p.url}\t1/1`, `本页地址：${p.url}`],
	},
	retitle: {
		rate: 0.15,
		above: ['原标题：{ptitle}', '（原题为：{ptitle}）'],
		below: ['原题：{ptitle}', '【原标题：{ptitle}】'],
	},
	platformCopy: {
		rate: 0.1,
		heads: ['学习强国\n{city}学习平台', '学习强国 · {city}学习平台'],
		tails: ['本文来源：{source}\n本文作者：{name}\n责任编辑：{name}', '学习强国 APP 扫码下载'],
	},
	appShare: {
		rate: 0.05,
		heads: ['{place}融媒 APP\n打开', '{city}新闻客户端 · 打开看更多'],
		metas: appMetas,
		tails: appTails,
	},
	videoPlayer: {
		rate: 0.04,
		blocks: (p) => [
			`播放 00:00 / ${p.duration}\n倍速  清晰度  全屏`,
			`▶ ${p.duration}\n播放量 ${p.plays}`,
		],
	},
	sideColumn: {
		rate: 0.04,
		blocks: [
			'文章信息\n发布时间：{date}\n来源：{source}\n浏览：{n}次',
			'信息来源\n{source}\n发布日期\n{date}',
		],
	},
	attachmentList: {
		rate: 0.06,
		heads: ['附件列表：', ''],
		files: (p) => [`${p.title}.docx`, `${p.year}年度实施方案.pdf`, '申报表.xls', '政策明白卡.jpg'],
		items: attachmentItems,
	},
	policyReading: {
		rate: 0.04,
		heads: ['【政策解读】', '解读文件：《{title}》'],
		feet: ['原文链接：{title}', '图解：{title}\n相关文件：{title}'],
	},
};
