import { expect, test } from 'vitest';
import { bigramSet, hanBigram, overlap, shareIn, sharesIn } from './text-overlap.ts';

const pair = (a: string, b: string) => hanBigram(a.charCodeAt(0), b.charCodeAt(0));

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

// Keys of 31 bits and a sign are small integers to V8 (no boxed number per key in a set); 一 and
// 龥 sit at the two ends of the basic Han block, 豈 and 﫿 in the compatibility block above it.
test('每个汉字二元组一个编号，且都在 32 位整数以内', () => {
	const ends = ['⺀', '一', '翿', '耀', '龥', '豈', '\ufaff'].map((c) => c.charCodeAt(0));
	const keys = new Set<number>();
	for (const a of ends)
		for (const b of ends) {
			const key = hanBigram(a, b);
			expect(key === (key | 0)).toBe(true);
			keys.add(key);
		}
	expect(keys.size).toBe(ends.length ** 2);
});

test('sharesIn 与先收集全文二元组再逐行比较的份额相同', () => {
	const text = '全市召开优化营商环境工作会议。会议强调，要持续优化营商环境，推动企业高质量发展。';
	const sets = [
		'全市召开优化营商环境工作会议',
		'【营商环境】推动企业高质量发展',
		'首页 | 新闻中心 | 政务公开',
		'',
		'2024年营商环境',
		'鿿龜龟',
	].map(bigramSet);
	expect(sharesIn(sets, text)).toEqual(sets.map((s) => shareIn(s, bigramSet(text))));
	expect(sharesIn([bigramSet('会议'), bigramSet('2024')], '')).toEqual([0, 0]);
});
