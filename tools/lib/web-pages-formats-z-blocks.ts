import type { CodeFormats } from './web-pages-formats.ts';
import { Z_EXTRA } from './web-pages-formats-z-extra.ts';
import { Z_KINDS } from './web-pages-formats-z-kinds.ts';
import { Z_MORE } from './web-pages-formats-z-more.ts';
import { Z_SAVED } from './web-pages-formats-z-saved.ts';

/** Split z's blocks around an article: WeChat copies, 政务公开 tables, attachments, players, views. */
export const Z_BLOCKS: Partial<CodeFormats> = {
	wechatCopy: {
		rate: 0.3,
		heads: (p) => [
			`${p.original ? '原创 ' : ''}${p.author} ${p.account}\n${p.time} ${p.province}`,
			`${p.account}\n${p.author === p.account ? '' : `作者：${p.author}　`}${p.time}　IP属地：${p.province}`,
			`${p.time}　${p.account}　发表于${p.province}`,
		],
		times: ['YYYY年M月D日 HH:mm', 'YYYY-MM-DD HH:mm'],
		provinces: ['西藏', '青海', '四川', '甘肃', '新疆'],
		credits: [
			'信息来源：{source}\n责编：{name}　初审：{name}　终审：{name}',
			'素材来源｜{source}\n编辑｜{name}',
			'来源：{source}　编辑：{name}',
		],
		repostLines: ['转载自：{source}', '本文来源于“{source}”'],
	},
	infoTable: {
		rate: 0.12,
		tables: (p) => [
			`索 引 号：${p.n}/${p.year}-0${p.n.slice(-1)}\n信息分类：政务动态\n发布机构：${p.source}\n生成日期：${p.date}\n名　　称：${p.title}`,
			`主题分类：综合政务　　发文字号：无\n发文机构：${p.source}　　发布时间：${p.date}\n标题：${p.title}`,
		],
	},
	attachmentList: {
		rate: 0.08,
		heads: ['附件下载：', '相关附件', ''],
		files: (p) => [
			`${p.year}年工作要点.docx`,
			`${p.title.slice(0, 12)}（全文）.pdf`,
			'申请表.xlsx',
			'政策问答.wps',
		],
		items: [
			(i) => `${i.index}. ${i.file}（${i.kilobytes}KB）`,
			(i) => `附件${i.index}：${i.file}　大小：${i.kilobytes} KB　下载次数：${i.downloads}`,
		],
	},
	videoPlayer: {
		rate: 0.05,
		blocks: (p) => [
			`视频时长 ${p.duration}\n已播放 ${p.plays} 次`,
			`▷ 00:00 / ${p.duration}　倍速　全屏`,
		],
	},
	sideColumn: {
		rate: 0.06,
		blocks: [
			'文章信息\n发布单位：{source}\n发布时间：{date}',
			'来源｜{source}\n日期｜{date}\n浏览｜{n}',
		],
	},
	policyReading: {
		rate: 0.05,
		heads: ['【政策解读】{title}', '图解：{title}'],
		feet: ['原文链接：{title}', '相关政策：{title}'],
	},
	mobileView: {
		rate: 0.07,
		heads: ['{site}手机版', '< 返回　　{section}　　···'],
		tails: ['电脑版 | 手机版 | 回到顶部', '{site} 版权所有'],
	},
	platformCopy: {
		rate: 0.1,
		heads: ['学习强国 {place}学习平台', '强国号'],
		tails: ['本文来自学习强国', '版权归原作者所有'],
	},
	retitle: {
		rate: 0.05,
		above: ['原题：{ptitle}'],
		below: ['（原题为：{ptitle}）', '原标题｜{ptitle}'],
	},
	metaRow: {
		rate: 0.05,
		rows: ['来源：{source}\t发布日期：{date}\t浏览量：{n}', '{source}　|　{date}'],
	},
	editorNote: {
		rate: 0.04,
		notes: ['【导读】', '编者按：为展示{place}发展成效，本网推出系列报道，敬请关注。'],
	},
	...Z_KINDS,
	...Z_SAVED,
	...Z_MORE,
	...Z_EXTRA,
};
