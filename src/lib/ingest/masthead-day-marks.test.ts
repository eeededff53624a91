import { describe, expect, test } from 'vitest';
import { readPageMetaLine } from './page-meta.ts';

// What an e-paper's masthead prints around the date besides its weekday: the hour the
// issue went up (`07:30`, `09时`), the weekday again as a calendar badge's one character (`六`) and
// the count of pages (`今日12版`), in any order around the paper's name.

describe('报头日期旁的钟点、星期单字和版数', () => {
	test('报名在前，日期后有钟点、星期单字和版数', () => {
		expect(readPageMetaLine('某某晚报  2023年5月6日 星期六·07:30  六  今日12版')).toMatchObject({
			kind: 'masthead',
			date: '2023-05-06',
			source: '某某晚报',
		});
		expect(
			readPageMetaLine('某某商报  二〇二一年三月九日　星期二　09时  二  本期16版', true),
		).toMatchObject({ kind: 'masthead', date: '2021-03-09', source: '某某商报' });
	});

	test('日期在前，报名在钟点和星期单字之后（版面标签旁）', () => {
		expect(readPageMetaLine('2021年3月9日  08时15分　二　某某商报', true)).toMatchObject({
			date: '2021-03-09',
			source: '某某商报',
		});
	});

	test('电子版报头的日期后带整点', () => {
		expect(
			readPageMetaLine('某某时报电子版 · 二〇二一年三月九日　星期二　09时', true),
		).toMatchObject({ kind: 'masthead', date: '2021-03-09', source: '某某时报' });
	});

	test('报名下单独一行的日期，带星期单字', () => {
		expect(readPageMetaLine('2021年03月09日｜星期二 二', true)).toMatchObject({
			date: '2021-03-09',
		});
		expect(readPageMetaLine('2021/3/9　08:12:45 二', true)).toMatchObject({ date: '2021-03-09' });
	});

	test('网页上机构名、日期和钟点仍是字段，不是报头', () => {
		expect(readPageMetaLine('某某县融媒体中心 2021-03-09 08:15')).toMatchObject({
			kind: 'fields',
			source: '某某县融媒体中心',
		});
	});
});

describe('日期、星期和钟点之间的分隔符', () => {
	test('日期和星期之间有竖线', () => {
		expect(readPageMetaLine('某某晨报  2021年03月09日｜星期二  二  今日16版')).toMatchObject({
			kind: 'masthead',
			date: '2021-03-09',
			source: '某某晨报',
		});
	});

	test('钟点前有间隔号的网页字段行', () => {
		expect(
			readPageMetaLine('2021-03-09·08:15  某某县融媒体中心  【字体：大 中 小】'),
		).toMatchObject({
			date: '2021-03-09',
			source: '某某县融媒体中心',
		});
		expect(
			readPageMetaLine('2021年3月9日 星期二·08:15  某某县教育局  【字体：大 中 小】'),
		).toMatchObject({ date: '2021-03-09', source: '某某县教育局' });
	});
});
