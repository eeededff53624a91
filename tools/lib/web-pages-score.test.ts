import { describe, expect, test } from 'vitest';
import { furnitureForSplit, readWebFurniture } from './web-pages-furniture.ts';
import { emptyWebScores, scoreWebPage, type ExtractedItem } from './web-pages-score.ts';
import { generateWebPage, type SourceArticle, type WebPage } from './web-pages.ts';

// Short articles written for these tests (not corpus text).
const ARTICLES: SourceArticle[] = [
	{
		id: 's-1',
		title: '全县推行工程建设项目审批告知承诺制',
		headlineLines: ['全县推行工程建设项目审批告知承诺制'],
		date: '2023-06-12',
		source: '测试晚报',
		text: '县住建局对十二类工程建设项目实行告知承诺制审批。\n企业书面承诺符合条件的，当场发放许可证件，事后开展核查。\n今年以来已有三十余个项目因此提前开工。',
	},
	{
		id: 's-2',
		title: '城区新增公共停车泊位一千个',
		headlineLines: ['城区新增公共停车泊位一千个'],
		date: '2023-06-12',
		source: '测试晚报',
		text: '为缓解老城区停车难，城管部门利用边角空地新建停车场九处。\n新增泊位全部接入智慧停车平台，市民可在线查询空位。',
	},
];

const furniture = furnitureForSplit(readWebFurniture(), 'a');

function page(seed: number): WebPage {
	return generateWebPage({
		key: `s${seed}`,
		layout: 'epaper',
		articles: ARTICLES,
		seed,
		furniture,
		otherTitles: ['别的标题'],
		otherDates: ['2023-01-01'],
	});
}

function perfect(p: WebPage): ExtractedItem[] {
	return p.articles.map((a) => ({ title: a.title, date: a.date, source: a.source, body: a.body }));
}

describe('scoreWebPage', () => {
	test('完美抽取得满分', () => {
		const s = emptyWebScores();
		for (const seed of [1, 2, 3, 4, 5]) scoreWebPage(page(seed), perfect(page(seed)), s);
		expect(s.articles).toBe(10);
		expect([s.found, s.title, s.clean, s.date, s.source, s.extra]).toEqual([10, 10, 10, 10, 10, 0]);
		expect(s.failures.size).toBe(0);
	});

	test('标题取成家具行、正文夹带家具、缺日期时得分降低并归类', () => {
		const p = page(1);
		const nav = p.furniture.find((f) => !f.tolerated)!;
		const items = perfect(p).map((it, i) =>
			i === 0 ? { ...it, title: nav.line, body: `${it.body}\n${nav.line}`, date: null } : it,
		);
		const s = emptyWebScores();
		scoreWebPage(p, items, s);
		expect(s.found).toBe(2);
		expect([s.title, s.clean, s.date, s.source]).toEqual([1, 1, 1, 2]);
		expect([...s.failures.keys()]).toEqual([
			`title: furniture (${nav.family})`,
			`clean: kept ${nav.family}`,
			'date: none',
		]);
	});

	test('两篇并成一条时判为串文', () => {
		const p = page(2);
		const [a, b] = perfect(p);
		const s = emptyWebScores();
		scoreWebPage(p, [{ ...a!, body: `${a!.body}\n${b!.body}` }], s);
		expect(s.found).toBe(0);
		expect(s.clean).toBe(0);
		expect(s.failures.get('found: merged with a neighbour')?.count).toBe(2);
	});

	test('正文把全文重复一遍（页面存了两次）时判为不干净', () => {
		const p = page(4);
		const items = perfect(p).map((it, i) =>
			i === 0 ? { ...it, body: `${it.body}\n${it.body}` } : it,
		);
		const s = emptyWebScores();
		scoreWebPage(p, items, s);
		expect([s.found, s.title, s.clean]).toEqual([2, 2, 1]);
		expect(s.failures.get('clean: body repeated')?.count).toBe(1);
	});

	test('正文里一句话本来就出现两次时不算重复', () => {
		const p = page(5);
		const items = perfect(p).map((it) => ({ ...it, body: it.body }));
		const twice = {
			...p,
			articles: p.articles.map((a) => ({ ...a, body: `${a.body}\n${a.body}` })),
		};
		const s = emptyWebScores();
		scoreWebPage(
			twice,
			items.map((it) => ({ ...it, body: `${it.body}\n${it.body}` })),
			s,
		);
		expect(s.clean).toBe(2);
	});

	test('正文丢掉一半时判为不干净', () => {
		const p = page(3);
		const items = perfect(p).map((it) => ({ ...it, body: it.body.split('\n')[0]! }));
		const s = emptyWebScores();
		scoreWebPage(p, items, s);
		expect(s.clean).toBe(0);
		expect(s.title).toBe(2);
	});
});
