import { describe, expect, test } from 'vitest';
import { UsageError } from '../../src/lib/errors.ts';
import { parseWebSplit, splitColumn } from './web-pages-report.ts';

describe('eval:web 的 --split 与表头', () => {
	test('--split AA 与 --split aa 都选中两个字母的划分 AA', () => {
		expect(parseWebSplit('AA')).toBe('aa');
		expect(parseWebSplit('aa')).toBe('aa');
		expect(parseWebSplit('Z')).toBe('z');
		expect(parseWebSplit(undefined)).toBeUndefined();
	});

	test('不是划分名的 --split 报用法错误', () => {
		for (const bad of ['AB', 'A A', 'zz', '']) expect(() => parseWebSplit(bad)).toThrow(UsageError);
	});

	test('表头写出 AA（留出），Z 是开发划分', () => {
		expect(splitColumn('aa')).toBe('AA (held out)');
		expect(splitColumn('z')).toBe('Z (dev)');
	});
});
