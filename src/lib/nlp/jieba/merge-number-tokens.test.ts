import { expect, test } from 'vitest';
import { mergeNumberTokens } from './merge-number-tokens.ts';

test('joins 5|9|1 into 591', () => {
	expect(mergeNumberTokens(['组织', '5', '9', '1', '名'])).toEqual(['组织', '591', '名']);
});

test('joins decimals and percent: 99.3%, 5.8', () => {
	expect(
		mergeNumberTokens(['办结率', '9', '9', '.', '3', '%', '，', '5', '.', '8', '万家']),
	).toEqual(['办结率', '99.3%', '，', '5.8', '万家']);
});

test('keeps a full stop after a number apart: 2019.', () => {
	expect(mergeNumberTokens(['2019', '.', '全县'])).toEqual(['2019', '.', '全县']);
});

test('does not join two decimals: 1.2.3', () => {
	expect(mergeNumberTokens(['1', '.', '2', '.', '3']).join('|')).toBe('1.2|.|3');
});

test('full-width digits and percent: ９９．３％', () => {
	expect(mergeNumberTokens(['９', '９', '．', '３', '％'])).toEqual(['９９．３％']);
});
