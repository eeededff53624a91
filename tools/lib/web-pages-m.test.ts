import { describe, expect, test } from 'vitest';
import { HELD_OUT_SPLIT, WEB_SPLITS, type WebSplit } from './web-pages-furniture.ts';
import { emptyWebScores, scoreWebPage } from './web-pages-score.ts';
import {
	familiesOf,
	hasFamily,
	linesOf,
	pagesWith as pagesOf,
	testPageBuilder,
	perfectScores,
	perfectExtraction as perfect,
} from './web-pages-test-pages.ts';
import type { SourceArticle, WebLayout, WebPage } from './web-pages.ts';

// Articles written for these tests (not corpus text); the first has a headline long enough to be cut.
const ARTICLES: SourceArticle[] = [
	{
		id: 'm-1',
		title: '全县农村公路养护实现专业化管理 群众出行更加便捷安全',
		headlineLines: ['全县农村公路养护实现专业化管理 群众出行更加便捷安全'],
		date: '2024-06-03',
		source: '测试县融媒体中心',
		text: [
			'今年以来，县交通运输局把农村公路养护交给专业队伍，按路段签订养护合同。',
			'养护队伍每周巡查一次，坑槽、边沟淤堵等问题在三天内处理完毕。',
			'县里还在每个乡镇设立路长公示牌，群众发现问题可以拨打电话反映。',
			'下一步，该县将把养护情况纳入乡镇年度考核。',
		].join('\n'),
	},
	{
		id: 'm-2',
		title: '社区老年大学秋季班开课',
		headlineLines: ['社区老年大学秋季班开课'],
		date: '2023-09-11',
		source: '测试晚报',
		text: '街道社区老年大学秋季班日前开课，开设书法、合唱、智能手机使用等八门课程。\n报名的三百余名学员按兴趣分班，每周上课两次。\n课程全部免费，教室设在社区党群服务中心。',
	},
];

const page = testPageBuilder('m', (seed) => [ARTICLES[seed % 2]!], [
	'另一篇文章的标题',
	'又一篇文章的标题',
]);
const pagesWith = (split: WebSplit, layout: WebLayout, has: (p: WebPage) => boolean) =>
	pagesOf(page, split, layout, has);
/** The pages of M with `family`, saved once (a page saved twice repeats every line). */
const savedOnce = (layout: WebLayout, family: string) =>
	pagesWith('m', layout, (p) => hasFamily(family)(p) && !hasFamily('second-copy')(p));

/** Index of the line that ends the page's body (its last paragraph may be hard-wrapped). */
function bodyEnd(p: WebPage): number {
	const last = p.articles[0]!.body.split('\n').at(-1)!;
	return linesOf(p).findIndex((l) => l.length >= 4 && last.endsWith(l));
}

const NEW_KINDS: [string, WebLayout][] = [
	['care-bar', 'portal'],
	['assistant', 'portal'],
	['title-echo', 'portal'],
	['title-echo', 'reprint'],
	['gallery', 'portal'],
	['gallery', 'wechat'],
	['second-copy', 'portal'],
	['second-copy', 'reprint'],
	['source-end', 'reprint'],
	['source-end', 'portal'],
];

describe('M 划分', () => {
	test('M 排在 A–L 之后，已不再留出（N 留出）', () => {
		expect(HELD_OUT_SPLIT).not.toBe('m');
		expect(WEB_SPLITS.indexOf('m')).toBe(WEB_SPLITS.indexOf('l') + 1);
	});

	test.each(NEW_KINDS)('M 的 %s 页（%s）出现，且完美抽取得满分', (family, layout) => {
		const pages = pagesWith('m', layout, hasFamily(family));
		expect(pages.length).toBeGreaterThan(3);
		const n = pages.length;
		expect(perfectScores(pages)).toEqual([n, n, n, n, n, 0]);
	});

	test.each(
		WEB_SPLITS.filter(
			(sp) =>
				!['m', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'y', 'z', 'aa', 'ab'].includes(sp),
		),
	)('%s 划分没有 M 的新页面', (split) => {
		const families = familiesOf(page, split, ['portal', 'reprint', 'wechat']);
		for (const [family] of NEW_KINDS) expect(families.has(family)).toBe(false);
	});

	test('标题回显：浏览器标题行与面包屑都含标题（或其截断），标题仍单独成行', () => {
		for (const p of savedOnce('portal', 'title-echo')) {
			const title = p.articles[0]!.title;
			const echoes = p.furniture.filter((f) => f.family === 'title-echo').map((f) => f.line);
			expect(echoes).toHaveLength(2);
			for (const line of echoes) {
				expect(line).not.toBe(title);
				expect(line.includes(title) || line.includes(title.slice(0, 18))).toBe(true);
			}
			// The headline itself follows, maybe broken over two lines.
			const lines = linesOf(p);
			const crumb = lines.indexOf(echoes[1]!);
			expect(lines.some((l, i) => i > crumb && l.length >= 2 && title.startsWith(l))).toBe(true);
		}
	});

	test('组图：每段后一张图，计数从 1 到段数，同一页计数格式一致', () => {
		for (const p of savedOnce('portal', 'gallery')) {
			const paras = p.articles[0]!.body.split('\n').length;
			const lines = p.furniture.filter((f) => f.family === 'gallery').map((f) => f.line);
			const shapes = new Map<string, string[]>();
			for (const l of lines.filter((x) => /\d/u.test(x))) {
				const shape = l.replace(/\d+/gu, '#');
				shapes.set(shape, [...(shapes.get(shape) ?? []), l]);
			}
			const counters = [...shapes.values()].find((ls) => ls.length === paras);
			expect(counters).toBeDefined();
			counters!.forEach((l, i) => expect(l.match(/\d+/gu)).toEqual([String(i + 1), String(paras)]));
		}
	});

	test('存了两次的页面仍是一篇文章；两份都留下时判为不干净', () => {
		const pages = pagesWith('m', 'portal', hasFamily('second-copy'));
		for (const p of pages) {
			expect(p.articles).toHaveLength(1);
			const last = p.articles[0]!.body.split('\n').at(-1)!.replace(/\s/gu, '');
			expect(p.text.replace(/\s/gu, '').split(last)).toHaveLength(3);
		}
		const s = emptyWebScores();
		for (const p of pages)
			scoreWebPage(
				p,
				perfect(p).map((it) => ({ ...it, body: `${it.body}\n${it.body}` })),
				s,
			);
		expect(s.clean).toBe(0);
		expect(s.found).toBe(pages.length);
	});

	test('文末注明来源的转载页：标题下只有日期，来源在正文之后', () => {
		for (const p of savedOnce('reprint', 'source-end')) {
			const { source } = p.articles[0]!;
			const end = p.furniture.find((f) => f.family === 'source-end')!.line;
			expect(end).toContain(source);
			expect(linesOf(p).indexOf(end)).toBeGreaterThan(bodyEnd(p));
			const meta = p.furniture.filter((f) => f.family === 'meta');
			expect(meta.length).toBeGreaterThan(0);
			for (const f of meta) expect(f.line).not.toContain(source);
		}
	});

	test('无障碍工具条在页首或页脚之后，智能问答在正文之后', () => {
		for (const p of savedOnce('portal', 'care-bar')) {
			const lines = linesOf(p);
			const bar = p.furniture.find((f) => f.family === 'care-bar')!.line;
			const ask = p.furniture.find((f) => f.family === 'assistant')!.line;
			expect(lines.indexOf(ask)).toBeGreaterThan(bodyEnd(p));
			const at = lines.indexOf(bar);
			expect(at === 0 || at > lines.indexOf(ask)).toBe(true);
		}
	});
});
