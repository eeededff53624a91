import { expect, test } from 'vitest';
import { parseQuery } from './query-parser.ts';

test('splits 干部轮岗 营商环境 into two words', () => {
	expect(parseQuery('干部轮岗  营商环境')).toEqual([
		{ kind: 'word', text: '干部轮岗' },
		{ kind: 'word', text: '营商环境' },
	]);
});

test('reads “五比五看” and "最多跑一次" as phrases', () => {
	expect(parseQuery('“五比五看” 作风 "最多跑一次"')).toEqual([
		{ kind: 'phrase', text: '五比五看' },
		{ kind: 'word', text: '作风' },
		{ kind: 'phrase', text: '最多跑一次' },
	]);
});

test('reads 乡村振* as a prefix and an unclosed quote as a phrase to the end', () => {
	expect(parseQuery('乡村振* "强副职 壮中层')).toEqual([
		{ kind: 'prefix', text: '乡村振' },
		{ kind: 'phrase', text: '强副职 壮中层' },
	]);
});

test('FTS operators and parentheses are plain words', () => {
	expect(parseQuery('a OR b NEAR(c)').map((t) => t.kind)).toEqual(['word', 'word', 'word', 'word']);
});
