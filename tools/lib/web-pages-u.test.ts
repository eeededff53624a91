import { describe, expect, test } from 'vitest';
import { codeFormats } from './web-pages-formats.ts';
import { HELD_OUT_SPLIT, WEB_SPLITS, type WebSplit } from './web-pages-furniture.ts';
import {
	bodySpan,
	expectAtRateAllRight,
	expectCaughtInBody,
	familiesOf,
	familyLines,
	hasFamily,
	linesOf,
	pagesWith as pagesOf,
	testPageBuilder,
} from './web-pages-test-pages.ts';
import { leadSentence } from './web-pages-u-summary-box.ts';
import type { SourceArticle, WebLayout, WebPage } from './web-pages.ts';

// Articles written for these tests (not corpus text): one a page, four paragraphs each.
const ARTICLES: SourceArticle[] = [
	{
		id: 'u-1',
		title: '山区小学用上了新建的塑胶操场',
		headlineLines: ['山区小学用上了新建的塑胶操场'],
		date: '2024-10-08',
		source: '县教育局',
		text: [
			'10月8日，位于大山深处的一所村级小学迎来了新操场的启用仪式。全校师生在新跑道上举行了升旗仪式。',
			'据介绍，操场建设资金来自县级财政和社会捐助，工期约两个月，铺设塑胶跑道两百米。',
			'校长说，过去孩子们只能在泥土地上上体育课，下雨天就没法活动，现在条件好了很多。',
			'下一步，县里还将为其余几所村小配齐体育器材，让山里的孩子也能享受同样的运动条件。',
		].join('\n'),
	},
	{
		id: 'u-2',
		title: '社区食堂开张　老人吃饭有了好去处',
		headlineLines: ['社区食堂开张　老人吃饭有了好去处'],
		date: '2025-03-17',
		source: '街道办事处',
		text: [
			'3月17日，城东社区的老年食堂正式开门营业，首日接待老年居民一百余人次！午餐两荤一素。',
			'食堂按年龄给予不同的就餐补贴，八十岁以上老人每餐只需几元钱，行动不便的还可以送餐上门。',
			'不少老人吃完饭后还在活动室里下棋、聊天，食堂成了大家每天聚在一起的地方。',
			'街道负责人表示，将根据老人的意见不断调整菜品，并在年内再开两家同样的食堂。',
		].join('\n'),
	},
];

const page = testPageBuilder('u', (seed) => [ARTICLES[seed % 2]!], [
	'全县秋粮收购工作有序推进',
	'城区新增三处公共停车场',
]);
const pagesWith = (split: WebSplit, layout: WebLayout, has: (p: WebPage) => boolean) =>
	pagesOf(page, split, layout, has);

const U = codeFormats('u');
const NEW_KINDS: [string, WebLayout, number][] = [
	['summary-box', 'reprint', U.summaryBox!.rate],
	['hot-list', 'reprint', U.hotList!.rate],
	['opinion-window', 'portal', U.opinionWindow!.rate],
	['survey-popup', 'portal', U.surveyPopup!.rate],
];

/** The furniture lines of `family` on a page, joined. */
const textOf = (p: WebPage, family: string) =>
	p.furniture
		.filter((f) => f.family === family)
		.map((f) => f.line)
		.join('\n');

/** ISO dates written in the ways split u prints an opinion box's days. */
const datesIn = (text: string): string[] =>
	[...text.matchAll(/(\d{4})[年.-](\d{1,2})[月.-](\d{1,2})/gu)].map(
		([, y, m, d]) => `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`,
	);

describe('U 切分（留出）', () => {
	test('U 是 T 之后的留出切分', () => {
		expect(HELD_OUT_SPLIT).not.toBe('u');
		expect(WEB_SPLITS.indexOf('v')).toBe(WEB_SPLITS.indexOf('u') + 1);
		expect(WEB_SPLITS.indexOf('u')).toBe(WEB_SPLITS.indexOf('t') + 1);
	});

	test.each(NEW_KINDS)('U 的 %s 按比例出现（%s），真值不变', (family, layout, rate) => {
		expectAtRateAllRight(pagesWith('u', layout, hasFamily(family)), rate);
	});

	test.each(NEW_KINDS)('U 的 %s 留在正文里算不干净（%s）', (family, layout) => {
		expectCaughtInBody(pagesWith('u', layout, hasFamily(family)).slice(0, 5), family);
	});

	test.each(WEB_SPLITS.filter((sp) => !['u', 'v', 'w', 'x', 'y', 'z', 'aa', 'ab'].includes(sp)))(
		'%s 没有 U 的新版块',
		(split) => {
			const f = codeFormats(split);
			expect([f.summaryBox, f.hotList, f.opinionWindow, f.surveyPopup]).toEqual([
				undefined,
				undefined,
				undefined,
				undefined,
			]);
			const families = familiesOf(page, split, ['portal', 'reprint', 'wechat', 'epaper']);
			for (const [family] of NEW_KINDS) expect(families.has(family)).toBe(false);
		},
	);

	test('摘要框在正文之前，重复首句', () => {
		const pages = (['portal', 'reprint', 'wechat'] as const).flatMap((layout) =>
			pagesWith('u', layout, hasFamily('summary-box')),
		);
		expect(new Set(pages.map((p) => p.layout)).size).toBe(3);
		for (const p of pages) {
			const [first] = bodySpan(p);
			const [at] = familyLines(p, 'summary-box');
			expect(at).toBeLessThan(first);
			const lead = leadSentence(ARTICLES.find((a) => a.id === p.articles[0]!.id)!.text);
			expect(textOf(p, 'summary-box')).toContain(lead.slice(0, 20));
		}
	});

	test('首句止于第一个句末标点', () => {
		expect(leadSentence(ARTICLES[1]!.text)).toBe(
			'3月17日，城东社区的老年食堂正式开门营业，首日接待老年居民一百余人次！',
		);
	});

	test('点击排行在标题之前或正文之后，名次从 1 起', () => {
		let top = 0;
		const pages = [
			...pagesWith('u', 'portal', hasFamily('hot-list')),
			...pagesWith('u', 'reprint', hasFamily('hot-list')),
		];
		for (const p of pages) {
			const [first, last] = bodySpan(p);
			const at = familyLines(p, 'hot-list');
			for (const i of at) expect(i < first || i > last).toBe(true);
			const titleAt = linesOf(p).indexOf(p.articles[0]!.title);
			if (at[0]! < first) {
				top++;
				if (titleAt >= 0) expect(at[0]!).toBeLessThan(titleAt);
			}
			expect(textOf(p, 'hot-list')).toMatch(/(^|\n|TOP)1[\s.　]/u);
			expect(textOf(p, 'hot-list')).not.toContain(p.articles[0]!.title);
		}
		expect(top).toBeGreaterThan(0);
		expect(top).toBeLessThan(pages.length);
	});

	test('意见征集框的起止日期晚于或等于发布日，且截止在后', () => {
		let above = 0;
		const pages = pagesWith('u', 'portal', hasFamily('opinion-window'));
		for (const p of pages) {
			const [from, until] = datesIn(textOf(p, 'opinion-window'));
			expect(from! >= p.articles[0]!.date).toBe(true);
			expect(until! > from!).toBe(true);
			const [first, last] = bodySpan(p);
			const [at] = familyLines(p, 'opinion-window');
			expect(at! < first || at! > last).toBe(true);
			if (at! < first) above++;
		}
		expect(above).toBeGreaterThan(0);
		expect(above).toBeLessThan(pages.length);
	});

	test('弹窗文字在全文最前或最后', () => {
		let top = 0;
		const pages = pagesWith('u', 'portal', hasFamily('survey-popup'));
		for (const p of pages) {
			const lines = linesOf(p).filter((l) => l !== '');
			const own = familyLines(p, 'survey-popup').map((i) => linesOf(p)[i]);
			if (own[0] === lines[0]) top++;
			else {
				// A browser's print footer is the browser's, under everything the page printed.
				const rest = p.furniture.map((f) => f.family).filter((f) => f !== 'print-footer');
				const cut = rest.indexOf('second-copy');
				const written = cut < 0 ? rest : rest.slice(0, cut);
				expect(written.at(-1)).toBe('survey-popup');
			}
		}
		expect(top).toBeGreaterThan(0);
		expect(top).toBeLessThan(pages.length);
	});
});
