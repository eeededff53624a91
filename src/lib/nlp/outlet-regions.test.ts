import { expect, test } from 'vitest';
import { outletRegion } from './outlet-regions.ts';
import { getPlaceIndex } from './place-index.ts';

const index = getPlaceIndex();

test.each([
	['德州新闻网', '371400'],
	['菏泽日报', '371700'],
	['威县融媒', '130533'],
	['鲁网', '370000'],
	['齐鲁晚报', '370000'],
	['荆楚网', '420000'],
	['人民日报', '000000'],
	['央视《新闻联播》', '000000'],
])('outlet %s has its home in %s', (source, code) => {
	expect(outletRegion(source, index)).toBe(code);
});

test('大众日报 and an empty source say nothing about a home', () => {
	expect(outletRegion('大众日报', index)).toBeUndefined();
	expect(outletRegion('', index)).toBeUndefined();
});

test('a company credited on a page (佛山市某某电器科技有限公司) is no outlet with a home', () => {
	expect(outletRegion('佛山市某某电器科技有限公司', index)).toBeUndefined();
	expect(outletRegion('苏州某某食品有限公司', index)).toBeUndefined();
});
