import { describe, expect, test } from 'vitest';
import { itemsOf } from './web-test-page.ts';

// A broadcast's item (`央视网消息（新闻联播）：` opens its text) has one headline, its clauses set off
// by a space, and no kicker: a page that breaks it over two lines prints two halves of one title.

const HEAD = [
	'某某县人民政府门户网站',
	'首页 | 新闻 | 公开 | 服务',
	'全国春耕备耕工作会议在京召开',
	'某某某出席会议并讲话',
	'来源：央视《新闻联播》　发布时间：2024-03-05 10:20',
];

const TEXT = [
	'会议指出，全国春耕备耕工作会议要求各地压实责任，做好农资供应和技术服务，某某某出席会议并讲话，为全年粮食丰收打下基础。',
	'会议强调，要抓好春耕生产，稳定粮食播种面积，确保粮食安全和重要农产品稳定供给。',
];

describe('广播电视新闻的标题被网页折成两行', () => {
	test('两行是同一个标题', () => {
		const [item] = itemsOf([
			...HEAD,
			`央视网消息（新闻联播）：全国春耕备耕工作会议5日在北京召开。${TEXT[0]}`,
			TEXT[1]!,
		]);
		expect(item?.title).toBe('全国春耕备耕工作会议在京召开 某某某出席会议并讲话');
		expect(item?.source).toBe('央视《新闻联播》');
	});

	test('编者按之后才是广播的导语，两行仍是同一个标题', () => {
		const [item] = itemsOf([
			...HEAD,
			'【编者按】近年来，某某县扎实推进春耕生产。本网今起推出系列报道，敬请关注。',
			`央视网消息（新闻联播）：全国春耕备耕工作会议5日在北京召开。${TEXT[0]}`,
			TEXT[1]!,
		]);
		expect(item?.title).toBe('全国春耕备耕工作会议在京召开 某某某出席会议并讲话');
	});

	test('标题下的署名、路径不是标题的后半', () => {
		const lead = `央视网消息（新闻联播）：全国春耕备耕工作会议5日在北京召开。${TEXT[0]}`;
		const credit = [HEAD[0]!, HEAD[1]!, HEAD[3]!, '文／王某某 图／李某某', HEAD[4]!];
		expect(itemsOf([...credit, lead, TEXT[1]!])[0]?.title).toBe('某某某出席会议并讲话');
		const site = [HEAD[0]!, HEAD[1]!, '央视网 新闻频道', HEAD[3]!, HEAD[4]!];
		expect(itemsOf([...site, lead, TEXT[1]!])[0]?.title).toBe('某某某出席会议并讲话');
		const path = [HEAD[0]!, '首页》新闻动态》部门信息', HEAD[3]!, HEAD[4]!];
		expect(itemsOf([...path, lead, TEXT[1]!])[0]?.title).toBe('某某某出席会议并讲话');
	});

	test('报纸稿件的引题仍是引题', () => {
		const [item] = itemsOf([...HEAD, `本报北京3月5日电　${TEXT[0]}`, TEXT[1]!]);
		expect(item?.title).not.toContain('全国春耕备耕工作会议在京召开 某某某出席会议并讲话');
	});
});
