import { expect, test } from 'vitest';
import { readPageFurniture } from '../schema/page-furniture.ts';
import { metaFromFileName } from './file-name-meta.ts';

const table = readPageFurniture().outletAbbreviations;

test('rmrb-2020-05-06-p13.txt 给出人民日报与日期', () => {
	expect(metaFromFileName('pages/rmrb-2020-05-06-p13.txt', table)).toEqual({
		source: '人民日报',
		date: '2020-05-06',
		datePrecision: 'day',
	});
});

test('xwlb-20260106-07.txt 给出新闻联播与日期，07 不是日期的一部分', () => {
	expect(metaFromFileName('/tmp/xwlb-20260106-07.txt', table)).toEqual({
		source: '新闻联播',
		date: '2026-01-06',
		datePrecision: 'day',
	});
});

test('不合历法的数字与未知缩写都不算', () => {
	expect(metaFromFileName('abc-20201345.txt', table)).toEqual({});
	expect(metaFromFileName('2020-05_county-news.html', table)).toEqual({
		date: '2020-05-01',
		datePrecision: 'month',
	});
	expect(metaFromFileName('000_e2a729dcf6ac5156.txt', table)).toEqual({});
});
