import { describe, expect, test } from 'vitest';
import { readPageMetaLine } from './page-meta.ts';

// A news app's or an account's feed prints under a headline the day, the poster and the readers'
// reactions counted (`3204人点赞`, `56条评论`, `12在看`), and a content system may print a clock time
// with its zone's offset (`12:23:13+08:00`, ISO 8601): neither is a word of the line's fields.
describe('信息流的点赞数与时区', () => {
	test('日期、发布者、点赞数', () => {
		expect(readPageMetaLine('2022-01-05 16:27:05 · 某某日报 · 3204人点赞')).toMatchObject({
			date: '2022-01-05',
			source: '某某日报',
		});
		expect(readPageMetaLine('22年07月29日 · 某某日报某某县记者站 · 1209人点赞')).toMatchObject({
			date: '2022-07-29',
			source: '某某日报某某县记者站',
		});
		expect(readPageMetaLine('某某县融媒体中心 2024-03-01 09:12　56条评论')).toMatchObject({
			date: '2024-03-01',
			source: '某某县融媒体中心',
		});
	});

	test('时刻后的时区', () => {
		expect(readPageMetaLine('某某县融媒体中心 | 2020-02-05 12:23:13+08:00')).toMatchObject({
			date: '2020-02-05',
			source: '某某县融媒体中心',
		});
		expect(
			readPageMetaLine('央视《新闻联播》　2025-04-22 10:35:38+08:00　阅读 117693'),
		).toMatchObject({ date: '2025-04-22', source: '央视《新闻联播》' });
	});

	test('正文里的数字句不是信息行', () => {
		expect(readPageMetaLine('全县 2024年 共有3204人点赞')).toBeUndefined();
	});
});
