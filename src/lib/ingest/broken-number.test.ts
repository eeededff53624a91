import { describe, expect, test } from 'vitest';
import { itemsOf, LEAD } from './web-test-page.ts';

// A title box that breaks a headline inside a number (`…超过3` + `500万人次`) or between a number
// and its unit or classifier (`…出台12` + `条措施`): no kicker ends on a bare number, so the two
// lines are one headline, on a portal's page as on an e-paper's.

const portal = (upper: string, lower: string) => [
	'首页 | 政务公开 | 新闻中心 | 互动交流',
	'当前位置：首页 > 新闻中心',
	upper,
	lower,
	'发布时间：2024-05-08 来源：某某县融媒体中心',
	...LEAD,
];

const epaper = (upper: string, lower: string) => [
	'某某日报·数字版　本期日期：2024．5．9',
	'第 03 版：县域·乡镇',
	'上一版　下一版　返回目录',
	'',
	upper,
	lower,
	'记者　王某某　通讯员　李某某',
	...LEAD,
];

describe('断在数字中间的标题', () => {
	test('数字断成两半：两行是一个标题', () => {
		expect(itemsOf(portal('某某县春节假期接待游客超过3', '500万人次')).map((a) => a.title)).toEqual(
			['某某县春节假期接待游客超过3500万人次'],
		);
	});

	test('数字和量词断开（电子报）：两行是一个标题', () => {
		expect(itemsOf(epaper('某某县出台稳就业12', '条措施')).map((a) => a.title)).toEqual([
			'某某县出台稳就业12条措施',
		]);
	});

	test('引题不以数字结尾时仍是两行', () => {
		expect(
			itemsOf(epaper('奋进2024', '某某县部署春季森林防火工作')).map((a) => a.title),
		).not.toEqual(['奋进2024某某县部署春季森林防火工作']);
	});
});
