import { describe, expect, test } from 'vitest';
import { readEpaperHeader } from './epaper-header.ts';
import { dateOf } from './meta-dates.ts';
import { itemsOf } from './web-test-page.ts';

// An e-paper's page header often keys its pieces as a database prints them (`版次：03　版名：要闻`):
// the key says what the piece after it is, so a page's name that ends like a paper's (`某某周刊`,
// `某某专刊`) is still the page's, and the paper's name stands beside it unkeyed.

describe('版次、版名键下的电子报版头', () => {
	test.each([
		['版次：03  版名：综合新闻  某某日报  2021.3.09', '2021-03-09', '某某日报'],
		['版次：05　版名：经济周刊　某某市报　2021年3月9日', '2021-03-09', '某某市报'],
		['某某日报　版面：文体专刊　版号：A07　2021-03-09', '2021-03-09', '某某日报'],
		['版次：12  版名：乡村振兴观察  某某县融媒周报  2021.3.9', '2021-03-09', '某某县融媒周报'],
	])('%s', (line, date, paper) => {
		expect(readEpaperHeader(line)).toEqual({ date, paper });
	});
});

// A header or a meta line may print the year in its last two digits (`21年3月9日`, as many papers'
// page tools and some CMS templates do); with its month and day and their words all printed it can
// be nothing but a date of this century.
describe('两位数年份的日期', () => {
	test('年月日齐全的两位年份是本世纪的日期', () => {
		expect(dateOf('21年3月9日')).toBe('2021-03-09');
		expect(dateOf('发布时间：19年10月22日 09:30')).toBe('2019-10-22');
		expect(readEpaperHeader('某某日报　21年3月9日　05版　综合')).toEqual({
			date: '2021-03-09',
			paper: '某某日报',
		});
	});

	test('不齐全或嵌在数字里的不是', () => {
		expect(dateOf('近21年3月')).toBeUndefined();
		expect(dateOf('第121年3月9日')).toBeUndefined();
		expect(dateOf('21.3.9')).toBeUndefined();
		expect(dateOf('2021年3月9日')).toBe('2021-03-09');
	});
});

// A saved e-paper web page (its tools: 本期目录, 版面导航) prints the page header over its
// stories: the paper and the day are every story's source and date there, as a masthead's
// are, over an agency's dateline of the day before.
describe('电子报网页上的版头', () => {
	test('版头的报名和出版日期胜过通讯社电头', () => {
		const [a] = itemsOf([
			'2021.3.9  某某晚报 第01版 要闻',
			'本版文章导航',
			'版面概览 ｜ 本期目录 ｜ 报纸检索',
			'',
			'全国春播粮食作物已完成六成',
			'新华社北京3月8日电  （记者张伟）农业农村部调度显示，全国已春播粮食作物面积过六成，进度快于去年同期。',
			'各地抢抓农时，加快机械化播种，农资供应总体充足，价格基本稳定。',
		]);
		expect(a).toMatchObject({ source: '某某晚报', date: '2021-03-09' });
	});
});
