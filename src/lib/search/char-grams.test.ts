import { expect, test } from 'vitest';
import { bareText, charGrams, gramPhrase } from './char-grams.ts';

test('汉字连续段切成相邻二字组，标点处断开', () => {
	expect(charGrams('强副职、壮中层')).toEqual(['强副', '副职', '壮中', '中层']);
});

test('“不忘初心、牢记使命”与空格分隔的写法字符组相同', () => {
	expect(charGrams('不忘初心、牢记使命')).toEqual(charGrams('不忘初心 牢记使命'));
});

test('字母数字成词并转小写，单字段保留为单字', () => {
	expect(charGrams('5G基站 省')).toEqual(['5g', '基站', '省']);
	expect(charGrams('组织５９１名干部')).toEqual(['组织', '591', '名干', '干部']);
});

test('短语查询：二字组连续；单个汉字用前缀', () => {
	expect(gramPhrase('驻企服务')).toBe('"驻企 企服 服务"');
	expect(gramPhrase('企')).toBe('"企"*');
	expect(gramPhrase('，。')).toBeNull();
});

test('bareText 去掉标点和空格', () => {
	expect(bareText('强副职、壮中层， 激活力')).toBe('强副职壮中层激活力');
});
