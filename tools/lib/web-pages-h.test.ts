import { describe, expect, test } from 'vitest';
import { HELD_OUT_SPLIT, WEB_SPLITS, type WebSplit } from './web-pages-furniture.ts';
import { codeFormats } from './web-pages-formats.ts';
import type { SourceArticle, WebLayout, WebPage } from './web-pages.ts';
import { linesOf, pagesWith as splitPagesWith, testPageBuilder } from './web-pages-test-pages.ts';
import { breakTitle, hardWrap } from './web-pages-wrap.ts';

// Short articles written for these tests (not corpus text).
const ARTICLES: SourceArticle[] = [
	{
		id: 'h-1',
		title: '青石镇启动农村饮水提升工程，惠及十二个行政村',
		headlineLines: ['青石镇启动农村饮水提升工程，惠及十二个行政村'],
		date: '2024-06-18',
		source: '青石融媒',
		text: '青石镇近日启动农村饮水提升工程，新建水厂一座、改造管网四十公里，工程完工后十二个行政村的群众将喝上达标的自来水。\n镇政府成立工程专班，每周到现场协调用地和施工问题，确保年底前全部通水。\n群众代表表示，过去一到旱季就要到几公里外挑水，如今家门口就能用上干净的水。',
	},
	{
		id: 'h-2',
		title: '北坪县举办2024年秋季农民丰收节系列活动',
		headlineLines: ['喜庆丰收 共享成果', '北坪县举办2024年秋季农民丰收节系列活动'],
		date: '2023-09-23',
		source: '北坪发布',
		text: '秋分时节，北坪县在县城广场举办农民丰收节，各乡镇带来的特色农产品摆满了展台，吸引了上千名群众前来选购。\n活动现场还举行了农耕体验、农技咨询和文艺演出，种植大户和合作社代表分享了今年的增收经验。',
	},
];

const page = testPageBuilder(
	'h',
	(seed, layout) => (layout === 'epaper' ? [ARTICLES[0]!] : [ARTICLES[seed % 2]!]),
	['西岭乡举办农技培训班', '南渠街道开展消防演练'],
);
const BEFORE_H = WEB_SPLITS.slice(0, WEB_SPLITS.indexOf('h'));

/** Pages of `split` whose layout `has`. */
const pagesWith = (split: WebSplit, layout: WebLayout, has: (p: WebPage) => boolean) =>
	splitPagesWith(page, split, layout, has);

const isCopy = (p: WebPage) => p.furniture.some((f) => f.family === 'wechat-head');
const hasTable = (p: WebPage) => p.furniture.some((f) => f.family === 'info-table');
const isWrapped = (p: WebPage) =>
	p.articles[0]!.body.split('\n').some((para) => !linesOf(p).includes(para));
const isBroken = (p: WebPage) => !linesOf(p).includes(p.articles[0]!.title);

describe('split H', () => {
	test('H 排在 A–G 之后，已不再留出', () => {
		expect(HELD_OUT_SPLIT).not.toBe('h');
		expect(WEB_SPLITS.indexOf('h')).toBe(7);
	});

	test('H 划分有的微信页面是整篇复制的公众号文章：标题下是原创、账号、时间与发表地，没有门户网站的菜单与页脚', () => {
		const copies = pagesWith('h', 'wechat', isCopy);
		expect(copies.length).toBeGreaterThan(30);
		const portal = ['site-header', 'nav', 'breadcrumb', 'footer', 'toolbar', 'search'];
		for (const p of copies) {
			const lines = linesOf(p);
			const truth = p.articles[0]!;
			expect(lines[0]).toBe(truth.title);
			expect(p.furniture.filter((f) => portal.includes(f.family))).toEqual([]);
			// The header's time line is the page's meta line: it gives the article's day.
			const meta = p.furniture.filter((f) => f.family === 'meta');
			expect(meta).toHaveLength(1);
			const [y, m, d] = truth.date.split('-').map(Number);
			expect(meta[0]!.line).toMatch(new RegExp(`${y}(-|年)0?${m}(-|月)0?${d}`, 'u'));
			// The gold outlet is the account when the header names it (原创 only then), else a 来源 or
			// 转自 line names it.
			const head = p.furniture
				.filter((f) => f.family === 'meta' || f.family === 'wechat-head')
				.map((f) => f.line)
				.join(' ');
			if (head.includes('原创')) expect(head).toContain(truth.source);
			const named = p.furniture.some(
				(f) => /来源|转自/u.test(f.line) && f.line.includes(truth.source),
			);
			expect(head.includes(truth.source) || named).toBe(true);
		}
		// An account's own article is marked 原创 somewhere and the account is its source; a repost
		// names where it comes from.
		expect(copies.some((p) => p.text.includes('原创'))).toBe(true);
		expect(copies.some((p) => /发表于/u.test(p.text))).toBe(true);
		for (const split of BEFORE_H) expect(pagesWith(split, 'wechat', isCopy)).toEqual([]);
	});

	test('H 划分有的门户页面在标题上方印政务公开表格，日期行记作 meta', () => {
		const tabled = pagesWith('h', 'portal', hasTable);
		expect(tabled.length).toBeGreaterThan(15);
		for (const p of tabled) {
			const lines = linesOf(p);
			const table = p.furniture.filter((f) => f.family === 'info-table');
			const titleAt = lines.indexOf(p.articles[0]!.title);
			if (titleAt >= 0) for (const f of table) expect(lines.indexOf(f.line)).toBeLessThan(titleAt);
			expect(p.furniture.some((f) => f.family === 'meta')).toBe(true);
			// The table's 发布机构 is the gold outlet: its rows, down to the headline, name it.
			const first = lines.indexOf(table[0]!.line);
			const heads = p.articles[0]!.headlines;
			const end = lines.findIndex(
				(l, i) => i > first && l !== '' && heads.some((h) => h.startsWith(l)),
			);
			expect(lines.slice(first, end).join('\n')).toContain(p.articles[0]!.source);
		}
		for (const split of BEFORE_H) expect(pagesWith(split, 'portal', hasTable)).toEqual([]);
	});

	test('H 划分有的门户与电子版页面正文按固定宽度折行，A–G 划分从不如此', () => {
		const most = codeFormats('h').hardWrap!.columns[1];
		/** Half-width columns of a line: two for a CJK or full-width character. */
		const columns = (l: string) =>
			[...l].reduce((n, ch) => n + (ch.codePointAt(0)! > 0xff ? 2 : 1), 0);
		for (const layout of ['portal', 'epaper'] as const) {
			const wrapped = pagesWith('h', layout, isWrapped);
			expect(wrapped.length).toBeGreaterThan(10);
			for (const p of wrapped) {
				const lines = p.text.split(/\r?\n/u).map((l) => l.trimEnd());
				for (const para of p.articles[0]!.body.split('\n')) {
					// The paragraph's lines, in order, none wider than the widest column count (a closing
					// punctuation mark may hang past it).
					const start = lines.findIndex((l) => l.trim() !== '' && para.startsWith(l.trim()));
					const own: string[] = [];
					for (let i = start; own.join('').length < para.length; i++) own.push(lines[i]!.trim());
					expect(own.join('')).toBe(para);
					for (const line of own) expect(columns(line)).toBeLessThanOrEqual(most + 2);
				}
			}
			for (const split of BEFORE_H) expect(pagesWith(split, layout, isWrapped)).toEqual([]);
		}
		expect(pagesWith('h', 'wechat', isWrapped)).toEqual([]);
	});

	test('H 划分有的页面把标题折成两行，真值仍是整个标题', () => {
		const broken = pagesWith('h', 'portal', isBroken);
		expect(broken.length).toBeGreaterThan(5);
		for (const p of broken) {
			const lines = linesOf(p);
			const title = p.articles[0]!.title;
			const at = lines.findIndex((l, i) => l !== '' && l + lines[i + 1] === title);
			expect(at).toBeGreaterThanOrEqual(0);
			// The truth is the whole headline, not the line it starts on.
			expect(lines[at]!.length).toBeLessThan(title.length);
		}
		for (const split of BEFORE_H) expect(pagesWith(split, 'portal', isBroken)).toEqual([]);
	});
});

describe('hardWrap', () => {
	const para =
		'青石镇近日启动农村饮水提升工程，新建水厂一座、改造管网40公里，工程完工后十二个行政村的群众将喝上达标的自来水。';

	test('按半角列宽折行，拼回原文', () => {
		const lines = hardWrap(para, 40);
		expect(lines.join('')).toBe(para);
		expect(lines.length).toBeGreaterThan(2);
		// 20 CJK characters take 40 columns; a line with digits holds more characters.
		expect([...lines[0]!]).toHaveLength(20);
		expect(lines.some((l) => /40/u.test(l) && [...l].length > 20)).toBe(true);
	});

	test('逗号句号不落在行首（避头点）', () => {
		for (let columns = 8; columns <= 50; columns++)
			for (const line of hardWrap(para, columns)) expect(line).not.toMatch(/^[，。、]/u);
	});

	test('列宽不合理时报错并说明', () => {
		expect(() => hardWrap(para, 2)).toThrowErrorMatchingInlineSnapshot(
			`[TypeError: \`columns\` must be a whole number of at least 4, not 2]`,
		);
	});
});

describe('breakTitle', () => {
	const always = () => 0;

	test('在中段的逗号后折行', () => {
		expect(breakTitle('青石镇启动农村饮水提升工程，惠及十二个行政村', always)).toEqual([
			'青石镇启动农村饮水提升工程，',
			'惠及十二个行政村',
		]);
	});

	test('在空格处折行，空格不留', () => {
		expect(breakTitle('喜庆丰收 北坪县举办农民丰收节系列活动', always)).toEqual([
			'喜庆丰收',
			'北坪县举办农民丰收节系列活动',
		]);
	});

	test('没有停顿处时按标题框宽度折行，短标题不折', () => {
		const parts = breakTitle('北坪县举办2024年秋季农民丰收节系列活动', always)!;
		expect(parts.join('')).toBe('北坪县举办2024年秋季农民丰收节系列活动');
		expect([...parts[0]]).toHaveLength(10);
		expect(breakTitle('社区食堂开业', always)).toBeNull();
	});
});
