import { describe, expect, test } from 'vitest';
import { readPageMetaLine } from './page-meta.ts';

// A source field's value with the date glued to it, no space between (`来源：某某县农业农村局2024-03-05`):
// templates that join fields without a gap, and text copied out of a page whose gap was markup, print
// it so. The date closing the value is the page's; the name before it is the source.

describe('来源值后紧贴的日期', () => {
	test.each([
		['来源：某某县农业农村局2024-03-05', '2024-03-05', '某某县农业农村局'],
		['来自：某某县自然资源局（林业）2024.3.5', '2024-03-05', '某某县自然资源局（林业）'],
		['信息来源：某某县融媒体中心2024年3月5日 10:20', '2024-03-05', '某某县融媒体中心'],
		[
			'来源：某某县人民政府办公室（综合科）24年3月5日',
			'2024-03-05',
			'某某县人民政府办公室（综合科）',
		],
	])('%s', (line, date, source) => {
		expect(readPageMetaLine(line)).toMatchObject({ date, source });
	});
});
