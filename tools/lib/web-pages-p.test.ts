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

// Articles written for these tests (not corpus text).
const ARTICLES: SourceArticle[] = [
	{
		id: 'p-1',
		title: '山区县新建三座村级卫生室投入使用',
		headlineLines: ['山区县新建三座村级卫生室投入使用'],
		date: '2024-06-12',
		source: '县卫生健康局',
		text: [
			'本月起，县里新建的三座村级卫生室陆续开诊，偏远村寨的群众在家门口就能看上病。',
			'新卫生室配备了心电图机、血糖仪等常用设备，并由乡镇卫生院医生每周轮流坐诊。',
			'县卫生健康局负责人介绍，今年还将为十个村的卫生室更新设备，补齐基层医疗短板。',
			'不少老人表示，过去看病要走两个小时山路，如今步行十分钟就到了。',
		].join('\n'),
	},
	{
		id: 'p-2',
		title: '全县秋粮收购工作有序开展',
		headlineLines: ['全县秋粮收购工作有序开展'],
		date: '2023-10-09',
		source: '县发展和改革局',
		text: [
			'连日来，全县各粮食收储点开秤收购秋粮，售粮农户排队有序、结算及时。',
			'县发展和改革局组织人员到各收储点检查，督促落实最低收购价政策，严禁压级压价。',
			'截至目前，全县已收购秋粮一万余吨，货款全部按时兑付到农户手中。',
		].join('\n'),
	},
];

const page = testPageBuilder('p', (seed) => [ARTICLES[seed % 2]!], [
	'乡镇开展防汛应急演练',
	'县城新增两处口袋公园',
]);
const pagesWith = (split: WebSplit, layout: WebLayout, has: (p: WebPage) => boolean) =>
	pagesOf(page, split, layout, has);

const NEW_KINDS: [string, WebLayout, number][] = [
	['alt-echo', 'portal', codeFormats('p').altEcho!.rate],
	['alt-echo', 'reprint', codeFormats('p').altEcho!.rate],
	['alt-echo', 'wechat', codeFormats('p').altEcho!.rate],
	['update-stamp', 'portal', codeFormats('p').updateStamp!.rate],
	['dated-pager', 'portal', codeFormats('p').datedPager!.rate],
	['dated-pager', 'reprint', codeFormats('p').datedPager!.rate],
	['service-box', 'portal', codeFormats('p').serviceBox!.rate],
];

describe('P 划分（留出）', () => {
	test('P 排在 A–O 之后，已不再留出（Q 留出）', () => {
		expect(HELD_OUT_SPLIT).not.toBe('p');
		expect(WEB_SPLITS.indexOf('p')).toBe(WEB_SPLITS.indexOf('o') + 1);
	});

	test.each(NEW_KINDS)('P 的 %s 页（%s）按比例出现，完美抽取全对', (family, layout, rate) => {
		const pages = pagesWith('p', layout, hasFamily(family));
		expectAtRateAllRight(pages, rate);
	});

	test.each(NEW_KINDS)('P 的 %s 行留在正文里算没清干净（%s）', (family, layout) => {
		expectCaughtInBody(pagesWith('p', layout, hasFamily(family)).slice(0, 5), family);
	});

	test.each(
		WEB_SPLITS.filter(
			(sp) => !['p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 'aa', 'ab'].includes(sp),
		),
	)('%s 划分没有 P 的新页面', (split) => {
		const f = codeFormats(split);
		expect([f.altEcho, f.updateStamp, f.datedPager, f.serviceBox]).toEqual([
			undefined,
			undefined,
			undefined,
			undefined,
		]);
		const families = familiesOf(page, split, ['portal', 'reprint', 'wechat']);
		for (const [family] of NEW_KINDS) expect(families.has(family)).toBe(false);
	});

	test('图片替代文字重复标题，位于标题之后、正文最后一段之前', () => {
		for (const layout of ['portal', 'reprint', 'wechat'] as const)
			for (const p of pagesWith('p', layout, hasFamily('alt-echo'))) {
				const line = p.furniture.find((f) => f.family === 'alt-echo')!.line;
				expect(line).toContain(p.articles[0]!.title);
				const [first, last] = bodySpan(p);
				// A bare alt text is the headline's own line again, and a page saved twice repeats it:
				// the picture's is the first such line from just above the body on.
				const at = familyLines(p, 'alt-echo').find((i) => i >= first - 1)!;
				expect(at).toBeLessThan(last);
				// The headline's (first) line: the title or, broken over two lines, its start.
				const whole = p.articles[0]!.title;
				const title = linesOf(p).findIndex((l) => l.length >= 4 && whole.startsWith(l));
				expect(title).toBeLessThan(at);
			}
	});

	test('更新时间行紧跟日期行，日期晚于发布日期', () => {
		const pages = pagesWith('p', 'portal', hasFamily('update-stamp'));
		for (const p of pages) {
			const lines = linesOf(p);
			const [at] = familyLines(p, 'update-stamp');
			const above = lines[at! - 1]!;
			expect(p.furniture.some((f) => f.family === 'meta' && f.line === above)).toBe(true);
			const [y, m, d] = lines[at!]!.normalize('NFKC')
				.match(/(\d{4})\D{1,3}(\d{1,2})\D{1,3}(\d{1,2})/u)!
				.slice(1);
			const updated = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
			expect(updated > p.articles[0]!.date).toBe(true);
		}
	});

	test('带日期的上一篇/下一篇在正文之后，不带本文日期', () => {
		for (const layout of ['portal', 'reprint'] as const)
			for (const p of pagesWith('p', layout, hasFamily('dated-pager'))) {
				const at = familyLines(p, 'dated-pager');
				const [, last] = bodySpan(p);
				expect(at.length).toBeGreaterThanOrEqual(2);
				expect(at[0]).toBeGreaterThan(last);
				const own = p.articles[0]!.date;
				for (const f of p.furniture.filter((x) => x.family === 'dated-pager'))
					expect(f.line.normalize('NFKC')).not.toContain(own);
			}
	});

	test('政务服务框在正文之前或之后，不插在段落之间', () => {
		for (const p of pagesWith('p', 'portal', hasFamily('service-box'))) {
			const at = familyLines(p, 'service-box');
			const [first, last] = bodySpan(p);
			expect(at.length).toBeGreaterThanOrEqual(3);
			expect(at.every((i) => i < first) || at.every((i) => i > last)).toBe(true);
		}
	});
});
