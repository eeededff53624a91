import { expect, test } from 'vitest';
import { bigramSet, overlap, shareIn } from './text-overlap.ts';

const pair = (a: string, b: string) => a.charCodeAt(0) * 0x10000 + b.charCodeAt(0);

test('汉字二元组跨过标点、数字和空格，只取汉字', () => {
	expect([...bigramSet('春耕，2025 备耕')]).toEqual(
		[pair('春', '耕'), pair('耕', '备'), pair('备', '耕')].filter(
			(v, i, all) => all.indexOf(v) === i,
		),
	);
	expect(bigramSet('abc 123').size).toBe(0);
});

test('标题与正文共有的二元组比例', () => {
	const body = [{ text: '各地抢抓农时，春耕备耕有序展开。', line: 1 }];
	expect(overlap('春耕备耕忙', body)).toBeCloseTo(3 / 4);
	expect(shareIn(bigramSet(''), bigramSet('春耕'))).toBe(0);
});
