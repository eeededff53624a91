import { describe, expect, test } from 'vitest';
import {
	furnitureForSplit,
	HELD_OUT_SPLIT,
	readWebFurniture,
	WEB_SPLITS,
	type WebSplit,
} from './web-pages-furniture.ts';
import { firstDigitsFullWidth, formatDate } from './web-pages-template.ts';
import { generateWebPage, type WebPage } from './web-pages.ts';

// Short articles written for these tests (not corpus text).
const ARTICLES = [
	{
		id: 'g-1',
		title: '河湾镇新建三处便民服务点',
		headlineLines: ['河湾镇新建三处便民服务点'],
		date: '2024-05-01',
		source: '河湾融媒',
		text: '河湾镇在三个行政村新建便民服务点，社保、医保等十二项业务可就近办理。\n服务点每周一至周五开放，节假日安排专人值守。',
	},
	{
		id: 'g-2',
		title: '东山区启动老旧小区加装电梯工作',
		headlineLines: ['东山区启动老旧小区加装电梯工作'],
		date: '2023-11-20',
		source: '东山发布',
		text: '东山区今年计划为四十个老旧小区加装电梯，每部电梯补助二十万元。\n居民可向所在街道提交申请，材料齐全的十个工作日内完成审核。',
	},
];

const furniture = readWebFurniture();
const SEEDS = Array.from({ length: 200 }, (_, i) => i + 1);

function portal(split: WebSplit, seed: number): WebPage {
	return generateWebPage({
		key: `g${seed}`,
		layout: 'portal',
		articles: [ARTICLES[seed % 2]!],
		seed,
		furniture: furnitureForSplit(furniture, split),
		otherTitles: ['西岭乡举办农技培训班', '南渠街道开展消防演练'],
		otherDates: ['2023-12-01', '2024-01-15'],
	});
}

/** Index of a page's first line that trims to `line`. */
const lineIndex = (page: WebPage, line: string) =>
	page.text
		.split(/\r?\n/u)
		.map((l) => l.trim())
		.indexOf(line);

/** The splits written before G, which never have its layouts. */
const BEFORE_G = WEB_SPLITS.slice(0, WEB_SPLITS.indexOf('g'));

describe('split G', () => {
	test('G 排在 A–F 之后，已不是留出的划分', () => {
		expect(BEFORE_G).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
		expect(HELD_OUT_SPLIT).not.toBe('g');
	});

	test('G 划分有的页面把记者署名放在正文之后，A–F 划分从不如此', () => {
		const late = (split: WebSplit) =>
			SEEDS.map((seed) => portal(split, seed)).filter((page) => {
				const byline = page.furniture.find((f) => f.family === 'byline');
				const last = page.articles[0]!.body.split('\n').at(-1)!;
				return byline !== undefined && lineIndex(page, byline.line) > lineIndex(page, last);
			});
		expect(late('g').length).toBeGreaterThan(20);
		for (const split of BEFORE_G) expect(late(split)).toEqual([]);
	});

	test('G 划分有的页面日期行只有头一段数字是全角，A–F 划分从不如此', () => {
		const mixed = (split: WebSplit) =>
			SEEDS.map((seed) => portal(split, seed)).filter((page) =>
				page.furniture.some(
					(f) => f.family === 'meta' && /[０-９]/u.test(f.line) && /[0-9]/u.test(f.line),
				),
			);
		expect(mixed('g').length).toBeGreaterThan(0);
		for (const split of BEFORE_G) expect(mixed(split)).toEqual([]);
	});

	test('formatDate 的 YY 写出年份末两位，YYYY 不受影响', () => {
		const noon = () => 0.5;
		expect(formatDate('2024-05-01', 'YY-MM-DD', noon)).toBe('24-05-01');
		expect(formatDate('2024-05-01', 'YYYY.MM.DD', noon)).toBe('2024.05.01');
	});

	test('只把头一段数字转成全角', () => {
		expect(firstDigitsFullWidth('发布时间：2024-05-01 08:30')).toBe(
			'发布时间：２０２４-05-01 08:30',
		);
		expect(firstDigitsFullWidth('无数字')).toBe('无数字');
	});
});
