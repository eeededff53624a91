import { expect, test } from 'vitest';
import { phraseStarts, startsWithPhrase } from './phrase-starts.ts';

const phrases = ['分享到', '分享', '当前位置', '【责任编辑', '上一篇'];
const all = () => true;

test('只试与行首同字开头的短语，答案与逐个试全表相同', () => {
	const index = phraseStarts(phrases);
	for (const text of [
		'分享到：微信',
		'当前位置：首页',
		'【责任编辑：某某】',
		'下一篇',
		'',
		'分',
		'上一篇：某某',
	])
		expect(startsWithPhrase(index, text, all)).toBe(phrases.some((p) => text.startsWith(p)));
});

test('accept 挑出可用的短语', () => {
	const index = phraseStarts(phrases);
	const bracketed = (p: string) => p.startsWith('【');
	expect(startsWithPhrase(index, '【责任编辑：某某】', bracketed)).toBe(true);
	expect(startsWithPhrase(index, '分享到：微信', bracketed)).toBe(false);
});

test('同一张表只建一次索引；空短语是编程错误', () => {
	expect(phraseStarts(phrases)).toBe(phraseStarts(phrases));
	expect(() => phraseStarts([''])).toThrow(TypeError);
});
