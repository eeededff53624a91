import { describe, expect, test } from 'vitest';
import { outletAtStart, outletOfLatinCode } from '../ingest/outlets.ts';
import { alternation, MEDIA_WORDS, parseMediaWords } from './media-words.ts';

describe('search-config/media-words.json', () => {
	test('随仓库的词表通过校验，供识别媒体名、台标代号', () => {
		expect(MEDIA_WORDS.outlets).toContain('新华社');
		expect(outletAtStart('中国青年报记者 张三')).toBe('中国青年报');
		expect(outletOfLatinCode('CCTV-13')).toBe('央视');
	});

	test('词表坏了：报错点名文件和字段', () => {
		const { $comment: _, ...rest } = MEDIA_WORDS;
		expect(() => parseMediaWords({ ...rest, outlets: [] })).toThrow(
			/search-config\/media-words\.json[\s\S]*outlets/,
		);
		expect(() => parseMediaWords({ ...rest, latinOutlets: { cctv: '央视' } })).toThrow(
			/latinOutlets/,
		);
	});

	test('词按字面拼成正则的分支（新闻30分、CCTV.COM 里的符号不作正则）', () => {
		expect(new RegExp(`^(?:${alternation(['新闻30分', 'CCTV.COM'])})$`).test('CCTVxCOM')).toBe(
			false,
		);
	});
});
