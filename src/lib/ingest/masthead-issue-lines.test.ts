import { describe, expect, test } from 'vitest';
import { isOutletName } from './outlets.ts';
import { readPageMetaLine } from './page-meta.ts';

// An e-paper's masthead as county and city papers print it: a county's edition with the county's
// full name (`某某晚报·某某哈萨克自治县版`), the digital edition word after that edition, the issue's
// day under 本期 with the paper's office under 出版, and papers named 时讯.

describe('报头里的地方版', () => {
	test('自治县全名的地方版是报名的一部分', () => {
		expect(
			readPageMetaLine(
				'某某市晚报·某某哈萨克自治县版　2022年12月04日　星期日　农历壬寅年十一月十一',
			),
		).toMatchObject({
			kind: 'masthead',
			date: '2022-12-04',
			source: '某某市晚报·某某哈萨克自治县版',
		});
	});

	test('地方版后面的“电子版”不是报名', () => {
		expect(readPageMetaLine('某某市晚报·某某县版电子版　2020年02月21日')).toMatchObject({
			kind: 'masthead',
			date: '2020-02-21',
			source: '某某市晚报·某某县版',
		});
		expect(readPageMetaLine('某某县融媒·周报电子版　2022年11月12日')).toMatchObject({
			source: '某某县融媒·周报',
		});
	});
});

describe('“本期”和“出版”', () => {
	test('出版单位是报社时，来源是报纸', () => {
		expect(readPageMetaLine('本期：2022年12月28日　出版：某某市信息报社')).toEqual({
			kind: 'masthead',
			date: '2022-12-28',
			source: '某某市信息报',
		});
		expect(readPageMetaLine('本期：2020年02月19日　出版：某某市晚报·某某县版社')).toMatchObject({
			source: '某某市晚报·某某县版',
		});
	});

	test('通讯社不是报社，本期单独是日期', () => {
		expect(readPageMetaLine('本期：2022年12月28日　出版：新华通讯社')).toEqual({
			kind: 'fields',
			date: '2022-12-28',
		});
	});

	test('“时讯”是报名', () => {
		expect(isOutletName('某某市时讯')).toBe(true);
		expect(readPageMetaLine('2024年08月18日出版　某某市时讯')).toMatchObject({
			kind: 'masthead',
			date: '2024-08-18',
			source: '某某市时讯',
		});
	});
});
