import { expect, test } from 'vitest';
import { themeCountText } from './count-text.ts';

test('never reads 0 篇文章 · 8 条举措: measures of a theme no article carries say where they are', () => {
	expect(themeCountText({ articles: 0, measures: 8 })).toBe('8 条举措,见于其他主题的文章');
	expect(themeCountText({ articles: 0, measures: 8 })).not.toContain('0 篇');
});

test('reads 3 篇文章 · 1,200 条举措 and 暂无 for an empty theme', () => {
	expect(themeCountText({ articles: 3, measures: 1200 })).toBe('3 篇文章 · 1,200 条举措');
	expect(themeCountText(undefined)).toBe('暂无文章和举措');
});
