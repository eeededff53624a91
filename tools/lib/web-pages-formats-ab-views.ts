import type { CodeFormats } from './web-pages-formats.ts';

/** Split ab's wording of the views a page is saved from: phone view, platform copy, WeChat copy, retitles, side column, reading page, meta row, editor's box. */
export const AB_VIEWS: Pick<
	CodeFormats,
	| 'mobileView'
	| 'retitle'
	| 'platformCopy'
	| 'sideColumn'
	| 'policyReading'
	| 'metaRow'
	| 'editorNote'
	| 'wechatCopy'
> = {
	mobileView: {
		rate: 0.07,
		heads: ['☰ 菜单  {site}  搜索', '‹ 返回   {place}门户·触屏'],
		tails: ['切换到电脑版    回到页首', '{site} 移动版 ©版权所有'],
	},
	retitle: {
		rate: 0.08,
		above: ['原报道标题：{ptitle}', '（刊发时题为《{ptitle}》）'],
		below: ['此文在原媒体发表时标题为“{ptitle}”。', '原稿题目：{ptitle}'],
	},
	platformCopy: {
		rate: 0.07,
		heads: ['{place}融媒 · 资讯客户端 > 本地频道', '头条号 {site}  已认证政务机构'],
		tails: ['声明：本内容由入驻作者发布，不代表平台观点。', '下载客户端，看更多本地新闻 >'],
	},
	sideColumn: {
		rate: 0.08,
		blocks: [
			'【文章信息】\n发布日期：{date}\n信息提供：{source}\n浏览字号：大 中 小',
			'本文档属性\n供稿：{source}\n更新于：{date}\n【打印】【收藏】',
		],
	},
	policyReading: {
		rate: 0.06,
		heads: ['政策图解 | 一图读懂《{title}》', '文件解读：关于《{title}》的问答'],
		feet: ['关联原文件：点击查阅政策全文', '解读机关：{place}司法局  解读人：办公室'],
	},
	metaRow: {
		rate: 0.08,
		rows: [
			'时间：{date}  |  单位：{source}  |  阅读：',
			'{source}    {date}\n【大 中 小】  【我要打印】',
			'稿源：{source} ／ 刊发日期：{date}',
		],
	},
	editorNote: {
		rate: 0.06,
		notes: [
			'【编前语】基层一线的故事，最能打动人心。本栏目今起推出系列报道，敬请关注。',
			'编辑按：\n为回应群众关切，现将有关情况整理刊发如下。',
			'[小编说]这件小事，值得点个赞！',
		],
	},
	wechatCopy: {
		rate: 0.09,
		heads: (p) => [
			`${p.original ? '原创 ' : ''}${p.author} ${p.account}\n${p.time} 发表于${p.province}`,
			`${p.account}\n${p.author}  ${p.time}  ${p.province}`,
			`${p.original ? '【原创】' : '【转载】'}${p.account} · ${p.time}`,
		],
		times: ['YYYY年MM月DD日 HH:mm', 'M月D日', 'YYYY-M-D HH:mm'],
		provinces: ['四川', '河南', '湖南', '江西', '甘肃', '广西'],
		credits: [
			'素材来源｜{source}\n文字编辑｜{name}\n值班审核｜{name}',
			'来稿：{source}  责编：{name}  终审：{name}',
		],
		repostLines: ['本文转载自公众号“{source}”', '▲ 内容来源于：{source}（如侵权请联系删除）'],
	},
};
