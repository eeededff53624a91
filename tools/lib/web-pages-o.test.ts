import { describe, expect, test } from 'vitest';
import { codeFormats } from './web-pages-formats.ts';
import { HELD_OUT_SPLIT, WEB_SPLITS, type WebSplit } from './web-pages-furniture.ts';
import { keptFurniture } from './web-pages-score.ts';
import {
	expectAtRateAllRight,
	familiesOf,
	hasFamily,
	linesOf,
	pagesWith as pagesOf,
	testPageBuilder,
} from './web-pages-test-pages.ts';
import type { SourceArticle, WebLayout, WebPage } from './web-pages.ts';

// Articles written for these tests (not corpus text).
const ARTICLES: SourceArticle[] = [
	{
		id: 'o-1',
		title: '县里召开农村人居环境整治现场推进会',
		headlineLines: ['县里召开农村人居环境整治现场推进会'],
		date: '2024-06-12',
		source: '县农业农村局',
		text: [
			'6月11日，全县农村人居环境整治现场推进会召开，与会人员实地察看了三个村的改厕和污水治理项目。',
			'会议要求，各乡镇要对照年度任务清单，倒排工期，确保十月底前完成全部改造任务。',
			'会上，两个乡镇作了交流发言，县有关部门负责人参加会议。',
		].join('\n'),
	},
	{
		id: 'o-2',
		title: '县图书馆暑期少儿阅读活动开始报名',
		headlineLines: ['县图书馆暑期少儿阅读活动开始报名'],
		date: '2023-07-03',
		source: '县文化馆',
		text: [
			'县图书馆暑期少儿阅读活动即日起接受报名，活动面向全县小学生，共设绘本共读、手工制作等六个项目。',
			'家长可通过图书馆服务台或电话报名，每个项目名额有限，报满即止。',
		].join('\n'),
	},
];

const page = testPageBuilder('o', (seed) => [ARTICLES[seed % 2]!], [
	'全县夏粮收购工作全面展开',
	'县人民医院新门诊楼投入使用',
]);
const pagesWith = (split: WebSplit, layout: WebLayout, has: (p: WebPage) => boolean) =>
	pagesOf(page, split, layout, has);

/** Index of the first line of the page's body, and of its last (in the first copy of a page saved twice). */
function bodySpan(p: WebPage): [number, number] {
	const paras = p.articles[0]!.body.split('\n');
	const lines = linesOf(p);
	const first = lines.findIndex((l) => l.length >= 4 && paras[0]!.startsWith(l));
	const end = paras.at(-1)!.slice(-8);
	const last = lines.findIndex((l, i) => i >= first && l.includes(end));
	return [first, last];
}

/** Index of the headline's (first) line. */
function titleLine(p: WebPage): number {
	const title = p.articles[0]!.title.replace(/\s/gu, '');
	return linesOf(p).findIndex((l) => l.length >= 4 && title.startsWith(l.replace(/\s/gu, '')));
}

/** Index of the first line of `family` on the page, and of its last. */
function familySpan(p: WebPage, family: string): [number, number] {
	const own = p.furniture.filter((f) => f.family === family).map((f) => f.line);
	const lines = linesOf(p);
	const holds = (l: string) => own.some((f) => l === f || (f.length >= 8 && l.endsWith(f)));
	return [lines.findIndex(holds), lines.findLastIndex(holds)];
}

/** A breadcrumb that dates the page: a meta line (it holds the outlet) above the headline. */
const crumbDated = (p: WebPage): boolean =>
	p.furniture.some((f) => f.family === 'meta' && /首页/u.test(f.line) && !/\n/u.test(f.line));

const NEW_KINDS: [string, WebLayout, number][] = [
	['column-label', 'portal', codeFormats('o').columnLabel!.rate],
	['column-label', 'reprint', codeFormats('o').columnLabel!.rate],
	['tag-line', 'portal', codeFormats('o').tagLine!.rate],
	['tag-line', 'reprint', codeFormats('o').tagLine!.rate],
	['follow-run-in', 'portal', codeFormats('o').followRunIn!.rate],
	['follow-run-in', 'reprint', codeFormats('o').followRunIn!.rate],
	['follow-run-in', 'wechat', codeFormats('o').followRunIn!.rate],
];

describe('O 划分', () => {
	test('O 排在 A–N 之后，已不再留出（P 留出）', () => {
		expect(HELD_OUT_SPLIT).not.toBe('o');
		expect(WEB_SPLITS.indexOf('o')).toBe(WEB_SPLITS.indexOf('n') + 1);
	});

	test.each(NEW_KINDS)('O 的 %s 页（%s）按其比率出现，完美抽取全对', (family, layout, rate) => {
		const pages = pagesWith('o', layout, hasFamily(family));
		expectAtRateAllRight(pages, rate);
	});

	test('O 的面包屑带日期页按其比率出现，完美抽取全对', () => {
		const pages = pagesWith('o', 'portal', crumbDated);
		const rate = codeFormats('o').crumbDate!.rate;
		expectAtRateAllRight(pages, rate);
	});

	test.each(
		WEB_SPLITS.filter(
			(sp) =>
				!['o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 'aa', 'ab'].includes(sp),
		),
	)('%s 划分没有 O 的新页面', (split) => {
		const f = codeFormats(split);
		expect([f.columnLabel, f.crumbDate, f.tagLine, f.followRunIn]).toEqual([
			undefined,
			undefined,
			undefined,
			undefined,
		]);
		const families = familiesOf(page, split, ['portal', 'reprint', 'wechat']);
		for (const [family] of NEW_KINDS) expect(families.has(family)).toBe(false);
		expect(families.has('font-size')).toBe(false);
	});

	test('栏目标签在标题之上，字号行在标题与正文之间', () => {
		for (const layout of ['portal', 'reprint'] as const)
			for (const p of pagesWith('o', layout, hasFamily('column-label'))) {
				const [label] = familySpan(p, 'column-label');
				const title = titleLine(p);
				expect(label).toBeGreaterThanOrEqual(0);
				expect(label).toBeLessThan(title);
				const [size] = familySpan(p, 'font-size');
				if (size >= 0) {
					expect(size).toBeGreaterThan(title);
					expect(size).toBeLessThan(bodySpan(p)[0]);
				}
			}
	});

	test('面包屑带日期的页面只在标题之上署日期和来源', () => {
		for (const p of pagesWith('o', 'portal', crumbDated)) {
			const title = titleLine(p);
			const lines = linesOf(p);
			const crumb = lines.findIndex((l) => /首页/u.test(l) && l.includes(p.articles[0]!.source));
			// A copy that lost the breaks between menu items runs the breadcrumb into the top line.
			expect(crumb).toBeGreaterThanOrEqual(0);
			expect(crumb).toBeLessThan(title);
			expect(lines[crumb]).toMatch(/20[12]\d/u);
			const below = p.furniture.filter((f) => f.family === 'meta' && !/首页/u.test(f.line));
			expect(below).toEqual([]);
		}
	});

	test('关键词块在正文之后，列出两到四个不同的标签', () => {
		for (const layout of ['portal', 'reprint'] as const)
			for (const p of pagesWith('o', layout, hasFamily('tag-line'))) {
				const [tags] = familySpan(p, 'tag-line');
				expect(tags).toBeGreaterThan(bodySpan(p)[1]);
				const line = p.furniture.find((f) => f.family === 'tag-line')!.line;
				const listed = codeFormats('o').tagLine!.tags.filter((t) => line.includes(t));
				expect(listed.length).toBeGreaterThanOrEqual(2);
				expect(listed.length).toBeLessThanOrEqual(4);
			}
	});

	test('扫码关注接在末段之后：末段仍是正文，留下它就算没清干净', () => {
		for (const layout of ['portal', 'reprint', 'wechat'] as const)
			for (const p of pagesWith('o', layout, hasFamily('follow-run-in'))) {
				const truth = p.articles[0]!;
				const prompt = p.furniture.find((f) => f.family === 'follow-run-in')!.line;
				const lines = linesOf(p);
				const joined = lines.find((l) => l.endsWith(prompt))!;
				expect(joined.length).toBeGreaterThan(prompt.length);
				expect(truth.body.split('\n').at(-1)!.endsWith(joined.slice(-prompt.length))).toBe(false);
				expect(truth.body).not.toContain(prompt);
				// A reader that keeps the joined line whole keeps the prompt.
				const kept = truth.body.split('\n').slice(0, -1).concat(joined).join('\n');
				expect(keptFurniture(kept, truth, p.furniture).map((f) => f.family)).toContain(
					'follow-run-in',
				);
			}
	});
});
