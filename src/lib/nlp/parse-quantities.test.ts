import { describe, expect, test } from 'vitest';
import type { Quantity } from '../schema/release.ts';
import { parseChineseNumeral } from './chinese-numerals.ts';
import { parseQuantities } from './parse-quantities.ts';

const q = (
	text: string,
	value: number,
	unit: string,
	subject: string,
	kind: Quantity['kind'],
	valueMax?: number,
): Quantity =>
	valueMax === undefined
		? { text, value, unit, subject, kind }
		: { text, value, unit, subject, kind, valueMax };

const cases: [string, Quantity[]][] = [
	['宝安区组织全区591名干部挂点对接区内企业', [q('591名干部', 591, '名', '干部', 'count')]],
	[
		'共走访企业5.8万家次,收集企业诉求5307件',
		[q('5.8万家次', 58000, '家次', '', 'count'), q('5307件', 5307, '件', '', 'count')],
	],
	['诉求办结率99.3%', [q('办结率99.3%', 99.3, '%', '办结率', 'percent')]],
	['对“信息库”实行动态管理,每2至3年集中调整一次', [q('每2至3年', 2, '年', '', 'frequency', 3)]],
	['签订了3.82亿元订单', [q('3.82亿元订单', 382000000, '亿元', '订单', 'money')]],
	['每名干部每周走访不少于2次', [q('每周走访不少于2次', 2, '次', '走访', 'frequency')]],
	['每季度进行一次实绩纪实专项工作', [q('每季度进行一次', 1, '次', '', 'frequency')]],
	['关键岗位工作满5年的', [q('满5年', 5, '年', '', 'duration')]],
	['实现开办企业全流程、零成本、1天内办结', [q('1天内', 1, '天', '', 'duration')]],
	['全市各级各部门内部轮岗2700余人次', [q('2700余人次', 2700, '人次', '', 'count')]],
	[
		'选派139名新录用公务员到一线实践锻炼',
		[q('139名新录用公务员', 139, '名', '新录用公务员', 'count')],
	],
	['累计编发作风简报13期', [q('13期', 13, '期', '', 'count')]],
	['发布近百项关于企业登记设立的操作流程', [q('近百项', 100, '项', '', 'count')]],
	['刘飞从三个方面通报', [q('三个方面', 3, '个', '方面', 'count')]],
	['各项经济指标中,有六项指标全市第一', [q('六项指标', 6, '项', '指标', 'count')]],
	['分别高于全省、全市1.9个百分点', [q('1.9个百分点', 1.9, '个百分点', '', 'percent')]],
];

const none = [
	'2023年以来',
	'11月29日,我市召开新闻发布会',
	'扩展12368热线服务',
	'优化营商环境主题系列新闻发布会第十七场召开',
	'开展“五比五看”活动',
	'构建一张直达直联服务网络',
	'评选十佳',
	'今年11月是我省第32个“野生动物保护宣传月”',
	'力争进入全省前70位',
];

describe('parseQuantities', () => {
	test.each(cases)('reads %s', (text, expected) => {
		expect(parseQuantities(text)).toEqual(expected);
	});

	test.each(none)('takes no quantity from %s', (text) => {
		expect(parseQuantities(text)).toEqual([]);
	});
});

describe('parseChineseNumeral', () => {
	test.each([
		['十', 10],
		['二十', 20],
		['两百五十', 250],
		['一百零五', 105],
	])('reads %s as %i', (text, value) => {
		expect(parseChineseNumeral(text)).toBe(value);
	});

	test('rejects 十佳 and 一二', () => {
		expect([parseChineseNumeral('十佳'), parseChineseNumeral('一二')]).toEqual([
			undefined,
			undefined,
		]);
	});
});

test('公式名称里的数字不计数，首字之外的写法不误伤', () => {
	// Every formula opens with one of 八四两五三; a text without them still reads its numbers.
	expect(parseQuantities('严格落实八项规定精神，开展督查3次').map((q) => q.text)).toEqual(['3次']);
	expect(parseQuantities('坚持“两个确立”，走访企业12家').map((q) => q.text)).toEqual(['12家']);
	expect(parseQuantities('落实四风整治要求，问责7人').map((q) => q.text)).toEqual(['7人']);
	expect(parseQuantities('完成培训6期，覆盖干部200名').map((q) => q.text)).toEqual([
		'6期',
		'200名',
	]);
});
