import { chineseNumber } from './web-pages-chinese-dates.ts';
import type { JumpLineFormats } from './web-pages-q-jump-line.ts';
import type { PageRatingFormats } from './web-pages-q-page-rating.ts';
import type { ReadingTimeFormats } from './web-pages-q-reading-time.ts';
import type { TodayBarFormats } from './web-pages-q-today-bar.ts';

/** Split q's reading-time lines: news apps' and WeChat editors' 全文…字 notes. */
export const READING_TIME_Q: ReadingTimeFormats = {
	rate: 0.14,
	perMinute: [300, 500],
	rounding: [10, 50, 100],
	lines: [
		(p) => `全文共${p.chars}字，阅读大约需要${p.minutes}分钟`,
		(p) => `本文约${p.chars}字 | 预计阅读${p.minutes}分钟`,
		(p) => `阅读时长：约${p.minutes}分钟（${p.chars}字）`,
		(p) => `字数：${p.chars}　阅读时间：${p.minutes}分钟`,
		(p) => `全文${p.chars}字，读完约需${p.minutes}分钟`,
		(p) => `本文共计${p.chars}字\n建议阅读${p.minutes}分钟`,
	],
};

/** Split q's top bars: the day the page was opened, with the weather and the bar's own links. */
export const TODAY_BAR_Q: TodayBarFormats = {
	rate: 0.18,
	days: [1, 240],
	dates: ['YYYY年M月D日 W', 'YYYY年MM月DD日　W', 'YYYY-MM-DD W', 'YYYY年M月D日'],
	weathers: [
		'晴 -2℃～9℃',
		'多云转小雨 14~22℃',
		'阴 西北风3级',
		'{city} 小雨 18℃/25℃',
		'雷阵雨 26℃-33℃ 空气质量：良',
		'',
	],
	bars: [
		'今天是：{today}　{weather}　设为首页 | 加入收藏',
		'欢迎访问{site}！今天是{today}',
		'您好，今天是{today}　{weather}\n用户登录　个人注册　English',
		'{today}　{weather}　[切换城市]',
		'今天是{today} {weather} | 手机版 | 政务微博',
	],
};

/** Split q's 转版 notes: how e-papers print a page number and the notes that run an article on. */
export const JUMP_LINE_Q: JumpLineFormats = {
	rate: 0.3,
	pages: [
		(n) => String(n).padStart(2, '0'),
		(n) => String(n),
		(n) => chineseNumber(n),
		(n) => `A${n}`,
	],
	ons: [
		(pg) => `（下转第${pg}版）`,
		(pg) => `(下转${pg}版)`,
		(pg) => `——下转第${pg}版`,
		(pg) => `（转第${pg}版）`,
	],
	froms: [
		(pg) => `（上接第${pg}版）`,
		(pg) => `(上接${pg}版)`,
		(pg) => `——上接第${pg}版`,
		(pg) => `（紧接第${pg}版）`,
	],
	onlyFirst: 0.3,
};

/** Split q's rating widgets: a portal's 是否有帮助 buttons and its 纠错 link. */
export const PAGE_RATING_Q: PageRatingFormats = {
	rate: 0.14,
	blocks: [
		(p) => `本页面信息对您是否有帮助？\n有帮助（${p.yes}）　没帮助（${p.no}）`,
		() => '您对本页面内容是否满意？ ○满意 ○基本满意 ○不满意 [提交]',
		(p) => `文章评价：很有用 ${p.yes}　一般 ${p.no}\n发现错误？我要纠错`,
		(p) => `网站纠错 | 本页对您有用吗？ 是(${p.yes}) 否(${p.no})`,
		() => '页面评价\n★★★★★ 非常满意　★★★ 一般　★ 不满意\n感谢您的评价！',
	],
};
