import type { CodeFormats } from './web-pages-formats.ts';

/**
 * Split y's saved-page kinds (关怀版 toolbars, 图集, pages saved twice, reposts that name their
 * outlet at the end, title echoes, browser prints, paged articles, 专题 pages), written blind.
 */
export const Y_SAVED: Pick<
	CodeFormats,
	| 'careToolbar'
	| 'gallery'
	| 'savedTwice'
	| 'sourceAtEnd'
	| 'titleEcho'
	| 'browserPrint'
	| 'pagedBody'
	| 'topicPage'
> = {
	careToolbar: {
		rate: 0.08,
		atTop: 0.5,
		bars: [
			'放大　缩小　语音朗读　大字幕　高对比度　退出',
			'关怀模式已开启\n字号＋　字号－　指读　重置',
			'适老化 · 读屏 · 配色 · 光标',
		],
		assistants: [
			'政务小助手\n您好，请问有什么可以帮您？',
			'在线客服　我要咨询',
			'智能客服“{place}小政”为您服务',
		],
	},
	gallery: {
		rate: 0.05,
		heads: ['图集（共{count}张）', '【组图】{place}新貌　{count}图', '高清图集 | 共{count}幅'],
		counters: ['第{i}张/共{count}张', '（{i}/{count}）', '{i}　/　{count}'],
		controls: ['‹ 前一张　后一张 ›', '下载原图　全屏浏览', '自动播放'],
		controlRate: 0.3,
		feet: ['返回图集列表', '共{count}张　重新浏览', '更多图片新闻'],
	},
	savedTwice: {
		rate: 0.04,
		mobile: 0.5,
		heads: ['{site}\n手机版', '≡ {place}发布', '返回　{site}移动门户'],
		metas: ['{source}　{date}', '来源：{source}\n{date}', '{date} | {source}'],
		feet: ['查看电脑版', '© {site}　手机版', '返回顶部　首页'],
	},
	sourceAtEnd: {
		rate: 0.06,
		tops: ['{date}', '发布于 {date}', '更新：{date}　阅读：{n}'],
		ends: ['（稿件来源：{source}）', '本文来源于：{source}', '来源｜{source}　{date}'],
	},
	titleEcho: {
		rate: 0.06,
		browserLines: ['{ptitle} - {column} - {site}', '{column}_{ptitle}_{place}', '{ptitle}｜{site}'],
		crumbs: [
			'首页 > {column} > {short}',
			'当前位置：{column} >> {ptitle}',
			'{site} / {column} / 正文',
		],
		columns: ['乡镇动态', '部门动态', '图片新闻', '今日要闻', '基层信息', '政务要闻'],
		ellipses: ['…', '...', '……'],
		shortAt: 14,
	},
	browserPrint: {
		rate: 0.04,
		stamps: ['YYYY/M/D HH:mm', 'YY/M/D HH:mm'],
		tabs: [(t, s) => `${t}-${s}`, (t, s) => `${t} | ${s}`],
		urls: [
			(n, day) =>
				`http://www.gov.cn/art/${day.slice(0, 4)}/${Number(day.slice(4, 6))}/${Number(day.slice(6))}/art_${n}.html`,
			(n, day) => `https://www.rmtzx.cn/news/${day}/${n}.shtml`,
		],
		heads: [(p) => `${p.printed}　${p.tab}`, (p) => `${p.tab}\n${p.printed}`],
		feet: [
			(p) => `${p.url}　第 ${p.sheet} 页，共 ${p.sheets} 页`,
			(p) => `${p.url}\n${p.sheet}/${p.sheets}`,
		],
		perSheet: [2, 5],
	},
	pagedBody: {
		rate: 0.04,
		pages: [2, 4],
		pagers: [
			(page, total) =>
				`共${total}页：${Array.from({ length: total }, (_, i) => (i + 1 === page ? `[${i + 1}]` : String(i + 1))).join(' ')}　下一页`,
			(page, total) => `« 上一页　第 ${page} 页 / 共 ${total} 页　下一页 »`,
			(page, total) => `分页：${page}/${total}`,
		],
	},
	topicPage: {
		rate: 0.04,
		banners: [
			'学习贯彻党的二十大精神专题',
			'{place}创建全国文明城市进行时',
			'{year}年“我为群众办实事”专栏',
			'优化营商环境　{place}在行动',
		],
		menus: ['专题首页　工作动态　政策文件　基层风采　媒体报道', '首页 | 动态 | 文件 | 图片'],
		crumbs: ['您的位置：专题专栏 > 工作动态', '{place} · 专题 · 正文'],
	},
};
