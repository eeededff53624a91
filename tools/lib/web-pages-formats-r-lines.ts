import type { AltEchoFormats } from './web-pages-p-alt-echo.ts';
import type { DatedPagerFormats } from './web-pages-p-dated-pager.ts';
import type { ServiceBoxFormats } from './web-pages-p-service-box.ts';
import type { UpdateStampFormats } from './web-pages-p-update-stamp.ts';
import type { JumpLineFormats } from './web-pages-q-jump-line.ts';
import type { PageRatingFormats } from './web-pages-q-page-rating.ts';
import type { ReadingTimeFormats } from './web-pages-q-reading-time.ts';
import type { TodayBarFormats } from './web-pages-q-today-bar.ts';

/** Split r's lead pictures' alt texts. */
export const R_ALT_ECHO: AltEchoFormats = {
	rate: 0.04,
	lines: ['{ptitle}', '图：{ptitle}', '{ptitle}.jpg'],
};

/** Split r's 最后修改 lines. */
export const R_UPDATE_STAMP: UpdateStampFormats = {
	rate: 0.04,
	days: [1, 40],
	dates: ['YYYY-MM-DD HH:mm', 'YYYY年M月D日'],
	lines: ['最后修改：{updated}', '[更新日期：{updated}]'],
};

/** Split r's dated 上一篇/下一篇 links. */
export const R_DATED_PAGER: DatedPagerFormats = {
	rate: 0.04,
	pagers: ['上一篇：{title}（{odate}）\n下一篇：{title}（{odate}）', '« {title} {odate}'],
};

/** Split r's 办事指南 boxes. */
export const R_SERVICE_BOX: ServiceBoxFormats = {
	rate: 0.03,
	above: 0.4,
	boxes: [
		'办事指南\n受理单位：{place}政务服务中心\n办理时限：5个工作日\n咨询电话：0350-{n}',
		'【服务信息】\n办理地点：{place}便民服务大厅{nn}号窗口\n收费标准：不收费\n监督电话：12345',
	],
};

/** Split r's reading-time lines. */
export const R_READING_TIME: ReadingTimeFormats = {
	rate: 0.04,
	perMinute: [300, 450],
	rounding: [10, 100],
	lines: [
		(p) => `本文${p.chars}字，预计阅读${p.minutes}分钟`,
		(p) => `约${p.chars}字 | 阅读需${p.minutes}分钟`,
	],
};

/** Split r's top bars dated the day the page was opened. */
export const R_TODAY_BAR: TodayBarFormats = {
	rate: 0.04,
	days: [3, 400],
	dates: ['YYYY年M月D日 W', 'YYYY-MM-DD W'],
	weathers: ['晴 12℃~25℃', '多云转阴', ''],
	bars: ['今天是：{today}  {weather}', '{today} {weather}  欢迎访问{site}'],
};

/** Split r's e-paper 转版 notes. */
export const R_JUMP_LINE: JumpLineFormats = {
	rate: 0.05,
	pages: [(n) => String(n), (n) => `A${String(n).padStart(2, '0')}`],
	ons: [(pg) => `（下转第${pg}版）`, (pg) => `>>>转${pg}版`],
	froms: [(pg) => `（上接第${pg}版）`, (pg) => `<<<上接${pg}版`],
	onlyFirst: 0.3,
};

/** Split r's page-rating widgets. */
export const R_PAGE_RATING: PageRatingFormats = {
	rate: 0.04,
	blocks: [
		(p) => `此页面是否对您有帮助？\n有帮助（${p.yes}）  没帮助（${p.no}）`,
		(p) => `内容评价：满意 ${p.yes} · 不满意 ${p.no}  [纠错]`,
	],
};
