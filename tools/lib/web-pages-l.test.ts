import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from './project.ts';
import {
	HELD_OUT_SPLIT,
	readWebFurniture,
	WEB_SPLITS,
	type WebSplit,
} from './web-pages-furniture.ts';
import {
	hasFamily,
	linesOf,
	pagesWith as pagesOf,
	TEST_SEEDS,
	testPageBuilder,
} from './web-pages-test-pages.ts';
import { WEB_LAYOUTS, type SourceArticle, type WebLayout, type WebPage } from './web-pages.ts';

// Articles written for these tests (not corpus text); the first is long enough to fill two printed sheets.
const ARTICLES: SourceArticle[] = [
	{
		id: 'l-1',
		title: '县里启动老旧小区加装电梯试点',
		headlineLines: ['县里启动老旧小区加装电梯试点'],
		date: '2024-04-18',
		source: '测试县住房和城乡建设局',
		text: [
			'县住房和城乡建设局近日确定首批六个老旧小区作为加装电梯试点。',
			'试点小区由居民自愿申请，同一单元多数业主同意后即可提出方案。',
			'县财政对每部电梯给予一定补助，其余费用由业主按楼层分担。',
			'住建部门组织设计单位上门勘察，帮助居民选定电梯位置。',
			'施工期间，社区安排专人协调管线迁移和临时通行。',
			'电梯投用后由专业公司负责维护保养，费用公开公示。',
			'试点结束后，县里将总结经验，逐步扩大加装范围。',
		].join('\n'),
	},
	{
		id: 'l-2',
		title: '镇卫生院开设夜间门诊方便群众就医',
		headlineLines: ['延长服务时间', '镇卫生院开设夜间门诊方便群众就医'],
		date: '2023-09-27',
		source: '测试镇人民政府',
		text: '镇卫生院从本月起开设夜间门诊，每天开诊到晚上九点。\n夜间门诊安排内科、儿科医生坐诊，药房和检验科同步值班。\n卫生院表示，将根据就诊人数调整坐诊医生。',
	},
];

const page = testPageBuilder('l', (seed) => [ARTICLES[seed % 2]!], [
	'另一篇文章的标题',
	'又一篇文章的标题',
]);
const pagesWith = (split: WebSplit, layout: WebLayout, has: (p: WebPage) => boolean) =>
	pagesOf(page, split, layout, has);

/** Index of the first and the last line of the page's body (a paragraph may be hard-wrapped). */
function bodyRange(p: WebPage): [number, number] {
	const lines = linesOf(p);
	const paras = p.articles[0]!.body.split('\n');
	const first = lines.findIndex((l) => l.length >= 4 && paras[0]!.startsWith(l));
	const last = lines.findLastIndex((l) => l.length >= 4 && paras.at(-1)!.endsWith(l));
	return [first, last];
}

/** Indices of the lines of `family` on the page, in order (the same pager may recur). */
function linesOfFamily(p: WebPage, family: string): number[] {
	const own = new Set(p.furniture.filter((f) => f.family === family).map((f) => f.line));
	return linesOf(p).flatMap((l, i) => (own.has(l) ? [i] : []));
}

/** Index of the line that starts the page's headline (a headline may be broken over two lines). */
const titleAt = (p: WebPage) =>
	linesOf(p).findIndex((l) => l.length >= 2 && p.articles[0]!.title.startsWith(l));

/** The gold of a page is the article's own title, date and outlet as printed. */
function expectGold(p: WebPage): void {
	const truth = ARTICLES.find((a) => a.id === p.articles[0]!.id)!;
	expect(p.articles[0]!.title).toBe(truth.title);
	expect(p.articles[0]!.date).toBe(truth.date);
	expect(p.text).toContain(p.articles[0]!.source);
	const text = linesOf(p).join('');
	for (const para of p.articles[0]!.body.split('\n')) expect(text).toContain(para);
}

describe('L 划分（留出）', () => {
	test('L 排在 A–K 之后，已不再留出（留出的是 M）', () => {
		expect(HELD_OUT_SPLIT).not.toBe('l');
		expect(WEB_SPLITS.indexOf('l')).toBe(11);
	});

	test('专题页：横幅与专题菜单在标题之上，金标仍是文章本身', () => {
		const pages = pagesWith('l', 'portal', hasFamily('topic-banner'));
		expect(pages.length).toBeGreaterThan(10);
		for (const p of pages) {
			const lines = linesOf(p);
			const banner = p.furniture.filter((f) => f.family === 'topic-banner');
			expect(banner.length).toBeGreaterThanOrEqual(2);
			for (const f of banner) expect(lines.indexOf(f.line)).toBeLessThan(titleAt(p));
			expectGold(p);
		}
	});

	test('分页文章：页码条夹在正文段落之间，最后一条在正文之后', () => {
		const pages = WEB_LAYOUTS.filter((l) => l === 'portal' || l === 'reprint').flatMap((layout) =>
			pagesWith('l', layout, hasFamily('page-bar')),
		);
		expect(pages.length).toBeGreaterThan(10);
		for (const p of pages) {
			const [first, last] = bodyRange(p);
			const bars = linesOfFamily(p, 'page-bar');
			expect(bars.length).toBeGreaterThanOrEqual(2);
			expect(bars.filter((i) => i > first && i < last).length).toBe(bars.length - 1);
			expect(Math.max(...bars)).toBeGreaterThan(last);
			expectGold(p);
		}
	});

	test('浏览器打印：页眉在首行，长文的页眉页脚在正文中重现，打印日期不是文章日期', () => {
		const pages = WEB_LAYOUTS.filter((l) => l === 'portal' || l === 'reprint').flatMap((layout) =>
			pagesWith('l', layout, hasFamily('print-header')),
		);
		expect(pages.length).toBeGreaterThan(10);
		let recurring = 0;
		for (const p of pages) {
			const lines = linesOf(p);
			const heads = p.furniture.filter((f) => f.family === 'print-header');
			const feet = p.furniture.filter((f) => f.family === 'print-footer');
			expect(lines[0]).toBe(heads[0]!.line);
			expect(lines.filter((l) => l !== '').at(-1)).toBe(feet.at(-1)!.line);
			const [first, last] = bodyRange(p);
			const inside = linesOfFamily(p, 'print-footer').filter((i) => i > first && i < last);
			if (inside.length > 0) recurring++;
			// Printed a day or more after the article was posted.
			const [y, m, d] = p.articles[0]!.date.split('-');
			const stamp = heads.map((f) => f.line).join(' ');
			expect(stamp).not.toContain(`${y}/${Number(m)}/${Number(d)}`);
			expect(stamp).not.toContain(`${y}-${m}-${d}`);
			expectGold(p);
		}
		expect(recurring).toBeGreaterThan(0);
	});

	test('L 也用自己的措辞生成早先各划分的页面种类（微信原文、政务公开表、快照、评论、编者按）', () => {
		const texts = TEST_SEEDS.slice(0, 200).flatMap((seed) =>
			WEB_LAYOUTS.map((layout) => page('l', seed, layout).text),
		);
		const has = (pattern: RegExp) => texts.some((t) => pattern.test(t));
		expect(has(/发表于|以下文章来源于|转自：/u)).toBe(true);
		expect(has(/索 引 号：|信息索引号：|索引号 \d/u)).toBe(true);
		expect(has(/原网页地址：|快照时间：|阅读模式|阅读视图/u)).toBe(true);
		expect(has(/IP属地：|网友评论（|全部评论 /u)).toBe(true);
		expect(has(/编者按|【导读】|编者的话/u)).toBe(true);
	});

	test('A–K 划分从不生成专题页、分页文章或打印页', () => {
		const kinds = ['topic-banner', 'page-bar', 'print-header', 'print-footer'];
		for (const split of WEB_SPLITS.filter(
			(sp) =>
				!['l', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'y', 'z', 'aa', 'ab'].includes(sp),
		))
			for (const seed of TEST_SEEDS.slice(0, 60)) {
				const p = page(split, seed, WEB_LAYOUTS[seed % 4]!);
				expect(p.furniture.filter((f) => kinds.includes(f.family))).toEqual([]);
			}
	});

	test('L 组与 K 组共用一串时，读家具文件报错并指明 l 组', () => {
		const raw = JSON.parse(readFileSync(join(PROJECT_ROOT, 'eval/web-furniture.json'), 'utf8')) as {
			families: { id: string; k: string[]; l: string[] }[];
		};
		const footer = raw.families.find((f) => f.id === 'footer')!;
		footer.l = [...footer.l, footer.k[0]!];
		const path = join(mkdtempSync(join(tmpdir(), 'web-furniture-l-')), 'leak-l.json');
		writeFileSync(path, JSON.stringify(raw));
		expect(() => readWebFurniture(path)).toThrow(/leak-l\.json[\s\S]*split l/u);
	});
});
