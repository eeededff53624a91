import { describe, expect, test } from 'vitest';
import { chineseNumber, chineseYear, lunarDate, lunarDay } from './web-pages-chinese-dates.ts';
import { formatDate } from './web-pages-template.ts';

describe('chinese dates', () => {
	test.each([
		[1, '一'],
		[10, '十'],
		[12, '十二'],
		[20, '二十'],
		[21, '二十一'],
		[30, '三十'],
		[31, '三十一'],
	])('数字 %i 写作 %s', (n, words) => expect(chineseNumber(n)).toBe(words));

	test('年份逐位书写', () => expect(chineseYear('2020')).toBe('二〇二〇'));

	test.each([
		[1, '初一'],
		[10, '初十'],
		[15, '十五'],
		[20, '二十'],
		[23, '廿三'],
		[30, '三十'],
	])('农历第 %i 日写作 %s', (n, words) => expect(lunarDay(n)).toBe(words));

	test.each([
		// 春节 and 中秋 of known years: the first day of the first month, the 15th of the eighth.
		['2024-02-10', '甲辰年正月初一'],
		['2023-09-29', '癸卯年八月十五'],
		['2020-01-24', '己亥年腊月三十'],
	])('%s 的农历是 %s', (iso, lunar) => expect(lunarDate(iso)).toBe(lunar));

	test('formatDate 的 CY、CM、CD 写出公文与报纸的汉字日期，其余格式不变', () => {
		const noon = () => 0.5;
		expect(formatDate('2024-12-31', 'CY年CM月CD日', noon)).toBe('二〇二四年十二月三十一日');
		expect(formatDate('2024-05-01', 'YYYY年M月D日 W', noon)).toBe('2024年5月1日 星期三');
	});
});
