import type { JumpLineFormats } from './web-pages-q-jump-line.ts';
import type { PageRatingFormats } from './web-pages-q-page-rating.ts';
import type { ReadingTimeFormats } from './web-pages-q-reading-time.ts';
import type { TodayBarFormats } from './web-pages-q-today-bar.ts';
import type { EffectiveLineFormats } from './web-pages-r-effective-line.ts';
import type { IssueCalendarFormats } from './web-pages-r-issue-calendar.ts';
import type { NoticeTickerFormats } from './web-pages-r-notice-ticker.ts';
import type { ReadMoreFormats } from './web-pages-r-read-more.ts';

/** Split s's reading-time lines. */
export const S_READING_TIME: ReadingTimeFormats = {
	rate: 0.05,
	perMinute: [300, 500],
	rounding: [10, 100],
	lines: [
		(p) => `本文共${p.chars}字，预计阅读${p.minutes}分钟`,
		(p) => `字数：${p.chars}　阅读时长：约${p.minutes}分钟`,
	],
};

/** Split s's top bars dated the day the page was opened. */
export const S_TODAY_BAR: TodayBarFormats = {
	rate: 0.05,
	days: [2, 60],
	dates: ['YYYY年M月D日 W', 'YYYY-MM-DD W'],
	weathers: ['晴 12℃~24℃', '多云转小雨 8~15℃', ''],
	bars: ['今天是：{today}　{weather}', '{today}　{place}　{weather}'],
};

/** Split s's e-paper 转版 notes. */
export const S_JUMP_LINE: JumpLineFormats = {
	rate: 0.1,
	pages: [(n) => String(n).padStart(2, '0'), (n) => `第${n}`],
	ons: [(page) => `（下转${page}版）`, (page) => `→转${page}版`],
	froms: [(page) => `（上接${page}版）`, (page) => `←承${page}版`],
	onlyFirst: 0.3,
};

/** Split s's page-rating widgets. */
export const S_PAGE_RATING: PageRatingFormats = {
	rate: 0.05,
	blocks: [
		(p) => `本页信息对您有用吗？\n有用（${p.yes}）　没用（${p.no}）`,
		(p) => `满意 ${p.yes} | 不满意 ${p.no}　【我要纠错】`,
	],
};

/** Split s's scrolling 通知公告 bars. */
export const S_NOTICE_TICKER: NoticeTickerFormats = {
	rate: 0.05,
	count: [2, 4],
	labels: ['最新公告：', '【公示公告】', ''],
	items: ['{title}　{odate}', '· {title}[{odate}]'],
	glues: ['  ', '\n'],
};

/** Split s's 施行日期 lines. */
export const S_EFFECTIVE_LINE: EffectiveLineFormats = {
	rate: 0.04,
	days: [5, 40],
	years: [2, 3, 5],
	dates: ['YYYY年M月D日', 'YYYY-MM-DD'],
	lines: [
		'实施日期：{from}',
		'生效时间：{from}　失效时间：{until}',
		'本文件自{from}起执行，有效期至{until}',
	],
};

/** Split s's 延伸阅读 boxes. */
export const S_READ_MORE: ReadMoreFormats = {
	rate: 0.05,
	heads: ['【相关阅读】', '拓展阅读：', ''],
	items: ['▶ {title}', '· {title}（{odate}）'],
	count: [1, 3],
	feet: ['', '— — —'],
};

/** Split s's e-paper 往期回顾 pickers. */
export const S_ISSUE_CALENDAR: IssueCalendarFormats = {
	rate: 0.08,
	atTop: 0.4,
	heads: [(year, month) => `往期查阅 ${year}年${month}月`, (year, month) => `◀ ${year}-${month} ▶`],
	weekdays: ['日 一 二 三 四 五 六', ''],
	glues: [' ', '\t'],
	padded: 0.3,
	feet: ['', '返回今日'],
};
