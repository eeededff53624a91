import { describe, expect, test } from 'vitest';
import { HELD_OUT_SPLIT, WEB_SPLITS, type WebSplit } from './web-pages-furniture.ts';
import {
	hasFamily,
	linesOf,
	pagesWith as pagesOf,
	testPageBuilder,
} from './web-pages-test-pages.ts';
import type { SourceArticle, WebLayout, WebPage } from './web-pages.ts';

// Short articles written for these tests (not corpus text).
const ARTICLES: SourceArticle[] = [
	{
		id: 'k-1',
		title: '县医保局开通异地就医备案网上办理',
		headlineLines: ['县医保局开通异地就医备案网上办理'],
		date: '2024-06-12',
		source: '测试县医疗保障局',
		text: '参保群众通过手机即可办理异地就医备案，无需再到窗口提交材料。\n备案成功后，在就医地定点医院可直接结算住院费用。\n县医保局提醒，备案信息变更也可在网上办理。',
	},
	{
		id: 'k-2',
		title: '全镇完成农村公路安全隐患排查整治',
		headlineLines: ['守护群众出行安全', '全镇完成农村公路安全隐患排查整治'],
		date: '2023-11-03',
		source: '测试镇人民政府',
		text: '镇交通管理站对辖区农村公路逐段排查，共发现并整改隐患点二十三处。\n急弯陡坡路段新增警示标志和防护栏，临水路段设置了减速带。',
	},
];

const page = testPageBuilder('k', (seed) => [ARTICLES[seed % 2]!], [
	'另一篇文章的标题',
	'又一篇文章的标题',
]);
const pagesWith = (split: WebSplit, layout: WebLayout, has: (p: WebPage) => boolean) =>
	pagesOf(page, split, layout, has);

/** Index of the line that ends the page's headline (a headline may be broken over two lines). */
function titleAt(p: WebPage): number {
	const title = p.articles[0]!.title;
	return linesOf(p).findIndex((l) => l.length >= 2 && title.endsWith(l));
}
/** Index of the first and the last line of the body. */
function bodyRange(p: WebPage): [number, number] {
	const lines = linesOf(p);
	const paras = p.articles[0]!.body.split('\n');
	return [
		lines.findIndex((l) => l.includes(paras[0]!.slice(0, 12))),
		lines.findLastIndex((l) => l.includes(paras.at(-1)!.slice(-12))),
	];
}
/** Indexes of the lines that furniture of `family` put on the page. */
function linesOfFamily(p: WebPage, family: string): number[] {
	const own = new Set(p.furniture.filter((f) => f.family === family).map((f) => f.line));
	return linesOf(p).flatMap((l, i) => (own.has(l) ? [i] : []));
}
/** The truth is the article as the outlet printed it, whatever the page around it. */
function expectTruth(p: WebPage): void {
	const truth = p.articles[0]!;
	const article = ARTICLES.find((a) => a.id === truth.id)!;
	expect(truth.title).toBe(article.title);
	expect(truth.date).toBe(article.date);
	expect(p.text).toContain(truth.source);
}

describe('split K', () => {
	test('K 排在 A–J 之后，已是开发用的划分（L 留出）', () => {
		expect(HELD_OUT_SPLIT).not.toBe('k');
		expect(WEB_SPLITS.slice(0, 11)).toEqual([
			'a',
			'b',
			'c',
			'd',
			'e',
			'f',
			'g',
			'h',
			'i',
			'j',
			'k',
		]);
	});

	test.each(['portal', 'reprint'] as const)(
		'%s 页面有的存自网页快照或阅读模式：网址与快照说明在标题之上，真值不变',
		(layout) => {
			const pages = pagesWith('k', layout, hasFamily('snapshot-head'));
			expect(pages.length).toBeGreaterThan(3);
			for (const p of pages) {
				const head = linesOfFamily(p, 'snapshot-head');
				expect(Math.max(...head)).toBeLessThan(titleAt(p));
				expectTruth(p);
			}
			// A cached page names the address it was taken from above the site's own header.
			const cached = pages.filter(hasFamily('site-header'));
			for (const p of cached)
				expect(
					linesOfFamily(p, 'snapshot-head').some((i) => /https?:\/\//u.test(linesOf(p)[i]!)),
				).toBe(true);
			// A reader-mode copy keeps none of the site's menus and footers.
			const reader = pages.filter((p) => !hasFamily('nav')(p) && !hasFamily('site-header')(p));
			expect(reader.length).toBeGreaterThan(0);
			for (const p of reader) expect(hasFamily('footer')(p)).toBe(false);
		},
	);

	test.each(['portal', 'reprint'] as const)(
		'%s 页面有的连同网友留言一起保存：留言在正文之后，不入正文',
		(layout) => {
			const pages = pagesWith('k', layout, hasFamily('comment-thread'));
			expect(pages.length).toBeGreaterThan(3);
			for (const p of pages) {
				const [, last] = bodyRange(p);
				expect(Math.min(...linesOfFamily(p, 'comment-thread'))).toBeGreaterThan(last);
				for (const f of p.furniture.filter((x) => x.family === 'comment-thread'))
					expect(p.articles[0]!.body).not.toContain(f.line);
				expectTruth(p);
			}
		},
	);

	test('门户页面有的把来源、日期印成标题下的表格行：含来源或日期的行记作 meta', () => {
		const pages = pagesWith('k', 'portal', hasFamily('meta-row'));
		expect(pages.length).toBeGreaterThan(3);
		for (const p of pages) {
			const at = titleAt(p);
			const rows = [...linesOfFamily(p, 'meta-row'), ...linesOfFamily(p, 'meta')];
			expect(Math.min(...rows)).toBe(at + 1);
			const metas = p.furniture.filter((f) => f.family === 'meta').map((f) => f.line);
			expect(metas.some((m) => /[0-9０-９]/u.test(m))).toBe(true);
			expectTruth(p);
		}
	});

	test('编者按或导语在标题之后、正文之前，不入正文', () => {
		const pages = (['portal', 'reprint', 'wechat'] as const).flatMap((layout) =>
			pagesWith('k', layout, hasFamily('editor-note')),
		);
		expect(pages.length).toBeGreaterThan(5);
		for (const p of pages) {
			const [first] = bodyRange(p);
			const note = linesOfFamily(p, 'editor-note');
			expect(Math.max(...note)).toBeLessThan(first);
			for (const f of p.furniture.filter((x) => x.family === 'editor-note'))
				expect(p.articles[0]!.body).not.toContain(f.line);
		}
	});

	test('微信与电子版页面没有快照头、留言区和表格行；电子版没有编者按', () => {
		const kinds = ['snapshot-head', 'comment-thread', 'meta-row'];
		for (const kind of kinds) {
			expect(pagesWith('k', 'wechat', hasFamily(kind))).toEqual([]);
			expect(pagesWith('k', 'epaper', hasFamily(kind))).toEqual([]);
		}
		expect(pagesWith('k', 'epaper', hasFamily('editor-note'))).toEqual([]);
	});

	test('K 以前的划分从不生成这四种页面', () => {
		const kinds = ['snapshot-head', 'comment-thread', 'meta-row', 'editor-note'];
		const has = (p: WebPage) => kinds.some((k) => hasFamily(k)(p));
		for (const split of WEB_SPLITS.filter((sp) => sp !== 'k'))
			for (const layout of ['portal', 'reprint'] as const)
				expect(pagesWith(split, layout, has)).toEqual([]);
	});
});
