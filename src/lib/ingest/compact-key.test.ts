import { describe, expect, test } from 'vitest';
import { compactKey } from './compact-key.ts';

const byPattern = (text: string) => text.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');

describe('一行只留字母和数字（兼容形式折叠）', () => {
	test('全角字母数字折为半角，标点和空格去掉', () => {
		expect(compactKey('Ｇ２０峰会　在杭州开幕：２０１６年９月４日')).toBe(
			'G20峰会在杭州开幕2016年9月4日',
		);
		expect(compactKey('某某县人民政府_政务公开 | 乡镇动态')).toBe('某某县人民政府政务公开乡镇动态');
	});

	test('与先规范化再去掉非字母数字的结果相同，含要与前一字合成的字符', () => {
		for (const text of [
			'10月28日，某某镇三万亩冬小麦播种全部完成。',
			'ｶﾞｲﾄﾞ ﾌﾞｯｸ',
			'中ﾞ国，aﾟ',
			'Cafe\u0301 ①号楼 ㈱某某',
			'e\u0301，Ａ\u0301',
			'（２０２４-05-01）【图片】',
		])
			expect(compactKey(text)).toBe(byPattern(text));
	});
});
