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

test('日期的分隔符可以不同，带分隔符的月日可以是一位数', () => {
	expect(metaFromFileName('epaper-202108-03-node_12.txt', table)).toEqual({
		date: '2021-08-03',
		datePrecision: 'day',
	});
	expect(metaFromFileName('page_2021_8_3.txt', table)).toEqual({
		date: '2021-08-03',
		datePrecision: 'day',
	});
	expect(metaFromFileName('某某日报_2021年8月3日.txt', table)).toMatchObject({
		date: '2021-08-03',
		datePrecision: 'day',
	});
	// A run of digits longer than a date is a number, not a date.
	expect(metaFromFileName('content_2021080312.txt', table)).toEqual({});
});

test('电子报的报名在版本词前：某某晚报数字报、某某日报-电子版', () => {
	expect(metaFromFileName('某某晚报数字报_20210803.txt', table)).toEqual({
		source: '某某晚报',
		date: '2021-08-03',
		datePrecision: 'day',
	});
	expect(metaFromFileName('20210803期 某某日报电子版.txt', table)).toMatchObject({
		source: '某某日报',
	});
	expect(metaFromFileName('某某县报-电子版.txt', table)).toEqual({ source: '某某县报' });
	expect(metaFromFileName('20210803期 某某时讯电子版.txt', table)).toMatchObject({
		source: '某某时讯',
	});
});

test('浏览器标题末尾的站名：_某某县人民政府门户网站、——某某县应急管理局', () => {
	expect(metaFromFileName('某某县召开防汛会议_某某县人民政府门户网站.txt', table)).toEqual({
		source: '某某县人民政府',
	});
	expect(metaFromFileName('某某县召开防汛会议——某某县应急管理局.txt', table)).toEqual({
		source: '某某县应急管理局',
	});
	// A platform or a copy's mark after the title names no publisher.
	expect(metaFromFileName('某某县召开防汛会议 - 副本.txt', table)).toEqual({});
	expect(metaFromFileName('某某县召开防汛会议_为民服务.txt', table)).toEqual({});
});
