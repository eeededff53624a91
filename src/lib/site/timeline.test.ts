import { describe, expect, test } from 'vitest';
import { monthlyCounts, spreadByRegion } from './timeline-data.ts';
import type { DatedItem } from './timeline-data.ts';
import { monthBounds, renderMonthlyBars, renderSpread } from './timeline-render.ts';

const item = (
	id: string,
	date: string | null,
	region = '370000',
	p: DatedItem['datePrecision'] = 'day',
): DatedItem => ({
	id,
	date,
	datePrecision: p,
	region,
});
const style = { width: 480, height: 240, color: '#1d4ed8' };

describe('monthly counts', () => {
	test('counts every month from first to last, zeros included; year-only dates are not put in January', () => {
		const counts = monthlyCounts([
			item('a', '2023-11-05'),
			item('b', '2024-02-01'),
			item('c', '2024-02-20', '370000', 'month'),
			item('d', '2024-01-01', '370000', 'year'),
			item('e', null, '370000', 'unknown'),
		]);
		expect(counts).toEqual({
			months: [
				['2023-11', 1],
				['2023-12', 0],
				['2024-01', 0],
				['2024-02', 2],
			],
			yearOnly: 1,
			undated: 1,
		});
	});
});

describe('spread of a 提法', () => {
	test('each region once, ordered by its first use, with the article of that use', () => {
		const spread = spreadByRegion([
			item('late', '2024-03-01', '371700'),
			item('sd2', '2023-06-01', '370000'),
			item('sd1', '2023-01-05', '370000'),
			item('x', null, '110000', 'unknown'),
		]);
		expect(spread.map((r) => [r.region, r.first.articleId, r.dates.length])).toEqual([
			['370000', 'sd1', 2],
			['371700', 'late', 1],
		]);
	});
});

describe('rendered timelines', () => {
	test('月份柱状图有带标签的日期轴和数量轴', () => {
		const svg = renderMonthlyBars(
			[
				['2024-01', 3],
				['2024-02', 0],
				['2024-03', 5],
			],
			'篇',
			style,
			'每月文章数',
		);
		expect(svg).toMatch(/^<svg role="img" aria-label="每月文章数"/);
		for (const label of ['2024年01月', '2024年03月', '月份', '篇'])
			expect(svg).toContain(`>${label}<`);
		expect(svg).not.toContain('ecmeta_');
	});

	test('扩散图每个地区一行,日期轴带年份', () => {
		const svg = renderSpread(
			[
				{ name: '山东省', dates: ['2023-01-05', '2023-06-01'] },
				{ name: '菏泽市', dates: ['2024-03-01'] },
			],
			style,
			'扩散',
		);
		expect(svg).toContain('>山东省<');
		expect(svg).toContain('>菏泽市<');
		expect(svg).toMatch(/>2023年\d+月</);
	});
});

test('只有一个日期时,扩散图的日期轴每个月份只出现一次', () => {
	expect(monthBounds(['2022-05-10']).map((t) => new Date(t).toISOString().slice(0, 10))).toEqual([
		'2022-04-01',
		'2022-07-01',
	]);
	const svg = renderSpread([{ name: '峄城区', dates: ['2022-05-10'] }], style, '扩散');
	const labels = [...svg.matchAll(/>(\d{4}年\d+月)</g)].map((m) => m[1]);
	expect(labels.length).toBeGreaterThan(0);
	expect(new Set(labels).size).toBe(labels.length);
});
