import type { CodeFormats } from './web-pages-formats.ts';

/** Split u's wording of the boxes, tags, directories and links the latest splits brought in, written blind. */
export const U_LINES: Partial<CodeFormats> = {
	readMore: {
		rate: 0.06,
		heads: ['>>> 相关阅读', '【延伸】', ''],
		items: ['▶ {title}', '· {title} {odate}'],
		count: [1, 3],
		feet: ['', '———'],
	},
	issueCalendar: {
		rate: 0.06,
		atTop: 0.5,
		heads: [
			(year, month) => `报纸往期 ${year}年${month}月`,
			(year, month) => `${year}-${String(month).padStart(2, '0')}`,
		],
		weekdays: ['日 一 二 三 四 五 六', 'Sun Mon Tue Wed Thu Fri Sat', ''],
		glues: [' ', '\t'],
		padded: 0.4,
		feet: ['选择日期', ''],
	},
	editedNotice: {
		rate: 0.05,
		atEnd: 0.5,
		days: [1, 10],
		dates: ['YYYY年MM月DD日', 'MM月DD日'],
		heads: ['本文于{edited}修改'],
		ends: ['修改于{edited}', '阅读 {n}\n已修改于{edited}'],
	},
	collectionTag: {
		rate: 0.08,
		labels: ['合集：', ''],
		topics: ['{place}新闻', '聚焦两会', '民生关注', '政务播报'],
		items: [(p) => `#${p.topic} ${p.count}个`, (p) => `#${p.topic}`],
		count: [1, 3],
		posts: [5, 480],
		glues: [' ', '\n'],
	},
	linkDirectory: {
		rate: 0.05,
		heads: ['友情链接', ''],
		groups: [
			{ label: '中央政府网站', sites: ['中国政府网', '国家发展改革委'] },
			{ label: '省内市州', sites: ['{city}人民政府', '{city}政务服务网'] },
			{ label: '县直部门', sites: ['{place}教育局', '{place}卫生健康局', '{place}民政局'] },
		],
		count: [1, 3],
		sites: [0, 3],
		glues: ['：', '\n', ' '],
	},
	deskCredits: {
		rate: 0.07,
		atTop: 0.5,
		lines: ['本版责编：{name}　版式：{name}　校对：{name}', '编辑 {name} 美术编辑 {name}'],
	},
	foldLine: {
		rate: 0.05,
		above: [1, 2],
		lines: ['阅读全文 ∨', '点击展开剩余{percent}%内容'],
	},
	sourceLink: {
		rate: 0.05,
		hosts: ['news.gzzy.cn', 'www.dxrmt.com', 'rmt.pesx.cn'],
		urls: (p) => [`https://${p.host}/${p.year}${p.month}/${p.day}/c${p.n}.html`],
		lines: ['查看原文：{url}', '原文地址\n{url}'],
	},
	issueGuide: {
		rate: 0.06,
		atTop: 0.5,
		heads: ['本期要目', '导读'],
		pages: [(n) => `A${n}`, (n) => `第${n}版`],
		items: ['{title}………{page}', '{page}｜{title}'],
		count: [2, 4],
	},
	bannerStrip: {
		rate: 0.05,
		atTop: 0.5,
		heads: ['', '专题专栏'],
		banners: [
			'创建全国文明城市 {city}在行动',
			'安全生产月',
			'扫黑除恶 常态化开展',
			'{place}乡村振兴',
		],
		count: [2, 3],
		glues: ['\n', '　'],
	},
};
