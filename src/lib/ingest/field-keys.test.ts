import { describe, expect, test } from 'vitest';
import { fieldKind } from './field-keys.ts';
import { readPageMetaLine } from './page-meta.ts';

describe('fieldKind', () => {
	test('来源类的键，不论前后加什么词', () => {
		for (const key of [
			'来源',
			'来源单位',
			'信息来源',
			'稿件来源',
			'文章来源',
			'稿源',
			'供稿单位',
			'发布机构',
		])
			expect(fieldKind(key)).toBe('source');
	});

	test('图片、数据的来源是出处说明，不是网页的来源', () => {
		expect(fieldKind('图片来源')).toBe('credit');
		expect(fieldKind('数据来源')).toBe('credit');
	});

	test('日期类的键：发布、更新、政务公开表的生成是网页日期，成文、印发是文件日期', () => {
		expect(fieldKind('发布时间')).toBe('date');
		expect(fieldKind('更新日期')).toBe('date');
		expect(fieldKind('日期')).toBe('date');
		expect(fieldKind('生成日期')).toBe('date');
		expect(fieldKind('成文日期')).toBe('written');
		expect(fieldKind('印发日期')).toBe('written');
	});

	test('活动、报名的时间不是网页的日期', () => {
		expect(fieldKind('活动时间')).toBeUndefined();
		expect(fieldKind('报名日期')).toBeUndefined();
	});

	test('编号、计数与人名的键', () => {
		expect(fieldKind('信息索引号')).toBe('count');
		expect(fieldKind('公开方式')).toBe('count');
		expect(fieldKind('点击率')).toBe('count');
		expect(fieldKind('复审')).toBe('people');
		expect(fieldKind('责任编辑')).toBe('people');
		expect(fieldKind('主办单位')).toBeUndefined();
	});
});

describe('readPageMetaLine with compound keys', () => {
	test('来源单位、生成日期、信息索引号', () => {
		expect(readPageMetaLine('来源单位：某某县农业农村局')).toEqual({
			kind: 'fields',
			source: '某某县农业农村局',
		});
		expect(readPageMetaLine('生成日期：2023/5/6')).toEqual({ kind: 'fields', date: '2023-05-06' });
		expect(readPageMetaLine('信息索引号：123456')).toEqual({ kind: 'fields' });
	});

	test('一句话里的“活动时间”不是信息行', () => {
		expect(readPageMetaLine('活动时间：2023年5月6日上午')).toBeUndefined();
	});
});
