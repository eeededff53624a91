import { describe, expect, test } from 'vitest';
import { HELD_OUT_SPLIT, WEB_SPLITS, type WebSplit } from './web-pages-furniture.ts';
import type { SourceArticle, WebLayout, WebPage } from './web-pages.ts';
import {
	hasFamily as has,
	linesOf,
	pagesWith as splitPagesWith,
	testPageBuilder,
} from './web-pages-test-pages.ts';
import { shortHeadline } from './web-pages-views.ts';

// Short articles written for these tests (not corpus text).
const ARTICLES: SourceArticle[] = [
	{
		id: 'i-1',
		title: '柳溪镇建成首个村级养老服务站，八十余名老人就近托养',
		headlineLines: ['柳溪镇建成首个村级养老服务站，八十余名老人就近托养'],
		date: '2024-10-09',
		source: '柳溪融媒',
		text: '柳溪镇首个村级养老服务站日前投入使用，服务站设有日间照料室、助餐点和康复理疗室。\n镇里聘请了六名护理员，为八十余名高龄、独居老人提供助餐、助浴和健康监测服务。\n下一步，全镇将在三年内实现村级养老服务站全覆盖。',
	},
	{
		id: 'i-2',
		title: '东林县开展秋季森林防火隐患排查',
		headlineLines: ['守护青山绿水', '东林县开展秋季森林防火隐患排查'],
		date: '2023-11-02',
		source: '东林发布',
		text: '进入秋冬季节，东林县组织应急、林业等部门对重点林区开展森林防火隐患排查。\n排查组深入林区检查防火通道、蓄水池和瞭望塔，对发现的问题当场交办整改。',
	},
];

const page = testPageBuilder('i', (seed) => [ARTICLES[seed % 2]!], [
	'北岭乡召开秋收工作会',
	'城关街道开展反诈宣传',
]);
const BEFORE_I = WEB_SPLITS.slice(0, WEB_SPLITS.indexOf('i'));
const pagesWith = (split: WebSplit, layout: WebLayout, test: (p: WebPage) => boolean) =>
	splitPagesWith(page, split, layout, test);
const DESKTOP_TOP = ['page-title', 'site-header', 'toolbar', 'nav', 'search', 'breadcrumb'];

describe('split I', () => {
	test('I 排在 A–H 之后，已不再留出', () => {
		expect(HELD_OUT_SPLIT).not.toBe('i');
		expect(WEB_SPLITS.indexOf('i')).toBe(8);
	});

	test('I 划分有的页面存自手机版：顶上是返回栏，没有电脑版的菜单与页脚，真值不变', () => {
		for (const layout of ['portal', 'reprint'] as const) {
			const pages = pagesWith('i', layout, has('mobile-head'));
			expect(pages.length).toBeGreaterThan(10);
			for (const p of pages) {
				const lines = linesOf(p);
				expect(p.furniture[0]!.family).toBe('mobile-head');
				expect(p.furniture.filter((f) => [...DESKTOP_TOP, 'footer'].includes(f.family))).toEqual(
					[],
				);
				expect(p.furniture.at(-1)!.family).toBe('mobile-tail');
				expect(lines).toContain(p.articles[0]!.body.split('\n').at(-1));
			}
		}
		expect(pagesWith('i', 'wechat', has('mobile-head'))).toEqual([]);
		for (const split of BEFORE_I)
			expect(pagesWith(split, 'portal', has('mobile-head'))).toEqual([]);
	});

	test('I 划分有的门户页面存自打印视图：打印时间晚于文章日期，网址印在页脚，真值日期仍是文章日期', () => {
		const pages = pagesWith('i', 'portal', has('print-head'));
		expect(pages.length).toBeGreaterThan(10);
		let timed = 0;
		for (const p of pages) {
			expect(p.furniture[0]!.family).toBe('print-head');
			const stray = ['footer', 'nav', 'toolbar', 'share', 'related', 'comment', 'tools'];
			expect(p.furniture.filter((f) => stray.includes(f.family))).toEqual([]);
			expect(p.furniture.at(-1)!.family).toBe('print-foot');
			// The page's own date is still printed where the site prints it.
			expect(p.furniture.some((f) => f.family === 'meta')).toBe(true);
			// A print time (2024/10/9 09:15) is a day or more after the article's date.
			const times = p.furniture
				.filter((f) => /^print-/u.test(f.family))
				.flatMap((f) => [...f.line.matchAll(/(20\d\d)[/-](\d{1,2})[/-](\d{1,2}) \d\d:\d\d/gu)]);
			for (const [, y, m, d] of times) {
				const printed = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
				expect(printed > p.articles[0]!.date).toBe(true);
				timed++;
			}
		}
		expect(timed).toBeGreaterThan(3);
		const feet = pages.flatMap((p) => p.furniture.filter((f) => f.family === 'print-foot'));
		expect(feet.some((f) => /https?:\/\/\S+\.gov\.cn\//u.test(f.line))).toBe(true);
		for (const split of BEFORE_I) expect(pagesWith(split, 'portal', has('print-head'))).toEqual([]);
	});

	test('I 划分有的转载页面复制自学习强国：平台的页头与页尾，没有原站的菜单、按钮与列表', () => {
		const pages = pagesWith('i', 'reprint', has('platform-head'));
		expect(pages.length).toBeGreaterThan(10);
		const stray = [...DESKTOP_TOP, 'footer', 'tools', 'share', 'related', 'comment', 'prev-next'];
		for (const p of pages) {
			expect(p.furniture[0]!.family).toBe('platform-head');
			expect(p.furniture.filter((f) => stray.includes(f.family))).toEqual([]);
			expect(p.furniture.at(-1)!.family).toBe('platform-tail');
			// The outlet's headline, on one line or broken over two.
			expect(p.text.replace(/\s/gu, '')).toContain(p.articles[0]!.title);
		}
		expect(pages.some((p) => p.text.includes('学习强国'))).toBe(true);
		expect(pagesWith('i', 'portal', has('platform-head'))).toEqual([]);
		for (const split of BEFORE_I)
			expect(pagesWith(split, 'reprint', has('platform-head'))).toEqual([]);
	});

	test('I 划分有的转载页面用较短的标题，原标题另起一行；真值标题是原标题', () => {
		const pages = pagesWith('i', 'reprint', has('portal-headline'));
		expect(pages.length).toBeGreaterThan(10);
		for (const p of pages) {
			const truth = p.articles[0]!;
			expect(truth.title).toBe(ARTICLES[0]!.title);
			expect(linesOf(p)).toContain('柳溪镇建成首个村级养老服务站');
			expect(linesOf(p)).not.toContain(truth.title);
			const original = p.furniture.filter((f) => f.family === 'original-title');
			expect(original).toHaveLength(1);
			expect(original[0]!.line).toContain(truth.title);
			expect(original[0]!.line).toMatch(/原标题|原题/u);
		}
		// A headline with no clause to cut is printed as it is.
		expect(
			pagesWith('i', 'reprint', (p) => p.articles[0]!.id === 'i-2' && has('portal-headline')(p)),
		).toEqual([]);
		for (const split of BEFORE_I)
			expect(pagesWith(split, 'reprint', has('portal-headline'))).toEqual([]);
	});
});

describe('shortHeadline', () => {
	test('在第一个逗号处截短：柳溪镇建成…，八十余名老人就近托养', () => {
		expect(shortHeadline('柳溪镇建成首个村级养老服务站，八十余名老人就近托养')).toBe(
			'柳溪镇建成首个村级养老服务站',
		);
	});

	test('在空格处截短，书名号里的逗号不算', () => {
		expect(shortHeadline('县政府印发《关于稳就业，促发展的意见》 明确十项措施')).toBe(
			'县政府印发《关于稳就业，促发展的意见》',
		);
	});

	test('前段不足六字或后段不足四字时不截', () => {
		expect(shortHeadline('县长调研，强调抓好秋粮收储工作')).toBeNull();
		expect(shortHeadline('全县秋粮收购工作全面启动，顺利')).toBeNull();
		expect(shortHeadline('东林县开展秋季森林防火隐患排查')).toBeNull();
	});
});
