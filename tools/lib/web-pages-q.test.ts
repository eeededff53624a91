import { describe, expect, test } from 'vitest';
import { codeFormats } from './web-pages-formats.ts';
import { HELD_OUT_SPLIT, WEB_SPLITS, type WebSplit } from './web-pages-furniture.ts';
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
// hold either.
const ARTICLES: SourceArticle[] = [
	{
		id: 'q-1',
		title: '松阳县启动古村落保护利用三年行动',
		headlineLines: ['松阳县启动古村落保护利用三年行动'],
		date: '2024-04-18',
		source: '松阳县融媒体中心',
		text: [
			'4月17日，松阳县召开古村落保护利用工作推进会，部署未来三年的重点任务。',
			'会议提出，到2026年完成一百个传统村落的修缮评估，建立一村一档的保护名录。',
			'县里将设立专项资金，鼓励村民以房屋入股等方式参与民宿和研学项目的经营。',
			'与会的乡镇负责人表示，将把古村落保护与产业发展结合起来，让老房子留住乡愁。',
		].join('\n'),
	},
	{
		id: 'q-2',
		title: '龙泉青瓷产业链招引项目集中签约',
		headlineLines: ['产业链招引再提速', '龙泉青瓷产业链招引项目集中签约'],
		date: '2024-04-18',
		source: '松阳县融媒体中心',
		text: [
			'本报讯 17日下午，龙泉青瓷产业链招引项目集中签约仪式举行，十二个项目现场签约。',
			'签约项目涵盖智能窑炉、釉料研发和文创设计等领域，计划总投资二十八亿元。',
			'当地还将为落地企业提供用地保障和人才公寓等配套服务。',
		].join('\n'),
	},
];

const page = testPageBuilder('q', (seed) => [ARTICLES[seed % 2]!], [
	'遂昌县举办茶文化节',
	'云和县木玩产业出口增长两成',
]);
const pagesWith = (split: WebSplit, layout: WebLayout, has: (p: WebPage) => boolean) =>
	pagesOf(page, split, layout, has);

/** Index of the headline's (first) line: the title or, broken over two lines, its start. */
function titleLine(p: WebPage): number {
	const whole = p.articles[0]!.title;
	return linesOf(p).findIndex((l) => l.length >= 4 && whole.startsWith(l));
}

/** The first date a line prints (2024年4月18日, 2024-04-18 …), as an ISO date. */
function isoIn(line: string): string {
	const [y, m, d] = line
		.normalize('NFKC')
		.match(/(\d{4})\D{1,3}(\d{1,2})\D{1,3}(\d{1,2})/u)!
		.slice(1);
	return `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
}

const Q = codeFormats('q');
const NEW_KINDS: [string, WebLayout, number][] = [
	['reading-time', 'portal', Q.readingTime!.rate],
	['reading-time', 'reprint', Q.readingTime!.rate],
	['reading-time', 'wechat', Q.readingTime!.rate],
	['today-bar', 'portal', Q.todayBar!.rate],
	['jump-line', 'epaper', Q.jumpLine!.rate],
	['page-rating', 'portal', Q.pageRating!.rate],
];

describe('Q 的新页面', () => {
	test('Q 写在 A–P 之后，已不再留出（留出的是 R）', () => {
		expect(HELD_OUT_SPLIT).not.toBe('q');
		expect(WEB_SPLITS.indexOf('q')).toBe(WEB_SPLITS.indexOf('p') + 1);
	});

	test.each(NEW_KINDS)('Q 的 %s 页面（%s）按其比例出现，完美抽取得满分', (family, layout, rate) => {
		const pages = pagesWith('q', layout, hasFamily(family));
		expectAtRateAllRight(pages, rate);
	});

	test.each(NEW_KINDS)('Q 的 %s 行（%s）是家具，留在正文里算作没清干净', (family, layout) => {
		expectCaughtInBody(pagesWith('q', layout, hasFamily(family)).slice(0, 5), family);
	});

	test.each(
		WEB_SPLITS.filter(
			(sp) => !['q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 'aa', 'ab'].includes(sp),
		),
	)('%s 划分没有 Q 的新页面', (split) => {
		const f = codeFormats(split);
		expect([f.readingTime, f.todayBar, f.jumpLine, f.pageRating]).toEqual([
			undefined,
			undefined,
			undefined,
			undefined,
		]);
		const families = familiesOf(page, split, ['portal', 'reprint', 'wechat', 'epaper']);
		for (const [family] of NEW_KINDS) expect(families.has(family)).toBe(false);
	});

	test('阅读时长行在标题之下、正文之前，字数与正文相当', () => {
		for (const layout of ['portal', 'reprint', 'wechat'] as const)
			for (const p of pagesWith('q', layout, hasFamily('reading-time'))) {
				const [at] = familyLines(p, 'reading-time');
				const [first] = bodySpan(p);
				expect(at).toBeGreaterThan(titleLine(p));
				expect(at).toBeLessThan(first);
				const text = p.furniture.filter((f) => f.family === 'reading-time').map((f) => f.line);
				// The length is the larger number (字数 before or after it), the minutes the smaller.
				const chars = Math.max(...text.join(' ').match(/\d+/gu)!.map(Number));
				const length = p.articles[0]!.body.replace(/\s/gu, '').length;
				expect(Math.abs(chars - length)).toBeLessThanOrEqual(100);
			}
	});

	test('顶部的今日栏在标题之上，印的是打开网页那天，晚于文章日期', () => {
		for (const p of pagesWith('q', 'portal', hasFamily('today-bar'))) {
			// A page saved twice repeats the bar: the first copy's is above the first headline.
			const [at] = familyLines(p, 'today-bar');
			expect(at).toBeLessThan(titleLine(p));
			const dated = p.furniture.find((f) => f.family === 'today-bar' && /\d{4}/u.test(f.line))!;
			expect(isoIn(dated.line) > p.articles[0]!.date).toBe(true);
		}
	});

	test('转版说明夹在正文两段之间，下转在前、上接在后', () => {
		for (const p of pagesWith('q', 'epaper', hasFamily('jump-line'))) {
			const at = familyLines(p, 'jump-line');
			const [first, last] = bodySpan(p);
			expect(at.length).toBeGreaterThanOrEqual(1);
			expect(at.length).toBeLessThanOrEqual(2);
			expect(at.every((i) => i > first && i < last)).toBe(true);
			if (at.length === 2) expect(at[1]).toBe(at[0]! + 1);
		}
	});

	test('页面评价在正文之后', () => {
		for (const p of pagesWith('q', 'portal', hasFamily('page-rating'))) {
			const at = familyLines(p, 'page-rating');
			const [, last] = bodySpan(p);
			expect(at.length).toBeGreaterThanOrEqual(1);
			expect(at.every((i) => i > last)).toBe(true);
		}
	});
});
