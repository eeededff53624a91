import type { CodeFormats } from './web-pages-formats.ts';

/** Split ab's wording of the bars, boxes and lists a page keeps round its article. */
export const AB_BOXES: Pick<
	CodeFormats,
	| 'noticeTicker'
	| 'effectiveLine'
	| 'readMore'
	| 'issueCalendar'
	| 'editedNotice'
	| 'collectionTag'
	| 'linkDirectory'
	| 'deskCredits'
	| 'foldLine'
	| 'sourceLink'
	| 'issueGuide'
	| 'bannerStrip'
	| 'summaryBox'
	| 'hotList'
	| 'opinionWindow'
	| 'surveyPopup'
> = {
	noticeTicker: {
		rate: 0.06,
		count: [1, 3],
		labels: ['📢 最新通知：', '滚动公告', ''],
		items: ['{title}[{odate}]', '· {title}  ({odate})'],
		glues: ['  ', '\n'],
	},
	effectiveLine: {
		rate: 0.06,
		days: [0, 30],
		years: [2, 3, 5],
		dates: ['YYYY年M月D日', 'YYYY-MM-DD'],
		lines: ['实施日期：{from}    失效日期：{until}', '本规定自{from}起执行。'],
	},
	readMore: {
		rate: 0.07,
		heads: ['读完这篇还可以看', '▍往期回顾', ''],
		items: ['▸ {title}', '{title} ／{odate}'],
		count: [2, 4],
		feet: ['查看更多 »', ''],
	},
	issueCalendar: {
		rate: 0.1,
		atTop: 0.5,
		heads: [
			(y, m) => `◀ ${y}年${m}月 ▶`,
			(y, m) => `往期报纸查阅\n${y} - ${String(m).padStart(2, '0')}`,
		],
		weekdays: [
			'星期日 星期一 星期二 星期三 星期四 星期五 星期六',
			'日 | 一 | 二 | 三 | 四 | 五 | 六',
			'',
		],
		glues: [' ', '\t'],
		padded: 0.5,
		feet: ['回到今日版面', ''],
	},
	editedNotice: {
		rate: 0.06,
		atEnd: 0.5,
		days: [0, 5],
		dates: ['M月D日', 'YYYY年MM月DD日 HH:mm'],
		heads: ['该文章已于{edited}被修改'],
		ends: ['作者最后修订于 {edited}', '已编辑｜{edited}'],
	},
	collectionTag: {
		rate: 0.07,
		labels: ['本篇收录于合集', '所属合集：', ''],
		topics: ['{place}新鲜事', '政策速递', '走进乡镇', '文旅打卡'],
		items: [(p) => `#${p.topic} ${p.count}个内容`, (p) => `${p.topic}（共${p.count}篇）`],
		count: [1, 3],
		posts: [5, 240],
		glues: [' ', '\n'],
	},
	linkDirectory: {
		rate: 0.07,
		heads: ['相关网站链接', '网站导航', ''],
		groups: [
			{ label: '国家部委网站 ▼', sites: ['中国政府网', '国家发展改革委', '教育部'] },
			{ label: '省内市州政府 ▼', sites: ['{city}人民政府', '省政府门户'] },
			{ label: '本县部门网站 ▼', sites: ['{place}财政局', '{place}卫健局', '{place}交通运输局'] },
		],
		count: [1, 3],
		sites: [0, 3],
		glues: ['  ', '\n'],
	},
	deskCredits: {
		rate: 0.12,
		atTop: 0.4,
		lines: ['本版编辑：{name}  美编：{name}  校对：{name}', '版面责编 {name}｜组版 {name}'],
	},
	foldLine: {
		rate: 0.05,
		above: [1, 3],
		lines: ['剩余{percent}%内容，展开阅读全文 ∨', '▼ 点击查看剩余内容'],
	},
	sourceLink: {
		rate: 0.06,
		hosts: ['news.xqrb.com.cn', 'rmt.county.cn'],
		urls: (p) => [
			`https://${p.host}/p/${p.year}${p.month}${p.day}/${p.n}.html`,
			`http://${p.host}/a/${p.n}`,
		],
		lines: ['原始链接 → {url}', '查看原文 ＞ {url}'],
	},
	issueGuide: {
		rate: 0.1,
		atTop: 0.5,
		heads: ['本期看点', '今日导航', ''],
		pages: [(n) => `${n}版`, (n) => `第${String(n).padStart(2, '0')}版`],
		items: ['{title} …… {page}', '【{page}】{title}'],
		count: [2, 4],
	},
	bannerStrip: {
		rate: 0.06,
		atTop: 0.5,
		heads: ['专题推荐位', ''],
		banners: ['扫黑除恶 常态开展', '创建全国文明城市 {place}在行动', '守护绿水青山', '反诈宣传月'],
		count: [1, 3],
		glues: ['  |  ', '\n'],
	},
	summaryBox: {
		rate: 0.06,
		boxes: ['【核心提示】{lead}', '内容提要\n{lead}'],
		longest: 80,
		ellipses: ['……（略）', '…'],
	},
	hotList: {
		rate: 0.06,
		atTop: 0.3,
		heads: ['本周点击排行', '24小时热文', ''],
		items: ['No.{rank} {title}', 'TOP{rank} {title}  {reads}'],
		count: [3, 6],
		reads: [900, 30000],
	},
	opinionWindow: {
		rate: 0.05,
		above: 0.4,
		opens: [0, 3],
		lasts: [10, 30],
		dates: ['YYYY年M月D日', 'YYYY/MM/DD'],
		boxes: [
			'意见征集箱\n征集时间：{from} 至 {until}\n请通过{place}政府网“我要建言”栏目提交意见。',
			'【公开征求意见】反馈截止：{until}（自{from}起）',
		],
	},
	surveyPopup: {
		rate: 0.05,
		atTop: 0.5,
		popups: [
			'网站满意度调查\n请花1分钟为我们打分  [去评价]  [以后再说]',
			'×  邀您参与{place}政府网站用户体验问卷',
		],
	},
};
