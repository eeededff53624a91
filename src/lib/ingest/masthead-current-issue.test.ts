import { describe, expect, test } from 'vitest';
import { readPageMetaLine } from './page-meta.ts';

// An e-paper's masthead keys the issue it shows as 当期 or 本期 (`当期：2021-03-09 08:00 某某日报`):
// only a periodical prints that key, so the clock time a content system adds does not make the
// line a web page's byline; the weekday may stand in brackets (`（星期二）`), and a city paper's
// edition for one county is named for it without a separator (`某某日报某某县版`).

describe('电子报报头的“当期”与县版', () => {
	test('“当期：日期 时间 星期 报名”是报头', () => {
		expect(readPageMetaLine('当期：2021-03-09　08:30　星期二　某某日报')).toMatchObject({
			kind: 'masthead',
			date: '2021-03-09',
			source: '某某日报',
		});
	});

	test('括号里的星期、报名后的“电子版”', () => {
		expect(readPageMetaLine('2021年3月9日 08:30（星期二）　某某晚报电子版')).toMatchObject({
			kind: 'masthead',
			date: '2021-03-09',
			source: '某某晚报',
		});
	});

	test('市报的县版“某某日报某某县版”是报名，不带“当期”也读', () => {
		expect(readPageMetaLine('当期：2021-03-09　某某日报某某县版')).toMatchObject({
			source: '某某日报某某县版',
		});
		expect(readPageMetaLine('2021-03-09　某某日报某某县版')).toMatchObject({
			kind: 'masthead',
			source: '某某日报某某县版',
		});
	});

	test('不带报刊键和版名的“机构 日期 时间”仍不是报头', () => {
		expect(readPageMetaLine('某某县人民政府 2021-03-09 08:30')).not.toMatchObject({
			kind: 'masthead',
		});
	});
});
