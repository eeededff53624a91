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
import type { SourceArticle, WebLayout, WebPage } from './web-pages.ts';

// Articles written for these tests (not corpus text): one a page, four paragraphs each.
const ARTICLES: SourceArticle[] = [
	{
		id: 't-1',
		title: '县里新建的冷链仓储中心投入使用',
		headlineLines: ['县里新建的冷链仓储中心投入使用'],
		date: '2024-09-03',
		source: '县融媒体中心',
		text: [
			'9月3日，位于县城东侧物流园的冷链仓储中心正式投入使用，可同时储存果蔬、牛羊肉等农产品三千余吨。',
			'该中心总投资一点二亿元，建有低温库、恒温库和分拣车间，配套冷藏运输车辆四十台，服务范围覆盖全县十二个乡镇。',
			'过去，当地的高原蔬菜采收后只能就地低价出售，损耗率一度超过三成。中心建成后，农户采收的蔬菜当天即可入库预冷，再统一发往周边城市。',
			'县商务部门负责人表示，下一步将引导更多合作社和电商企业入驻，让农产品卖得出、卖得远、卖上好价钱。',
		].join('\n'),
	},
	{
		id: 't-2',
		title: '山区学校用上了远程同步课堂',
		headlineLines: ['山区学校用上了远程同步课堂'],
		date: '2024-11-20',
		source: '县教育体育局',
		text: [
			'11月20日上午，海拔三千多米的一所村小里，二十多名学生通过大屏幕和县城学校的同学一起上了一堂英语课。',
			'今年以来，全县投入专项资金八百万元，为二十六所农村学校建成远程同步课堂，实现城乡学校课程同步、教研同步。',
			'授课教师在县城学校的教室里讲课，村小的老师在现场辅导，两边的学生可以实时提问、互动答题。',
			'县教育体育局表示，将继续扩大同步课堂覆盖面，并组织城区骨干教师定期到乡村学校送教，缩小城乡教育差距。',
		].join('\n'),
	},
];

const page = testPageBuilder('t', (seed) => [ARTICLES[seed % 2]!], [
	'全县秋粮收购工作有序推进',
	'城区新增两处便民停车场',
]);
const pagesWith = (split: WebSplit, layout: WebLayout, has: (p: WebPage) => boolean) =>
	pagesOf(page, split, layout, has);

const T = codeFormats('t');
const NEW_KINDS: [string, WebLayout, number][] = [
	['fold-line', 'reprint', T.foldLine!.rate],
	['source-link', 'reprint', T.sourceLink!.rate],
	['issue-guide', 'epaper', T.issueGuide!.rate],
	['banner-strip', 'portal', T.bannerStrip!.rate],
];

/** The furniture lines of `family` on a page, joined. */
const textOf = (p: WebPage, family: string) =>
	p.furniture
		.filter((f) => f.family === family)
		.map((f) => f.line)
		.join('\n');

describe('T 组（留出，盲写）', () => {
	test('T 排在 S 之后，已不再留出（U 接替）', () => {
		expect(HELD_OUT_SPLIT).not.toBe('t');
		expect(WEB_SPLITS.indexOf('t')).toBe(WEB_SPLITS.indexOf('s') + 1);
	});

	test.each(NEW_KINDS)('T 的 %s 按比例出现（%s），完美抽取全对', (family, layout, rate) => {
		expectAtRateAllRight(pagesWith('t', layout, hasFamily(family)), rate);
	});

	test.each(NEW_KINDS)('T 的 %s 是家具（%s），留在正文里算不干净', (family, layout) => {
		expectCaughtInBody(pagesWith('t', layout, hasFamily(family)).slice(0, 5), family);
	});

	test.each(WEB_SPLITS.filter((sp) => !['t', 'u', 'v', 'w', 'y', 'z', 'aa', 'ab'].includes(sp)))(
		'%s 没有 T 的新版块',
		(split) => {
			const f = codeFormats(split);
			expect([f.foldLine, f.sourceLink, f.issueGuide, f.bannerStrip]).toEqual([
				undefined,
				undefined,
				undefined,
				undefined,
			]);
			const families = familiesOf(page, split, ['portal', 'reprint', 'wechat', 'epaper']);
			for (const [family] of NEW_KINDS) expect(families.has(family)).toBe(false);
		},
	);

	test('“展开全文”夹在前两段之后，剩余比例按折叠处以下的字数算', () => {
		const pages = [
			...pagesWith('t', 'reprint', hasFamily('fold-line')),
			...pagesWith('t', 'portal', hasFamily('fold-line')),
		];
		let percents = 0;
		for (const p of pages) {
			const [first, last] = bodySpan(p);
			const [at] = familyLines(p, 'fold-line');
			expect(at).toBeGreaterThan(first);
			expect(at).toBeLessThan(last);
			const paras = p.articles[0]!.body.split('\n');
			const total = paras.join('').length;
			const shares = [1, 2].map((n) => Math.round((paras.slice(n).join('').length / total) * 100));
			const percent = /(\d+)%/u.exec(textOf(p, 'fold-line'));
			if (percent === null) continue;
			percents++;
			expect(shares).toContain(Number(percent[1]));
		}
		expect(percents).toBeGreaterThan(0);
	});

	test('原文链接在正文之后，地址里带着文章的日期', () => {
		const pages = [
			...pagesWith('t', 'reprint', hasFamily('source-link')),
			...pagesWith('t', 'wechat', hasFamily('source-link')),
		];
		expect(pages.some((p) => p.layout === 'wechat')).toBe(true);
		for (const p of pages) {
			const [, last] = bodySpan(p);
			for (const at of familyLines(p, 'source-link')) expect(at).toBeGreaterThan(last);
			const [y, m, d] = p.articles[0]!.date.split('-') as [string, string, string];
			const dated = [`${y}${m}${d}`, `${y}/${Number(m)}/${Number(d)}/`, `${y}-${m}/${d}/`];
			expect(dated.some((s) => textOf(p, 'source-link').includes(s))).toBe(true);
		}
	});

	test('今日导读在本版文章之前或之后，列的是别的文章', () => {
		let top = 0;
		const pages = pagesWith('t', 'epaper', hasFamily('issue-guide'));
		for (const p of pages) {
			const lines = linesOf(p);
			const titles = p.articles.map((a) => lines.indexOf(a.title)).filter((i) => i >= 0);
			const lastPara = p.articles.at(-1)!.body.split('\n').at(-1)!.slice(-8);
			const end = lines.findLastIndex((l) => l.includes(lastPara));
			for (const at of familyLines(p, 'issue-guide'))
				expect(at < Math.min(...titles) || at > end).toBe(true);
			for (const a of p.articles) expect(textOf(p, 'issue-guide')).not.toContain(a.title);
			expect(textOf(p, 'issue-guide')).toMatch(/全县秋粮收购工作有序推进|城区新增两处便民停车场/u);
			if (familyLines(p, 'issue-guide')[0]! < Math.min(...titles)) top++;
		}
		expect(top).toBeGreaterThan(0);
		expect(top).toBeLessThan(pages.length);
	});

	test('专题横幅在菜单下或页脚上，不在正文里，也不带日期', () => {
		let top = 0;
		const pages = pagesWith('t', 'portal', hasFamily('banner-strip'));
		for (const p of pages) {
			const [first, last] = bodySpan(p);
			const at = familyLines(p, 'banner-strip');
			for (const i of at) expect(i < first || i > last).toBe(true);
			if (at[0]! < first) top++;
			// In the order the page was written, up to a second saved copy: the strip, then the footers.
			const families = p.furniture.map((f) => f.family);
			const cut = families.indexOf('second-copy');
			const written = cut < 0 ? families : families.slice(0, cut);
			if (at[0]! > last) {
				const bottom = written.filter((f) => f === 'banner-strip' || f === 'footer').join(' ');
				expect(bottom).toMatch(/^(banner-strip ?)+(footer ?)*$/u);
			}
			expect(textOf(p, 'banner-strip')).not.toMatch(/\d{4}\D{1,3}\d{1,2}\D{1,3}\d{1,2}/u);
		}
		expect(top).toBeGreaterThan(0);
		expect(top).toBeLessThan(pages.length);
	});
});
