import { describe, expect, test } from 'vitest';
import { readPageMetaLine } from './page-meta.ts';
import { itemsOf } from './web-test-page.ts';

// How an e-paper names itself in its masthead, from the genre: a city paper's edition for its
// counties in brackets (`某某日报（县区版）`) or a county's own pages inside it after a middle dot
// (`某某日报·某某县新闻`), papers whose names end in 晨刊, 周刊 or 通讯, the page's number keyed as
// 版次, the section after the page label, and the link back to the contents
// (`返回某某日报目录`), whose name is the paper's.

const BODY = [
	'本报讯 今年以来，某某市加快“四好农村路”建设，新建改建农村公路120公里，惠及沿线群众10万余人。',
	'该市还建立县乡村三级路长制，实现农村公路管护全覆盖。',
];

describe('报头里的报名', () => {
	test('括号里的县区版、农村版是报名的一部分', () => {
		expect(readPageMetaLine('某某日报（农村版） 2021年3月9日')).toMatchObject({
			kind: 'masthead',
			source: '某某日报（农村版）',
			date: '2021-03-09',
		});
	});

	test('间隔号后的县区新闻版是报名的一部分，“数字报”不是', () => {
		expect(readPageMetaLine('某某市日报·某某县新闻 2021 / 3 / 9 星期二')).toMatchObject({
			kind: 'masthead',
			source: '某某市日报·某某县新闻',
			date: '2021-03-09',
		});
		expect(readPageMetaLine('某某日报·数字报 2021年3月9日')).toMatchObject({
			source: '某某日报',
		});
	});

	test('间隔号后的“某某版”（县区版、海外版）也是报名的一部分', () => {
		expect(readPageMetaLine('某某市日报·农村版 电子版 | 出版日期：2021．3．9')).toMatchObject({
			kind: 'masthead',
			source: '某某市日报·农村版',
			date: '2021-03-09',
		});
		expect(readPageMetaLine('2021-03-09 00:00　某某日报·海外版')).toMatchObject({
			kind: 'masthead',
			source: '某某日报·海外版',
		});
		expect(readPageMetaLine('《某某日报·县区版》2021-03-09')).toMatchObject({
			source: '某某日报·县区版',
		});
		expect(readPageMetaLine('某某日报·县区版数字报　2021．3．9')).toMatchObject({
			source: '某某日报·县区版',
		});
	});

	test('“本期日期”是出版日期；数字版前的名字都是报名', () => {
		expect(readPageMetaLine('某某市日报·县区版·数字版　本期日期：2021 - 3 - 9')).toMatchObject({
			kind: 'masthead',
			source: '某某市日报·县区版',
			date: '2021-03-09',
		});
		expect(readPageMetaLine('今日某某·数字版　本期日期：2021．3．9')).toMatchObject({
			kind: 'masthead',
			source: '今日某某',
			date: '2021-03-09',
		});
	});

	test('“某某报社主办 日期出版”：报社名下的报纸是来源', () => {
		expect(readPageMetaLine('某某县报社主办　2021-03-09 00:00出版')).toMatchObject({
			kind: 'masthead',
			source: '某某县报',
			date: '2021-03-09',
		});
		expect(readPageMetaLine('今日某某社主办　2021 - 03 - 09出版')).toMatchObject({
			kind: 'masthead',
			source: '今日某某',
		});
		expect(readPageMetaLine('某某市日报·县区版社主办　2021．3．9出版')).toMatchObject({
			source: '某某市日报·县区版',
		});
	});

	test('县区新闻版后再跟“电子版”', () => {
		expect(readPageMetaLine('某某市日报·某某县新闻电子版　出版时间：2021 / 3 / 9')).toMatchObject({
			kind: 'masthead',
			source: '某某市日报·某某县新闻',
			date: '2021-03-09',
		});
	});

	test('晨刊、周刊、通讯也是报名', () => {
		expect(readPageMetaLine('某某晨刊 2021-03-09')).toMatchObject({
			kind: 'masthead',
			source: '某某晨刊',
		});
		expect(readPageMetaLine('某某县通讯 2021年3月9日 星期二')).toMatchObject({
			kind: 'masthead',
			source: '某某县通讯',
		});
	});

	test('报名后带“版次：”和“日期：”', () => {
		expect(readPageMetaLine('某某晨刊 版次：15 日期：2021. 03. 09')).toMatchObject({
			kind: 'masthead',
			source: '某某晨刊',
			date: '2021-03-09',
		});
	});

	test('“返回某某报目录”的报名是报纸的', () => {
		expect(readPageMetaLine('返回某某市民报目录 | 2021 / 3 / 9')).toMatchObject({
			kind: 'masthead',
			source: '某某市民报',
			date: '2021-03-09',
		});
	});

	test('句子和标题不是报头', () => {
		expect(readPageMetaLine('返回家乡创业的大学生 2021年3月9日')).toBeUndefined();
		expect(readPageMetaLine('某某县召开通讯员培训会 2021年3月9日')).toBeUndefined();
	});
});

describe('报名一行、出版日期和期号另一行', () => {
	test('报名单独一行，下一行是日期和总期号', () => {
		const [a] = itemsOf([
			'某某日报（县区版）',
			'2021 / 03 / 09　总第12345期',
			'PDF版 下载本版',
			'',
			'某某市新建改建农村公路120公里',
			...BODY,
		]);
		expect(a).toMatchObject({ date: '2021-03-09', source: '某某日报（县区版）' });
	});

	test('市报的县区版报名单独一行（某某市日报·某某县新闻），下一行是日期和总期号', () => {
		const [a] = itemsOf([
			'某某市日报·某某县新闻',
			'2021 / 03 / 09　总第12345期',
			'',
			'某某市新建改建农村公路120公里',
			...BODY,
		]);
		expect(a).toMatchObject({ date: '2021-03-09', source: '某某市日报·某某县新闻' });
	});

	test('报名、日期、版面标签在一行', () => {
		const [a] = itemsOf([
			'某某市日报·某某县新闻　2021 / 3 / 9　第06版：要闻',
			'本版责编：王某　美编：李某',
			'',
			'某某市新建改建农村公路120公里',
			...BODY,
		]);
		expect(a).toMatchObject({ date: '2021-03-09', source: '某某市日报·某某县新闻' });
	});

	test('报名单独一行、下一行日期和总期号，再下是本版标题导航', () => {
		const [a] = itemsOf([
			'某某晨刊',
			'2021. 03. 09　总第12345期',
			'〖要闻〗 第05版',
			'某某市新建改建农村公路120公里',
			'某某县召开春季农业生产现场推进会',
			'',
			'某某市新建改建农村公路120公里',
			...BODY,
		]);
		expect(a).toMatchObject({ date: '2021-03-09', source: '某某晨刊' });
	});

	test('报名单独一行、下一行日期和总期号，再下是版面标签', () => {
		const [a] = itemsOf([
			'某某晨刊',
			'2021. 03. 09　总第12345期',
			'〖要闻〗 第05版',
			'',
			'某某市新建改建农村公路120公里',
			...BODY,
		]);
		expect(a).toMatchObject({ date: '2021-03-09', source: '某某晨刊' });
	});

	test('报名、日期、版面标签在一行：报名带县区版', () => {
		const [a] = itemsOf([
			'某某日报（县区版）　2021 / 3 / 9　第13版：要闻',
			'',
			'某某市新建改建农村公路120公里',
			...BODY,
		]);
		expect(a).toMatchObject({ date: '2021-03-09', source: '某某日报（县区版）' });
	});

	test('版号不带“第”字：《报名》日期 08版', () => {
		const [a] = itemsOf([
			'《某某晨刊》2021 / 3 / 9  08版',
			'',
			'某某市新建改建农村公路120公里',
			...BODY,
		]);
		expect(a).toMatchObject({ date: '2021-03-09', source: '某某晨刊' });
	});

	test('电头的月日早一天，报头的出版日期为准', () => {
		const [a] = itemsOf([
			'某某日报（县区版） 版次：04 日期：2021 / 3 / 9',
			'第04版：要闻',
			'',
			'某某市新建改建农村公路120公里',
			'新华社某某3月8日电 今年以来，某某市加快“四好农村路”建设，新建改建农村公路120公里。',
			BODY[1]!,
		]);
		expect(a).toMatchObject({ date: '2021-03-09', source: '某某日报（县区版）' });
	});
});
