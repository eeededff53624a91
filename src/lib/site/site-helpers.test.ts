import { expect, test } from 'vitest';
import { drillRegion, facetsFor, regionFacetItems } from './facet-links.ts';
import { parseSearchState } from './url-state.ts';
import { buildMatrix, heatColor, parseMatrixParams } from './matrix.ts';
import { aggregateSlogans } from './slogans.ts';
import { articleDocument } from './test-article-document.ts';
import { mostSpecific } from './regions.ts';
import type { SearchResult } from '../search/types.ts';

test('drilling from 山东省 to 菏泽市 replaces the province instead of OR-ing with it', () => {
	expect(drillRegion(['370000'], '371700')).toEqual(['371700']);
	expect(drillRegion(['371700'], '371702')).toEqual(['371702']);
	expect(drillRegion(['371702', '440306'], '371702')).toEqual(['440306']);
});

test('lists only the cities of the chosen province (山东 › 菏泽, 枣庄)', () => {
	const result: SearchResult = {
		total: 3,
		page: 1,
		hitsPerPage: 20,
		hits: [],
		tookMs: 1,
		facets: { city: { '371700': 2, '370400': 1, '440300': 1 } },
	};
	const items = regionFacetItems(
		'city',
		result,
		parseSearchState(new URLSearchParams('region=370000')),
	);
	expect(items.map((i) => [i.label, i.count])).toEqual([
		['菏泽市', 2],
		['枣庄市', 1],
	]);
	expect(items[0]?.href).toBe('/search?region=371700');
});

test('builds a region × theme matrix limited to 山东 and shades cells', () => {
	const m = buildMatrix(
		[
			{ theme: 'cadre-rotation', counts: { '371702': 2, '370404': 1, '440306': 4 } },
			{ theme: 'ecology', counts: { '370404': 3 } },
		],
		// 370404 holds 3 distinct items: one of them carries both themes.
		{ '371702': 2, '370404': 3, '440306': 4 },
		'370000',
	);
	expect(m.rows).toEqual([
		{ code: '370404', total: 3, counts: [1, 3] },
		{ code: '371702', total: 2, counts: [2, 0] },
	]);
	expect(m.max).toBe(3);
	expect(heatColor(0, 3).background).toBe('#ffffff');
	expect(() => parseMatrixParams(new URLSearchParams('level=town'))).toThrow('level 只能是');
});

test('puts national (全国, 000000) items in a row of their own, first, and totals distinct items', () => {
	const m = buildMatrix(
		[
			{ theme: 'cadre-rotation', counts: { '000000': 2, '370000': 5 } },
			{ theme: 'discipline', counts: { '370000': 4 } },
		],
		{ '370000': 7, '000000': 2, '440000': 0 },
		undefined,
	);
	expect(m.rows.map((r) => [r.code, r.total])).toEqual([
		['000000', 2],
		['370000', 7],
	]);
	expect(m.rows[1]?.total).toBeLessThan(5 + 4);
});

test('counts 五比五看 once per original article, with its first use', () => {
	const docs = [
		articleDocument({ id: 'b', slogans: ['五比五看'], date: '2022-12-01', region: '370400' }),
		articleDocument({
			id: 'a',
			slogans: ['五比五看', '十问十答'],
			date: '2022-05-10',
			region: '370404',
		}),
		articleDocument({
			id: 'c',
			slogans: ['五比五看'],
			duplicateOf: 'a',
			date: '2022-05-11',
			region: '370404',
		}),
	];
	const [first, second] = aggregateSlogans(docs);
	expect(first).toEqual({
		slogan: '五比五看',
		count: 2,
		first: { date: '2022-05-10', datePrecision: 'day', articleId: 'a', region: '370404' },
		regions: [
			['370400', 1],
			['370404', 1],
		],
		years: [[2022, 2]],
	});
	expect(second?.slogan).toBe('十问十答');
});

test('keeps 牡丹区 and drops its ancestors 山东省, 菏泽市', () => {
	expect(mostSpecific(['370000', '371700', '371702', '440306', '440000'])).toEqual([
		'371702',
		'440306',
	]);
});

test('asks for city and county counts only after drilling into 山东省', () => {
	const facets = (qs: string) => facetsFor(parseSearchState(new URLSearchParams(qs)));
	expect(facets('q=干部轮岗')).toEqual(['province', 'theme', 'year', 'source', 'kind']);
	expect(facets('region=370000')).toEqual([
		'province',
		'city',
		'county',
		'theme',
		'year',
		'source',
		'kind',
	]);
	expect(facets('region=371700')).toEqual([
		'province',
		'county',
		'theme',
		'year',
		'source',
		'kind',
	]);
});

test('export slots (admission without a queue) refuse past the limit and free on release, once', async () => {
	const { siteLimits } = await import('./site-limits.ts');
	const { createAdmission } = await import('./admission.ts');
	expect(siteLimits().maxConcurrentExports).toBeGreaterThanOrEqual(1);
	const slots = createAdmission(2, 0);
	const a = slots.enter();
	const b = slots.enter();
	expect(a && b).toBeTruthy();
	expect(slots.enter()).toBeNull();
	a?.release();
	a?.release();
	expect(slots.running()).toBe(1);
	expect(slots.enter()).not.toBeNull();
});
