import { expect, test } from 'vitest';
import { codesWithin, isWithin } from './gazetteer.ts';

test('峄城区在枣庄市、山东省和全国之内，不在广东省之内', () => {
	for (const ancestor of ['370404', '370400', '370000', '000000'])
		expect(isWithin('370404', ancestor)).toBe(true);
	expect(isWithin('370404', '440000')).toBe(false);
	expect(isWithin('370400', '370404')).toBe(false);
});

test('山东省之内的区划包括它自己、枣庄市和峄城区，不含深圳宝安区；未知代码为空', () => {
	const shandong = codesWithin('370000');
	expect(shandong).toEqual(expect.arrayContaining(['370000', '370400', '370404', '371702']));
	expect(shandong).not.toContain('440306');
	expect(shandong.every((c) => isWithin(c, '370000'))).toBe(true);
	expect(codesWithin('999999')).toEqual([]);
});
