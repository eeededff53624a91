import { describe, expect, test } from 'vitest';
import { isPublisherName } from './outlets.ts';
import { readPageMetaLine } from './page-meta.ts';

// The stamps a site's content system prints on a meta line as its database holds them: a year in
// two digits before 年, seconds with their fraction (`09:33:42.000`), a clock set off from its date
// by a slash or a bar, a count of readers with its number first (`1498浏览`), and the short names of
// the people's organisations (工商联, 社科联) that post county news.

describe('人民团体的简称是发布机构', () => {
	test('工商联、社科联、台联、青联', () => {
		expect(isPublisherName('某某县工商联')).toBe(true);
		expect(isPublisherName('某某市社科联')).toBe(true);
		expect(isPublisherName('某某县台联')).toBe(true);
		expect(isPublisherName('某某县青联')).toBe(true);
		expect(readPageMetaLine('某某县工商联　2024-06-12 07:23')).toMatchObject({
			date: '2024-06-12',
			source: '某某县工商联',
		});
	});
});

describe('两位数年份的“年月日”日期', () => {
	test('带时刻、键或单独成栏时是发布日期', () => {
		expect(readPageMetaLine('某某县教育局　24年10月25日 08:10')).toMatchObject({
			date: '2024-10-25',
			source: '某某县教育局',
		});
		expect(readPageMetaLine('来源：某某日报　　发稿时间：23年3月31日 14:59')).toMatchObject({
			date: '2023-03-31',
			source: '某某日报',
		});
		expect(readPageMetaLine('稿源：某某日报　更新于 ２３年７月３日 １１：３８')).toMatchObject({
			date: '2023-07-03',
		});
		expect(readPageMetaLine('时间：19年10月10日 | 出处：某某县民政局')).toMatchObject({
			date: '2019-10-10',
			source: '某某县民政局',
		});
	});

	test('句中的“19年10月”不是日期', () => {
		expect(readPageMetaLine('来源：某某县2019年10月报告')?.date).toBeUndefined();
		expect(readPageMetaLine('某某县19年10月1日起实施新规')).toBeUndefined();
	});
});

describe('数据库原样印出的时刻', () => {
	test('带小数的秒', () => {
		expect(readPageMetaLine('某某县文联　2023-08-23 09:33:42.000　点击：4249次')).toMatchObject({
			date: '2023-08-23',
			source: '某某县文联',
		});
		expect(
			readPageMetaLine('[ 发布时间：2020-02-06 07:32:38.0 ]　[ 来源：某某日报 ]'),
		).toMatchObject({
			date: '2020-02-06',
			source: '某某日报',
		});
	});

	test('日期和时刻之间的斜杠或竖线', () => {
		expect(readPageMetaLine('某某日报　2024-06-17／18:27　点击：836次')).toMatchObject({
			date: '2024-06-17',
			source: '某某日报',
		});
		expect(
			readPageMetaLine('来源：某某县民政局　|　2025-05-26 | 10:31　|　字号：大 中 小'),
		).toMatchObject({
			date: '2025-05-26',
			source: '某某县民政局',
		});
	});

	test('数字在前的阅读数', () => {
		expect(readPageMetaLine('某某县民政局　2024年03月24日 10:20　1498浏览')).toMatchObject({
			date: '2024-03-24',
			source: '某某县民政局',
		});
		expect(readPageMetaLine('某某县民政局　2024-03-24 10:20　1.2万次阅读')).toMatchObject({
			date: '2024-03-24',
		});
	});
});
