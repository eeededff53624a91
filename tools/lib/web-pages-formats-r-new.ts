import type { EffectiveLineFormats } from './web-pages-r-effective-line.ts';
import type { IssueCalendarFormats } from './web-pages-r-issue-calendar.ts';
import type { NoticeTickerFormats } from './web-pages-r-notice-ticker.ts';
import type { ReadMoreFormats } from './web-pages-r-read-more.ts';

const two = (n: number) => String(n).padStart(2, '0');

/** Split r's scrolling 通知公告 bars: a label and one to three other notices with their dates. */
export const R_NOTICE_TICKER: NoticeTickerFormats = {
	rate: 0.08,
	count: [1, 3],
	labels: ['通知公告：', '【公告】', '最新通知', ''],
	items: ['{title}  {odate}', '· {title}[{odate}]', '{odate} {title}'],
	glues: ['  ', '\n', ' | '],
};

/** Split r's 施行日期/有效期 lines: from ten days to two months later, in force for years. */
export const R_EFFECTIVE_LINE: EffectiveLineFormats = {
	rate: 0.07,
	days: [10, 60],
	years: [2, 3, 5],
	dates: ['YYYY年M月D日', 'YYYY-MM-DD'],
	lines: [
		'有效性：有效　施行日期：{from}',
		'生效日期：{from}　失效日期：{until}',
		'【时效性】现行有效（{from}起施行）',
		'实施日期：{from}  有效期至：{until}',
	],
};

/** Split r's 延伸阅读 boxes between paragraphs. */
export const R_READ_MORE: ReadMoreFormats = {
	rate: 0.07,
	heads: ['延伸阅读：', '【相关链接】', '>>> 推荐阅读', ''],
	items: ['{title}', '· {title}（{odate}）', '▶ {title}'],
	count: [1, 3],
	feet: ['', '', '（点击标题查看全文）'],
};

/** Split r's 往期回顾 date pickers on e-paper pages. */
export const R_ISSUE_CALENDAR: IssueCalendarFormats = {
	rate: 0.15,
	atTop: 0.4,
	heads: [
		(y, m) => `往期回顾\n${y}年${m}月`,
		(y, m) => `${y} 年 ${two(m)} 月  ‹ ›`,
		(y, m) => `< ${y}-${two(m)} >`,
	],
	weekdays: [
		'日 一 二 三 四 五 六',
		'日\t一\t二\t三\t四\t五\t六',
		'Sun Mon Tue Wed Thu Fri Sat',
		'',
	],
	glues: [' ', '\t', '\n', '  '],
	padded: 0.3,
	feet: ['', '返回今日', '请选择日期：[      ] 查看'],
};
