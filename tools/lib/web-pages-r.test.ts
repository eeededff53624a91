import { describe, expect, test } from 'vitest';
import { codeFormats } from './web-pages-formats.ts';
import { HELD_OUT_SPLIT, WEB_SPLITS, type WebSplit } from './web-pages-furniture.ts';
import { monthWeeks } from './web-pages-r-issue-calendar.ts';
import {
	bodySpan,
	expectAtRateAllRight,
	familiesOf,
	expectCaughtInBody,
	familyLines,
	hasFamily,
	linesOf,
	pagesWith as pagesOf,
	testPageBuilder,
} from './web-pages-test-pages.ts';
import type { SourceArticle, WebLayout, WebPage } from './web-pages.ts';

// Articles written for these tests (not corpus text): one outlet and day, so an e-paper page may
// hold either; four paragraphs each, so a box may stand between two of them.
const ARTICLES: SourceArticle[] = [
	{
		id: 'r-1',
		title: '县里新建的十二个村级快递驿站投入使用',
		headlineLines: ['县里新建的十二个村级快递驿站投入使用'],
		date: '2024-09-26',
		source: '县融媒体中心',
		text: [
			'九月下旬，县里新建的十二个村级快递驿站陆续投入使用，附近村民取件不再跑到镇上。',
			'驿站设在村委会或超市旁，由村里推选的管理员负责收发，每天下午集中配送一次。',
			'县邮政分公司负责人介绍，驿站同时代收农产品，村民可以把自家种的核桃、花椒直接寄出。',
			'下一步，县里还将在偏远山村增设流动服务点，争取年底前实现快递服务全覆盖。',
		].join('\n'),
	},
	{
		id: 'r-2',
		title: '城区两所小学错峰放学 家长接送更从容',
		headlineLines: ['城区两所小学错峰放学 家长接送更从容'],
		date: '2024-09-26',
		source: '县融媒体中心',
		text: [
			'新学期开始，城区两所小学按年级分三个时段放学，校门口的拥堵明显缓解。',
			'学校在门口划出接送等候区，低年级学生由班主任送到区内交给家长。',
			'交警部门在放学高峰派出警力疏导交通，并临时调整了附近路口的信号灯时长。',
			'不少家长表示，错峰以后接孩子不用再挤，心里也踏实多了。',
		].join('\n'),
	},
];

const page = testPageBuilder('r', (seed) => [ARTICLES[seed % 2]!], [
	'全县秋粮收购工作全面启动',
	'关于开展第四季度安全生产大检查的通知',
]);
const pagesWith = (split: WebSplit, layout: WebLayout, has: (p: WebPage) => boolean) =>
	pagesOf(page, split, layout, has);

/** Index of the headline's (first) line: the title or, broken over two lines, its start. */
function titleLine(p: WebPage): number {
	const whole = p.articles[0]!.title;
	return linesOf(p).findIndex((l) => l.length >= 4 && whole.startsWith(l));
}

/** ISO dates printed in `line` (2024-10-08, 2024年10月8日 …). */
function isoDatesIn(line: string): string[] {
	return [...line.normalize('NFKC').matchAll(/(\d{4})\D{1,3}(\d{1,2})\D{1,3}(\d{1,2})/gu)].map(
		([, y, m, d]) => `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`,
	);
}

const R = codeFormats('r');
const NEW_KINDS: [string, WebLayout, number][] = [
	['notice-ticker', 'portal', R.noticeTicker!.rate],
	['effective-line', 'portal', R.effectiveLine!.rate],
	['read-more', 'portal', R.readMore!.rate],
	['read-more', 'reprint', R.readMore!.rate],
	['read-more', 'wechat', R.readMore!.rate],
	['issue-calendar', 'epaper', R.issueCalendar!.rate],
];

describe('R 划分', () => {
	test('R 已不再留出（留出的是 S），排在 Q 之后', () => {
		expect(HELD_OUT_SPLIT).not.toBe('r');
		expect(WEB_SPLITS.indexOf('r')).toBe(WEB_SPLITS.indexOf('q') + 1);
	});

	test.each(NEW_KINDS)('R 的 %s 在%s页面上按其比率出现，完美抽取全对', (family, layout, rate) => {
		expectAtRateAllRight(pagesWith('r', layout, hasFamily(family)), rate);
	});

	test.each(NEW_KINDS)('R 的 %s 在%s页面上是家具：留在正文里算不干净', (family, layout) => {
		expectCaughtInBody(pagesWith('r', layout, hasFamily(family)).slice(0, 5), family);
	});

	test.each(
		WEB_SPLITS.filter(
			(sp) => !['r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 'aa', 'ab'].includes(sp),
		),
	)('%s 划分没有 R 的新页面', (split) => {
		const f = codeFormats(split);
		expect([f.noticeTicker, f.effectiveLine, f.readMore, f.issueCalendar]).toEqual([
			undefined,
			undefined,
			undefined,
			undefined,
		]);
		const families = familiesOf(page, split, ['portal', 'reprint', 'wechat', 'epaper']);
		for (const [family] of NEW_KINDS) expect(families.has(family)).toBe(false);
	});

	test('通知公告滚动条在标题之上，列出别的文章及其日期', () => {
		for (const p of pagesWith('r', 'portal', hasFamily('notice-ticker'))) {
			const [at] = familyLines(p, 'notice-ticker');
			expect(at).toBeLessThan(titleLine(p));
			const text = p.furniture.filter((f) => f.family === 'notice-ticker').map((f) => f.line);
			expect(text.join(' ')).toMatch(/全县秋粮收购|第四季度安全生产/u);
			expect(text.join(' ')).not.toContain(p.articles[0]!.title);
		}
	});

	test('施行日期一行紧跟日期来源行（或其下的更新时间），印的日子都晚于发布日', () => {
		for (const p of pagesWith('r', 'portal', hasFamily('effective-line'))) {
			const [at] = familyLines(p, 'effective-line');
			const above = linesOf(p)[at! - 1];
			const family = p.furniture.find((f) => f.line === above)?.family;
			expect(['meta', 'update-stamp']).toContain(family);
			const line = p.furniture.find((f) => f.family === 'effective-line')!.line;
			const dates = isoDatesIn(line);
			expect(dates.length).toBeGreaterThan(0);
			for (const d of dates) expect(d > p.articles[0]!.date).toBe(true);
		}
	});

	test('延伸阅读框夹在两段正文之间', () => {
		for (const layout of ['portal', 'reprint', 'wechat'] as const)
			for (const p of pagesWith('r', layout, hasFamily('read-more'))) {
				// A page saved twice repeats the box in its second copy, after the first copy's text.
				const [first, last] = bodySpan(p);
				const at = familyLines(p, 'read-more').filter((i) => i <= last);
				expect(at.length).toBeGreaterThanOrEqual(1);
				expect(at.every((i) => i > first && i < last)).toBe(true);
			}
	});

	test('电子报的往期日历在第一篇之前或最后一篇之后，印的是本期的年月和当月每一天', () => {
		for (const p of pagesWith('r', 'epaper', hasFamily('issue-calendar'))) {
			const at = familyLines(p, 'issue-calendar');
			const [first, last] = bodySpan(p);
			expect(at.every((i) => i < first) || at.every((i) => i > last)).toBe(true);
			const text = p.furniture.filter((f) => f.family === 'issue-calendar').map((f) => f.line);
			expect(text.join(' ')).toMatch(/2024\D{1,3}0?9\D/u);
			const days = text
				.join(' ')
				.replace(/2024\D{1,3}0?9/u, '')
				.match(/\d+/gu)!
				.map(Number);
			expect(days).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
		}
	});

	test('日历按星期排：一周一行，一号前的空格不印', () => {
		// 2024-02-01 is a Thursday in a leap year; 2023-10-01 a Sunday.
		expect(monthWeeks('2024-02-18')).toEqual([
			[1, 2, 3],
			[4, 5, 6, 7, 8, 9, 10],
			[11, 12, 13, 14, 15, 16, 17],
			[18, 19, 20, 21, 22, 23, 24],
			[25, 26, 27, 28, 29],
		]);
		const october = monthWeeks('2023-10-05');
		expect(october[0]).toEqual([1, 2, 3, 4, 5, 6, 7]);
		expect(october.flat()).toHaveLength(31);
	});
});
