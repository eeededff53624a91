import { describe, expect, test } from 'vitest';
import { readPageMetaLine } from './page-meta.ts';

// An article's closing credit may be set off from the text by a dash before its key
// (`——信息来源：某某局（2019.10.07 18:52）`): the fields are the page's all the same.

describe('文末破折号后的来源和日期', () => {
	test.each(['——信息来源：某某县审计局（2019.10.07 18:52）', '—来源：某某县审计局 2019-10-07'])(
		'%s',
		(line) => {
			expect(readPageMetaLine(line)).toMatchObject({
				kind: 'fields',
				date: '2019-10-07',
				source: '某某县审计局',
			});
		},
	);
});
