import { describe, expect, test } from 'vitest';
import { isSignatureLine, isSpacedName } from './signature-line.ts';

describe('signature lines', () => {
	test('a spaced name set alone is a writer’s name; a headline is not', () => {
		expect(isSpacedName('陈 涛')).toBe(true);
		expect(isSpacedName('王\u3000小明')).toBe(true);
		expect(isSpacedName('竹竿舞 闹新春')).toBe(false);
		expect(isSpacedName('身边事')).toBe(false);
	});

	test('a reader’s place and name sign a letter', () => {
		expect(isSignatureLine('某某省某某市 张某某')).toBe(true);
		expect(isSignatureLine('某某自治区某某市 刘 才')).toBe(true);
		expect(isSignatureLine('踏雪巡边 守护幸福')).toBe(false);
		expect(isSignatureLine('建议')).toBe(false);
	});
});
