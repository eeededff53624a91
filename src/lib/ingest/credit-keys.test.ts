import { describe, expect, test } from 'vitest';
import { readPageMetaLine } from './page-meta.ts';

// A copied post's credits at its foot, fields parted by bars: the text's credit (`文稿`, `文字`,
// `供稿`) naming an outlet or a body names where the text came from, whatever credits follow it.

describe('文末署名行里的文稿来源', () => {
	test('竖线分隔的署名行，文字一栏是媒体', () => {
		expect(readPageMetaLine('文字：某某日报｜编辑：王芳｜审核：李明')).toMatchObject({
			source: '某某日报',
		});
	});

	test('“文稿”“稿件”与“文字”一样是文字的署名', () => {
		expect(readPageMetaLine('文稿：某某市广播电视台｜编辑：王芳｜审校：李明')).toMatchObject({
			source: '某某市广播电视台',
		});
		expect(readPageMetaLine('稿件：某某县融媒体中心 | 责编：王芳')).toMatchObject({
			source: '某某县融媒体中心',
		});
	});

	test('署名是人名时不是来源', () => {
		expect(readPageMetaLine('文稿：王芳｜编辑：李明')?.source).toBeUndefined();
	});
});
