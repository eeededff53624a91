import { describe, expect, test } from 'vitest';
import { UsageError } from '../../src/lib/errors.ts';
import { parseWebSplit, splitColumn } from './web-pages-report.ts';

describe('eval:web 的 --split 与表头', () => {
	test('--split AA、--split aa、--split AB 都选中两个字母的划分', () => {
		expect(parseWebSplit('AA')).toBe('aa');
		expect(parseWebSplit('aa')).toBe('aa');
		expect(parseWebSplit('AB')).toBe('ab');
		expect(parseWebSplit('ab')).toBe('ab');
		expect(parseWebSplit('Z')).toBe('z');
		expect(parseWebSplit(undefined)).toBeUndefined();
	});

	test('不是划分名的 --split 报用法错误', () => {
		for (const bad of ['AC', 'A A', 'zz', '']) expect(() => parseWebSplit(bad)).toThrow(UsageError);
	});

	test('表头写出 AB（留出），AA 与 Z 是开发划分', () => {
		expect(splitColumn('ab')).toBe('AB (held out)');
		expect(splitColumn('aa')).toBe('AA (dev)');
		expect(splitColumn('z')).toBe('Z (dev)');
	});
});
