import { describe, expect, test } from 'vitest';
import { breadcrumbMetaTail } from './crumb-meta.ts';
import { readPageMetaLine } from './page-meta.ts';

// A portal's location bar may print the page's time and publisher after its path in the form its
// software's English locale gives (`1/27/2023 15:14:14`, month and day before the year), and a
// date in tortoise-shell brackets may carry its weekday in round brackets after the clock time.

describe('路径后的英文区域日期、括号里的星期', () => {
	test('“首页 > 正文　1/27/2023 15:14:14　机构”：路径后是日期和来源', () => {
		const tail = breadcrumbMetaTail('首页 > 新闻中心 > 正文　1/27/2023 15:14:14　某某县卫健局');
		expect(tail).toBe('1/27/2023 15:14:14　某某县卫健局');
		expect(readPageMetaLine(tail!)).toMatchObject({
			date: '2023-01-27',
			source: '某某县卫健局',
		});
	});

	test('“〔2023年10月25日 11:44（星期三）〕”是日期', () => {
		expect(readPageMetaLine('〔2023年10月25日 11:44（星期三）〕')).toMatchObject({
			date: '2023-10-25',
		});
	});
});
