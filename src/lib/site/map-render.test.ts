import { describe, expect, test } from 'vitest';
import { loadBoundaries, parseBoundaries } from './map-boundaries.ts';
import { choroplethColor, legendSteps } from './map-color.ts';
import { renderChoropleth } from './map-render.ts';
import { simplifyLine } from './map-simplify.ts';
import type { Position } from './map-simplify.ts';

const palette = ['#eeeeee', '#999999', '#333333'];
const base = {
	hrefFor: (c: string) => `/regions/${c}`,
	labelFor: (name: string, n: number) => `${name}:${n} 篇文章`,
	width: 400,
	height: 300,
	palette,
	emptyColor: '#ffffff',
	borderColor: '#000000',
};

/** The `<a>` element of one area in a rendered map. */
function areaLink(svg: string, code: string): string | undefined {
	return new RegExp(`<a href="/regions/${code}"[^>]*>.*?</a>`, 's').exec(svg)?.[0];
}

describe('choropleth map', () => {
	const provinces = loadBoundaries('000000', 0.0012);
	const shandong = loadBoundaries('370000', 0.0012);

	test('全国地图有34个省级区域,山东地图有16个地级市', () => {
		expect(provinces?.areas).toHaveLength(34);
		expect(shandong?.areas.map((a) => a.name)).toContain('菏泽市');
		expect(shandong?.areas).toHaveLength(16);
		expect(loadBoundaries('371702', 0.0012)).toBeUndefined();
	});

	test('每个省是指向其地区页的链接,带名称和数目,颜色随数目加深', () => {
		if (!provinces) throw new Error('no boundaries');
		const svg = renderChoropleth({
			...base,
			boundaries: provinces,
			counts: { '370000': 12, '110000': 1 },
		});
		expect(svg.match(/<a href="\/regions\/\d{6}"/g)).toHaveLength(34);
		const sd = areaLink(svg, '370000') ?? '';
		expect(sd).toContain('aria-label="山东省:12 篇文章"');
		expect(sd).toContain('fill="#333333"');
		expect(areaLink(svg, '110000')).toContain('fill="#eeeeee"');
		expect(areaLink(svg, '650000')).toContain('fill="#ffffff"');
		expect(svg.length).toBeLessThan(80_000);
	});

	test('没有链接的区域仍然画出并带标题', () => {
		if (!shandong) throw new Error('no boundaries');
		const svg = renderChoropleth({
			...base,
			boundaries: shandong,
			counts: {},
			hrefFor: (c) => (c === '371700' ? undefined : `/regions/${c}`),
		});
		expect(svg.match(/<a /g)).toHaveLength(15);
		expect(svg).toContain('<title>菏泽市:0 篇文章</title>');
	});

	test('a boundary file that is not GeoJSON names its file', () => {
		expect(() =>
			parseBoundaries('{"type":"Topology"}', '000000', 0, 'boundaries → x.json'),
		).toThrow(/boundaries → x\.json/);
	});
});

describe('colours and legend', () => {
	test('zero is empty, the maximum takes the darkest step', () => {
		expect(choroplethColor(0, 10, palette, '#fff')).toBe('#fff');
		expect(choroplethColor(10, 10, palette, '#fff')).toBe('#333333');
		expect(choroplethColor(1, 100, palette, '#fff')).toBe('#eeeeee');
	});

	test('legend steps agree with the colour of every count', () => {
		for (const max of [1, 2, 7, 100, 12345]) {
			const steps = legendSteps(max, palette);
			expect(steps[0]?.from).toBe(1);
			expect(steps.at(-1)?.to).toBe(max);
			for (const s of steps)
				for (const n of [s.from, s.to]) expect(choroplethColor(n, max, palette, '')).toBe(s.color);
		}
	});
});

describe('simplification', () => {
	test('drops points on a straight line and keeps corners', () => {
		const line: Position[] = [
			[0, 0],
			[1, 0.001],
			[2, 0],
			[2, 2],
		];
		expect(simplifyLine(line, 0.01)).toEqual([
			[0, 0],
			[2, 0],
			[2, 2],
		]);
		expect(simplifyLine(line, 0)).toEqual(line);
	});
});
