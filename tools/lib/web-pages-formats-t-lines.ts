import type { JumpLineFormats } from './web-pages-q-jump-line.ts';
import type { PageRatingFormats } from './web-pages-q-page-rating.ts';
import type { ReadingTimeFormats } from './web-pages-q-reading-time.ts';
import type { TodayBarFormats } from './web-pages-q-today-bar.ts';
import type { EffectiveLineFormats } from './web-pages-r-effective-line.ts';
import type { IssueCalendarFormats } from './web-pages-r-issue-calendar.ts';
import type { NoticeTickerFormats } from './web-pages-r-notice-ticker.ts';
import type { ReadMoreFormats } from './web-pages-r-read-more.ts';

// Split t's wording of the kinds splits q and r brought, written blind.

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A page number in Chinese numerals (二, 十二). */
const chinesePage = (n: number) => (n <= 10 ? DIGITS[n]! : `十${DIGITS[n - 10]!}`);

/** Split t's reading-time lines. */
export const T_READING_TIME: ReadingTimeFormats = {
	rate: 0.05,
	perMinute: [300, 500],
	rounding: [10, 100],
	lines: [
		(p) => `本文约${p.chars}字，预计阅读${p.minutes}分钟`,
		(p) => `字数 ${p.chars}　阅读时长 ${p.minutes} 分钟`,
	],
};

/** Split t's bars dated the day the page was opened. */
export const T_TODAY_BAR: TodayBarFormats = {
	rate: 0.05,
	days: [1, 400],
	dates: ['YYYY年M月D日 W', 'YYYY-MM-DD W'],
	weathers: ['晴 12~25℃', '多云转小雨 8℃/17℃', ''],
	bars: ['今天是：{today}　{weather}', '{today}　{place}　{weather}'],
};

/** Split t's e-paper 转版 notes. */
export const T_JUMP_LINE: JumpLineFormats = {
	rate: 0.08,
	pages: [(n) => String(n).padStart(2, '0'), (n) => String(n), chinesePage],
	ons: [(p) => `（下转第${p}版）`, (p) => `>>>转${p}版`],
	froms: [(p) => `（上接第${p}版）`, (p) => `<<<上接${p}版`],
	onlyFirst: 0.3,
};

/** Split t's 满意度 widgets. */
export const T_PAGE_RATING: PageRatingFormats = {
	rate: 0.05,
	blocks: [
		(p) => `您对本页内容是否满意？\n满意（${p.yes}）　不满意（${p.no}）`,
		(p) => `这篇文章对你有用吗？ 有用 ${p.yes}　没用 ${p.no}`,
	],
};

/** Split t's scrolling notice bars. */
export const T_NOTICE_TICKER: NoticeTickerFormats = {
	rate: 0.05,
	count: [2, 4],
	labels: ['最新公告：', '📢', ''],
	items: ['{title}　{odate}', '· {title}[{odate}]'],
	glues: ['　', '\n'],
};

/** Split t's 实施日期 lines. */
export const T_EFFECTIVE_LINE: EffectiveLineFormats = {
	rate: 0.04,
	days: [10, 45],
	years: [2, 3, 5],
	dates: ['YYYY年M月D日', 'YYYY-MM-DD'],
	lines: ['生效日期：{from}　失效日期：{until}', '实施日期：{from}'],
};

/** Split t's 拓展阅读 boxes. */
export const T_READ_MORE: ReadMoreFormats = {
	rate: 0.05,
	heads: ['▲ 相关链接', '拓展阅读', ''],
	items: ['{title}', '· {title}（{odate}）'],
	count: [1, 3],
	feet: ['', '▼ 继续阅读正文'],
};

/** Split t's e-paper date pickers. */
export const T_ISSUE_CALENDAR: IssueCalendarFormats = {
	rate: 0.05,
	atTop: 0.4,
	heads: [(y, m) => `${y}年${m}月`, (y, m) => `< ${y}-${String(m).padStart(2, '0')} >`],
	weekdays: ['日 一 二 三 四 五 六', 'Su Mo Tu We Th Fr Sa'],
	glues: [' ', '  '],
	padded: 0.5,
	feet: ['过刊检索', ''],
};
