import { describe, expect, test } from 'vitest';
import { isPublisherName } from './outlets.ts';
import { readPageMetaLine } from './page-meta.ts';

// Meta lines that set their publisher and date apart with the separators and trimmings portals
// print: a middle dot or a bar between the publisher and the date, a weekday in brackets, a read
// count keyed by a space, a relative time (`3天前`) that dates nothing, an issue's 出版 key and
// an e-paper's page count beside its masthead.

describe('发布者与日期之间的分隔符', () => {
	test('发布者 · 日期', () => {
		expect(readPageMetaLine('某某县农业农村局 · 2021年4月6日09时15分')).toMatchObject({
			date: '2021-04-06',
			source: '某某县农业农村局',
		});
		expect(readPageMetaLine('某某市融媒体中心 | 2022.3.8 10:20:11')).toMatchObject({
			date: '2022-03-08',
			source: '某某市融媒体中心',
		});
	});

	test('表格竖线（┃、│、║）围起的字段行', () => {
		expect(
			readPageMetaLine('┃ 来源：某某县卫生健康局 ┃ 日期：2021年4月6日 09时15分 ┃ 点击：1234 ┃'),
		).toMatchObject({ kind: 'fields', date: '2021-04-06', source: '某某县卫生健康局' });
		expect(readPageMetaLine('║ 发布时间：2021-04-06 ║ 信息来源：某某县水利局 ║')).toMatchObject({
			kind: 'fields',
			date: '2021-04-06',
			source: '某某县水利局',
		});
	});

	test('括号里的星期', () => {
		expect(
			readPageMetaLine('2021年4月6日（星期二） | 来源：某某县卫生健康局 | 作者：王某'),
		).toMatchObject({ kind: 'fields', date: '2021-04-06', source: '某某县卫生健康局' });
		expect(readPageMetaLine('某某县水利局 · 2021年4月6日（星期二）')).toMatchObject({
			date: '2021-04-06',
			source: '某某县水利局',
		});
	});

	test('日期、发布者、以空格隔开的阅读数', () => {
		expect(
			readPageMetaLine('2021年4月6日（星期二）　某某县人民政府办公室　阅读 1234'),
		).toMatchObject({
			date: '2021-04-06',
			source: '某某县人民政府办公室',
		});
		expect(readPageMetaLine('2021-04-06　15:38:20　某某日报　阅读 88')).toMatchObject({
			date: '2021-04-06',
			source: '某某日报',
		});
	});

	test('“发布于3天前”只说发布者，不说日期', () => {
		const meta = readPageMetaLine('发布于3天前 · 某某县教育局');
		expect(meta).toMatchObject({ kind: 'fields', source: '某某县教育局' });
		expect(meta?.date).toBeUndefined();
		expect(readPageMetaLine('发布于２小时前 · 某某日报')?.source).toBe('某某日报');
		// A sentence that says something happened days ago is no meta line.
		expect(readPageMetaLine('发布于3天前的通知已经撤回')).toBeUndefined();
	});
});

describe('电子报的出版日期与报头', () => {
	test('“本期出版”标明一期的日期', () => {
		expect(readPageMetaLine('本期出版：2021 年 04 月 06 日')?.date).toBe('2021-04-06');
		expect(readPageMetaLine('出版：2021-04-06')?.date).toBe('2021-04-06');
	});

	test('报头后面的“今日N版”是版数', () => {
		expect(readPageMetaLine('某某日报　2021 年 4 月 6 日　今日08版')).toMatchObject({
			kind: 'masthead',
			date: '2021-04-06',
			source: '某某日报',
		});
		expect(readPageMetaLine('某某晚报 2021-04-06 本期16版')?.date).toBe('2021-04-06');
	});
});

describe('县级发布机构的名称', () => {
	test('研究室、传媒集团、法院、检察院、工会也是发布者', () => {
		for (const name of [
			'某某县委政策研究室',
			'某某县传媒集团',
			'某某市中级人民法院',
			'某某县人民检察院',
			'某某市总工会',
			'某某县妇联',
			'共青团某某县委',
		])
			expect(isPublisherName(name), name).toBe(true);
		expect(readPageMetaLine('某某县传媒集团 · 2022－02－26')).toMatchObject({
			date: '2022-02-26',
			source: '某某县传媒集团',
		});
	});
});
