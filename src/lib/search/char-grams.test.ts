import { expect, test } from 'vitest';
import { sampleArticles } from '../eval/sample-articles.ts';
import { bareText, charGrams, gramPhrase } from './char-grams.ts';
import { normalizeText } from './tokenize.ts';

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

/** The rule character by character: Chinese characters (basic block, extension A, compatibility), digits and letters of the normalised text kept, everything else dropped. */
function bareByCharacter(text: string): string {
	let out = '';
	for (const c of normalizeText(text)) {
		const u = c.charCodeAt(0);
		const han =
			c.length === 1 &&
			((u >= 0x4e00 && u <= 0x9fff) ||
				(u >= 0x3400 && u <= 0x4dbf) ||
				(u >= 0xf900 && u <= 0xfaff));
		if (han || /^[0-9a-z]$/u.test(c)) out += c;
	}
	return out;
}

test('bareText 与逐字判断的结果逐字相同（样例文章、边界字符、随机串）', () => {
	for (const a of sampleArticles())
		for (const text of [a.title, a.body]) expect(bareText(text)).toBe(bareByCharacter(text));
	const alphabet = [
		...'AZaz09 \n\t　，。、！“”（）ＡＺａｚ０９～｟中国发展',
		'\u33ff',
		'\u3400',
		'\u4dbf',
		'\u4dc0',
		'\u4dff',
		'\u4e00',
		'\u9fff',
		'\ua000',
		'\uf8ff',
		'\uf900',
		'\ufaff',
		'\ufb00',
		'\ud840\udc00',
		'\ud800',
		'\udc00',
	];
	let seed = 7;
	const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
	for (let i = 0; i < 3000; i++) {
		const text = Array.from(
			{ length: Math.floor(random() * 24) },
			() => alphabet[Math.floor(random() * alphabet.length)],
		).join('');
		expect(bareText(text)).toBe(bareByCharacter(text));
	}
});
