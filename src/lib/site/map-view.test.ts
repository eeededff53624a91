import { expect, test } from 'vitest';
import { mapParent, mapView } from './map-view.ts';

test('省的地图画出它的地级市,按数目从多到少列出', () => {
	const view = mapView('370000', { '371700': 3, '370400': 2, '110000': 9 }, '篇文章');
	expect(view?.parent).toBe('370000');
	expect(view?.rows.slice(0, 2).map((r) => [r.name, r.count, r.href])).toEqual([
		['菏泽市', 3, '/regions/371700'],
		['枣庄市', 2, '/regions/370400'],
	]);
	expect(view?.rows).toHaveLength(16);
	expect(view?.legend.at(-1)).toMatchObject({ to: 3 });
});

test('区县没有下级:画在所属市的地图上并描出自己(牡丹区 → 菏泽市)', () => {
	expect(mapParent('371702')).toBe('371700');
	const view = mapView('371702', { '371702': 1 }, '篇文章');
	expect(view?.parent).toBe('371700');
	const own = /<path[^>]*data-code="371702"[^>]*>/.exec(view?.svg ?? '')?.[0] ?? '';
	expect(own).toContain('stroke="#dc2626"');
});

test('直辖市的地图直接画出区', () => {
	const view = mapView('110000', {}, '篇文章');
	expect(view?.rows.map((r) => r.name)).toContain('朝阳区');
});

test('other counts give another map', () => {
	const a = mapView('370000', { '370100': 1 }, '条举措');
	const c = mapView('370000', { '370100': 2, '370200': 1 }, '条举措');
	expect(c?.svg).not.toBe(a?.svg);
	expect(c?.svg).toContain('青岛市:1 条举措');
});
