import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	HELD_OUT_SPLIT,
	readWebFurniture,
	WEB_SPLITS,
	type WebSplit,
} from './web-pages-furniture.ts';
import type { SourceArticle, WebLayout, WebPage } from './web-pages.ts';
import {
	hasFamily as has,
	linesOf,
	pagesWith as splitPagesWith,
	testPageBuilder,
} from './web-pages-test-pages.ts';

// Short articles written for these tests (not corpus text).
const ARTICLES: SourceArticle[] = [
	{
		id: 'j-1',
		title: '青石镇完成农村公路提质改造',
		headlineLines: ['青石镇完成农村公路提质改造'],
		date: '2024-06-18',
		source: '青石融媒',
		text: '青石镇今年提质改造农村公路二十三公里，连通了沿线九个行政村。\n改造后的路面由四米半拓宽到六米，并增设了错车道和安全护栏。\n镇里还在公路沿线建成三个农产品收购点，方便群众出售茶叶和山货。',
	},
	{
		id: 'j-2',
		title: '南溪县启动夏季防汛应急演练',
		headlineLines: ['筑牢安全防线', '南溪县启动夏季防汛应急演练'],
		date: '2023-05-27',
		source: '南溪发布',
		text: '南溪县日前在沿河三个乡镇开展夏季防汛应急演练，参演人员四百余人。\n演练模拟了强降雨引发山洪、河道水位上涨等情况，检验了预警发布和人员转移流程。',
	},
];

const page = testPageBuilder('j', (seed) => [ARTICLES[seed % 2]!], [
	'东岗乡召开春耕生产会',
	'河西街道开展义诊活动',
]);
const BEFORE_J = WEB_SPLITS.slice(0, WEB_SPLITS.indexOf('j'));
const pagesWith = (split: WebSplit, layout: WebLayout, test: (p: WebPage) => boolean) =>
	splitPagesWith(page, split, layout, test);
const DESKTOP_TOP = ['page-title', 'site-header', 'toolbar', 'nav', 'search', 'breadcrumb'];

/**
 * Where the first and the last paragraph of the article sit among the page's lines (a hard-wrapped
 * body starts with a line that begins the first paragraph and ends with one that ends the last).
 */
function bodySpan(p: WebPage): [number, number] {
	const lines = linesOf(p);
	const paras = p.articles[0]!.body.split('\n');
	const first = lines.findIndex((l) => l !== '' && paras[0]!.startsWith(l));
	const last = lines.findLastIndex((l) => l !== '' && paras.at(-1)!.endsWith(l));
	expect(first).toBeGreaterThanOrEqual(0);
	return [first, last];
}

const squeeze = (text: string) => text.replace(/\s/gu, '');

/** Where the headline starts: on one line, or broken over two. */
function titleAt(p: WebPage): number {
	const lines = linesOf(p);
	const title = squeeze(p.articles[0]!.title);
	const at = lines.findIndex(
		(l, i) =>
			squeeze(l) === title ||
			(l !== '' && title.startsWith(squeeze(l)) && squeeze(l + (lines[i + 1] ?? '')) === title),
	);
	expect(at).toBeGreaterThanOrEqual(0);
	return at;
}

/** The index of the first line of furniture `family` on the page. */
function lineOf(p: WebPage, family: string): number {
	return linesOf(p).indexOf(p.furniture.find((f) => f.family === family)!.line);
}

/** The truth of a page is the article as published: its title, its date and the printed source. */
function expectTruthKept(p: WebPage): void {
	const truth = p.articles[0]!;
	const article = ARTICLES.find((a) => a.id === truth.id)!;
	expect(truth.title).toBe(article.title);
	expect(truth.date).toBe(article.date);
	expect(truth.body).toBe(article.text);
	titleAt(p);
}

describe('split J (written blind, now developed against)', () => {
	test('J 排在 A–I 之后，已不再留出', () => {
		expect(HELD_OUT_SPLIT).not.toBe('j');
		expect(WEB_SPLITS.slice(0, 10)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']);
	});

	test('J 划分有的页面存自客户端分享页：顶上是打开APP的横幅，没有网站菜单与页脚；来源与日期印在标题下一行', () => {
		for (const layout of ['portal', 'reprint'] as const) {
			const pages = pagesWith('j', layout, has('app-head'));
			expect(pages.length).toBeGreaterThan(5);
			for (const p of pages) {
				expectTruthKept(p);
				const families = new Set(p.furniture.map((f) => f.family));
				for (const id of [...DESKTOP_TOP, 'footer']) expect(families).not.toContain(id);
				const meta = p.furniture.filter((f) => f.family === 'meta').map((f) => f.line);
				expect(meta.join(' ')).toContain(p.articles[0]!.source);
				expect(meta.join(' ')).toContain(p.articles[0]!.date.slice(0, 4));
				expect(lineOf(p, 'meta')).toBeGreaterThan(titleAt(p));
				expect(lineOf(p, 'app-tail')).toBeGreaterThan(bodySpan(p)[1]);
			}
		}
		expect(pagesWith('j', 'wechat', has('app-head'))).toEqual([]);
		for (const split of BEFORE_J) expect(pagesWith(split, 'portal', has('app-head'))).toEqual([]);
	});

	test('J 划分有的页面在正文前留下视频播放器的文字（播放、时长、全屏），正文真值不变', () => {
		for (const layout of ['portal', 'reprint', 'wechat'] as const) {
			const pages = pagesWith('j', layout, has('video-player'));
			expect(pages.length).toBeGreaterThan(5);
			for (const p of pages) {
				expectTruthKept(p);
				const player = p.furniture.filter((f) => f.family === 'video-player').map((f) => f.line);
				expect(player.join(' ')).toMatch(/\d\d:\d\d/u);
				expect(lineOf(p, 'video-player')).toBeLessThan(bodySpan(p)[0]);
			}
		}
		expect(pagesWith('j', 'epaper', has('video-player'))).toEqual([]);
		for (const split of BEFORE_J)
			expect(pagesWith(split, 'portal', has('video-player'))).toEqual([]);
	});

	test('J 划分有的门户页面把发布时间与来源放在正文之后的侧栏里，标题下不再有日期行', () => {
		const pages = pagesWith('j', 'portal', has('side-column'));
		expect(pages.length).toBeGreaterThan(5);
		for (const p of pages) {
			expectTruthKept(p);
			const meta = p.furniture.filter((f) => f.family === 'meta').map((f) => f.line);
			expect(meta.join(' ')).toContain(p.articles[0]!.source);
			expect(meta.join(' ')).toContain(p.articles[0]!.date.slice(0, 4));
			const end = bodySpan(p)[1];
			for (const line of meta) expect(linesOf(p).indexOf(line)).toBeGreaterThan(end);
			expect(lineOf(p, 'side-column')).toBeGreaterThan(end);
		}
		for (const split of BEFORE_J)
			expect(pagesWith(split, 'portal', has('side-column'))).toEqual([]);
	});

	test('J 划分有的门户页面在正文后列出附件（文件名带扩展名）', () => {
		const pages = pagesWith('j', 'portal', has('attachment-list'));
		expect(pages.length).toBeGreaterThan(5);
		for (const p of pages) {
			expectTruthKept(p);
			const list = p.furniture.filter((f) => f.family === 'attachment-list').map((f) => f.line);
			expect(list.join(' ')).toMatch(/\.(pdf|docx?|xlsx?|jpg|wps)/u);
			expect(lineOf(p, 'attachment-list')).toBeGreaterThan(bodySpan(p)[1]);
		}
		expect(pagesWith('j', 'reprint', has('attachment-list'))).toEqual([]);
		for (const split of BEFORE_J)
			expect(pagesWith(split, 'portal', has('attachment-list'))).toEqual([]);
	});

	test('J 划分有的门户页面是政策解读页：标题上方是解读栏目或文件名，正文后是原文链接与相关文件', () => {
		const pages = pagesWith('j', 'portal', has('policy-head'));
		expect(pages.length).toBeGreaterThan(5);
		for (const p of pages) {
			expectTruthKept(p);
			expect(lineOf(p, 'policy-head')).toBeLessThan(titleAt(p));
			expect(lineOf(p, 'policy-foot')).toBeGreaterThan(bodySpan(p)[1]);
		}
		for (const split of BEFORE_J)
			expect(pagesWith(split, 'portal', has('policy-head'))).toEqual([]);
	});

	test.each([
		['wechat', 'wechat-head'],
		['portal', 'info-table'],
		['portal', 'mobile-head'],
		['portal', 'print-head'],
		['reprint', 'platform-head'],
	] as const)('J 划分也有自己措辞的早先版式：%s 页面带 %s，真值不变', (layout, family) => {
		const pages = pagesWith('j', layout, has(family));
		expect(pages.length).toBeGreaterThan(2);
		for (const p of pages) expectTruthKept(p);
	});

	test('j 组抄进 a 组的一串时，读家具文件报错并指明该串', () => {
		const file = readWebFurniture();
		const family = file.families[0]!;
		const leaked = family.a[0]!;
		const path = join(mkdtempSync(join(tmpdir(), 'web-furniture-')), 'leak-j.json');
		writeFileSync(
			path,
			JSON.stringify({
				...file,
				families: [{ ...family, j: [...family.j, leaked] }, ...file.families.slice(1)],
			}),
		);
		expect(() => readWebFurniture(path)).toThrow(/leak-j\.json[\s\S]*split j/u);
		expect(() => readWebFurniture(path)).toThrow(leaked);
	});
});
