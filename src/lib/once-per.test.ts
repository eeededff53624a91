import { describe, expect, test } from 'vitest';
import { oncePer } from './once-per.ts';

describe('oncePer', () => {
	test('builds once per key object and keeps keys apart', () => {
		let builds = 0;
		const longest = oncePer((words: readonly string[]) => {
			builds++;
			return Math.max(0, ...words.map((w) => w.length));
		});
		const a = ['公告', '分类广告'];
		const b = ['更正'];
		expect([longest(a), longest(a), longest(b), longest(a)]).toEqual([4, 4, 2, 4]);
		expect(builds).toBe(2);
	});

	test('a value that is falsy is kept too', () => {
		let builds = 0;
		const none = oncePer((_: object) => (builds++, 0));
		const key = {};
		expect([none(key), none(key)]).toEqual([0, 0]);
		expect(builds).toBe(1);
	});
});
