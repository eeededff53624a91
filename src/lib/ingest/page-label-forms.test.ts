import { expect, test } from 'vitest';
import { isPageLabel } from './page-label.ts';

// More printings of an e-paper page's label: the section in brackets after the page's number, and a
// bare number with the page word closing the label after its section (`·本版`, `（版）`).

test('版次后括号里的版名', () => {
	expect(isPageLabel('第06版（县域经济）')).toBe(true);
	expect(isPageLabel('A2版(要闻)')).toBe(true);
});

test('只有数字的版次，版字在版名之后', () => {
	expect(isPageLabel('【06】县域经济·本版')).toBe(true);
	expect(isPageLabel('06·县域经济（版）')).toBe(true);
});

test('正文和标题不是版面标签', () => {
	expect(isPageLabel('06位代表发言（本版有删节）')).toBe(false);
	expect(isPageLabel('2019年1月1日第3版（人民日报）')).toBe(false);
	expect(isPageLabel('3个乡镇率先试点·本版编辑部调查')).toBe(false);
});
