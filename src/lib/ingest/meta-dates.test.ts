import { describe, expect, test } from 'vitest';
import { arabicDates, dateOf, isCalendarDay, isMonthDay } from './meta-dates.ts';
import { leadDate } from './dates.ts';

describe('一套日期语法：各种印法读成同一个 ISO 日期', () => {
	test('常见印法', () => {
		expect(dateOf('2021-03-09 08:15')).toBe('2021-03-09');
		expect(dateOf('2021年3月9日 星期二')).toBe('2021-03-09');
		expect(dateOf('2021.3.9')).toBe('2021-03-09');
		expect(dateOf('2021 / 03 / 09')).toBe('2021-03-09');
		expect(dateOf('2021-03-09T08:15:00+08:00')).toBe('2021-03-09');
		expect(dateOf(arabicDates('二〇二一年三月九日'))).toBe('2021-03-09');
	});

	test('汉字数字的日期在行中任何地方都读，阿拉伯数字的年份前后不论', () => {
		expect(arabicDates('2024年工作会议于二〇二四年五月一日召开')).toBe(
			'2024年工作会议于2024年5月1日召开',
		);
		expect(arabicDates('年初至二〇二三年十二月三十一日 二〇二四年一月二日')).toBe(
			'年初至2023年12月31日 2024年1月2日',
		);
		expect(arabicDates('今年一年来，二〇年代')).toBe('今年一年来，二〇年代');
		expect(arabicDates('2024年5月1日')).toBe('2024年5月1日');
	});

	test('年份用阿拉伯数字、月日用汉字的日期也读（门户网站常这样印）', () => {
		expect(dateOf(arabicDates('发布日期：2021年十一月三十日 星期二'))).toBe('2021-11-30');
		expect(arabicDates('更新于2018年二月九日')).toBe('更新于2018年2月9日');
		// A year and a month in words with no day is no printed date.
		expect(arabicDates('2018年十月份')).toBe('2018年十月份');
	});

	test('排版用的各种分隔号：间隔号、全角句点、两边带空格的连字符', () => {
		expect(dateOf('2021·03·09')).toBe('2021-03-09');
		expect(dateOf('2021・3・9')).toBe('2021-03-09');
		expect(dateOf('2021．3．9')).toBe('2021-03-09');
		expect(dateOf('２０２１·０３·０９'.normalize('NFKC'))).toBe('2021-03-09');
		expect(dateOf('2021 - 3 - 9')).toBe('2021-03-09');
		// A dot between a name and a year is no date.
		expect(dateOf('某某日报·2021年')).toBeUndefined();
	});

	test('日历上没有的日子不是日期', () => {
		expect(dateOf('2021-02-30')).toBeUndefined();
		expect(dateOf('2021-00-09')).toBeUndefined();
		expect(dateOf('2021年13月1日')).toBeUndefined();
		expect(dateOf('2024-02-29')).toBe('2024-02-29');
		expect(isCalendarDay(2023, 2, 29)).toBe(false);
		// Without a year, 2月29日 may be a day of a leap year; 2月30日 never is.
		expect(isMonthDay(2, 29)).toBe(true);
		expect(isMonthDay(2, 30)).toBe(false);
	});

	test('导语开头的月日同样要是日历上的日子', () => {
		expect(leadDate('2月28日，我市召开发布会')).toEqual({ month: 2, day: 28 });
		expect(leadDate('2月30日，我市召开发布会')).toBeUndefined();
	});
});
