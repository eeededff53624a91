import type { CodeFormats } from './web-pages-formats.ts';

/** Split z's ways a page is saved (cache, print, share page, twice) and its site's widgets. */
export const Z_SAVED: Partial<CodeFormats> = {
	commentThread: {
		rate: 0.05,
		heads: [(n) => `全部评论（${n}）`, (n) => `网友评论 ${n} 条`, () => ''],
		items: [
			(c) => `${c.name}　${c.region}\n${c.text}\n${c.time}　赞${c.likes}`,
			(c) => `${c.name}：${c.text}（${c.time}，来自${c.region}）`,
		],
		texts: ['为{place}点赞！', '家乡越来越好了', '希望多出台这样的好政策', '支持！'],
		handles: ['雪域格桑', '高原牧人', '{place}老乡', '匿名网友'],
		regions: ['西藏', '青海', '四川', '云南'],
		times: ['MM-DD HH:mm', 'YYYY-MM-DD'],
		tails: ['查看更多评论 >', '', '文明上网，理性发言'],
	},
	careToolbar: {
		rate: 0.06,
		atTop: 0.4,
		bars: ['无障碍　|　长辈版　|　语音朗读　|　大字幕', '关怀版 读屏 放大 缩小 重置 退出'],
		assistants: ['政务智能客服\n您好，有什么可以帮您？', '小{place}在线 点我咨询'],
	},
	gallery: {
		rate: 0.04,
		heads: ['【组图】共{count}张', '图集（{count}）'],
		counters: ['第{i}张 / 共{count}张', '{i}/{count}'],
		controls: ['‹ 上一张　下一张 ›', '查看原图'],
		controlRate: 0.3,
		feet: ['返回图集列表', '更多图片 >>'],
	},
	savedTwice: {
		rate: 0.03,
		mobile: 0.5,
		heads: ['{site}\n移动版'],
		metas: ['{source}　{date}', '来源：{source} 时间：{date}'],
		feet: ['返回顶部 · 电脑版'],
	},
	sourceAtEnd: {
		rate: 0.05,
		tops: ['{date}', '时间：{date}'],
		ends: ['（信息来源：{source}）', '本文来源：{source}　{date}'],
	},
	pagedBody: {
		rate: 0.04,
		pages: [2, 3],
		pagers: [
			(page, total) =>
				`${Array.from({ length: total }, (_, i) => (i + 1 === page ? `[${i + 1}]` : `${i + 1}`)).join(' ')}　下一页`,
			(page, total) => `第${page}页／共${total}页`,
		],
	},
	topicPage: {
		rate: 0.04,
		banners: ['{year}年{place}两会专题', '学习贯彻党的二十大精神专栏'],
		menus: ['专题首页 | 工作动态 | 媒体聚焦 | 图片集锦'],
		crumbs: ['专题专栏 > {place}两会'],
	},
	appShare: {
		rate: 0.05,
		heads: ['打开“爱{place}”APP，阅读体验更佳', '{place}融媒 客户端'],
		metas: (p) => [`${p.source}　${p.date}`, `${p.date} · ${p.source} · 阅读${p.reads}`],
		tails: (p) => [
			`点赞 ${p.likes}　评论 ${p.comments}\n猜你想看：{title}`,
			'下载客户端，看更多精彩内容',
		],
	},
	titleEcho: {
		rate: 0.06,
		browserLines: ['{ptitle} - {column} - {site}', '{ptitle}_{site}'],
		crumbs: ['首页 > {column} > {short}', '当前位置：{column} » {ptitle}'],
		columns: ['工作动态', '乡镇风采', '部门动态'],
		ellipses: ['…', '...'],
		shortAt: 16,
	},
	snapshot: {
		rate: 0.02,
		reader: 0.5,
		hosts: ['xz.gov.cn', 'qh.gov.cn', 'zwgk.gov.cn'],
		urls: (p) => [`http://www.${p.host}/art/${p.year}/${p.month}/${p.day}/art_${p.n}.html`],
		capturedDates: ['YYYY-MM-DD HH:mm:ss'],
		cacheHeads: (p) => [`这是网页 ${p.url} 的快照，抓取于 ${p.captured}。`],
		readerHeads: (p) => [`${p.site}\n${p.url}`],
	},
	printView: {
		rate: 0.04,
		hosts: ['xz.gov.cn', 'qh.gov.cn'],
		urls: (p) => [
			`https://www.${p.host}/zwgk/${p.year}${p.month}/t${p.year}${p.month}${p.day}_${p.n}.html`,
		],
		printDates: ['YYYY-MM-DD HH:mm'],
		heads: (p) => [`${p.site} 打印页\n${p.title}`],
		feet: (p) => [`打印时间：${p.printed}\n本页地址：${p.url}`],
	},
	browserPrint: {
		rate: 0.03,
		stamps: ['YYYY/M/D HH:mm'],
		tabs: [(title, site) => `${title} - ${site}`],
		urls: [(n, day) => `http://zwgk.xz.gov.cn/xxgk/${day.slice(0, 6)}/t${day}_${n}.html`],
		heads: [(p) => `${p.printed}　${p.tab}`],
		feet: [(p) => `${p.url}　${p.sheet}/${p.sheets}`],
		perSheet: [3, 6],
	},
};
