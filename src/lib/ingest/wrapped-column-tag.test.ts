import { expect, test } from 'vitest';
import { itemsOf, LEAD } from './web-test-page.ts';

// A narrow title box wraps a headline's column tag onto a line of its own (`…令人印象深刻` over
// `（人民时评）`): the tag closes the headline; a medium's tag alone (`（视频）`) does not.

const page = (lower: string) => [
	'某某县人民政府',
	'首页 | 新闻中心 | 政务公开',
	'护林防火要下足“绣花功夫”',
	lower,
	'信息来源: 某某日报 | 发布日期: 2024-5-8　12:59',
	...LEAD,
];

test('单独一行的栏目标记接回标题', () => {
	expect(itemsOf(page('（人民时评）'))[0]?.title.replace(/\s/g, '')).toBe(
		'护林防火要下足“绣花功夫”（人民时评）',
	);
});

test('单独一行的媒体标记不接进标题', () => {
	expect(itemsOf(page('（视频）'))[0]?.title).toBe('护林防火要下足“绣花功夫”');
});
