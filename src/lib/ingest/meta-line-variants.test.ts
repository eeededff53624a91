import { describe, expect, test } from 'vitest';
import { readPageMetaLine } from './page-meta.ts';
import { itemsOf, LEAD } from './web-test-page.ts';

// Further printings of a page's meta line, from the habits of content systems and self-media
// platforms: a date in brackets among the fields, a two-digit year with its clock time, a relative
// time printed beside the real date, a key set off from its value by a bar, the publisher between
// dots after the date, a platform's account mark after the date, and a WeChat head line with its
// weekday and the city it was posted from.

describe('括号里的日期', () => {
	test('字段之间、发布者之后的【日期】', () => {
		expect(readPageMetaLine('某某县司法局  【2022-11-05】  阅读 3120')).toMatchObject({
			date: '2022-11-05',
			source: '某某县司法局',
		});
		expect(readPageMetaLine('发布日期：[2022/11/5]　来源：某某市林业局')).toMatchObject({
			date: '2022-11-05',
			source: '某某市林业局',
		});
		expect(readPageMetaLine('刊发时间：〔2022.11.05〕')?.date).toBe('2022-11-05');
	});

	test('括号里不是日期的字不拆', () => {
		expect(readPageMetaLine('【2022-11-05】某某县召开防汛工作会议')).toBeUndefined();
	});
});

describe('两位数的年份', () => {
	test('带钟点或在日期字段里的“22-11-05”读作2022年', () => {
		expect(readPageMetaLine('更新时间：22-11-05 16:40　来源：某某区教育局')).toMatchObject({
			date: '2022-11-05',
			source: '某某区教育局',
		});
		expect(readPageMetaLine('发布日期：19/03/08')?.date).toBe('2019-03-08');
		expect(readPageMetaLine('某某市气象局 21.07.30 08:15')).toMatchObject({
			date: '2021-07-30',
			source: '某某市气象局',
		});
	});

	test('日期字段里没有分隔符的八位数字', () => {
		expect(readPageMetaLine('发布日期：20210803 来源：某某日报')).toMatchObject({
			date: '2021-08-03',
			source: '某某日报',
		});
		expect(readPageMetaLine('发布于：2021-08-03 来源：某某日报')?.date).toBe('2021-08-03');
		// A number under another key, or a day the calendar lacks, is no date.
		expect(readPageMetaLine('索引号：20210803')?.date).toBeUndefined();
		expect(readPageMetaLine('发布日期：20211345')).toBeUndefined();
	});

	test('不像日期的数字不读', () => {
		expect(readPageMetaLine('文号：22-11-05')?.date).toBeUndefined();
		expect(readPageMetaLine('更新时间：22-13-05 16:40')).toBeUndefined();
	});
});

describe('相对时间与真实日期并列', () => {
	test('“昨天 10:05”之外印着日期，日期为准', () => {
		expect(
			readPageMetaLine('发布于 昨天 10:05 | 2021年8月3日 星期二 | 来源：某某县水务局'),
		).toMatchObject({ date: '2021-08-03', source: '某某县水务局' });
		expect(readPageMetaLine('更新于 前天 09:30 ｜ 21/08/03 09:30 ｜ 来源：某某日报')).toMatchObject(
			{ date: '2021-08-03', source: '某某日报' },
		);
	});

	test('发布者“N天前”后括号里的日期', () => {
		expect(
			readPageMetaLine('某某县文化和旅游局 发布于3天前（2021年8月3日 10时05分）'),
		).toMatchObject({
			date: '2021-08-03',
			source: '某某县文化和旅游局',
		});
		expect(readPageMetaLine('某某日报 5小时前 (2021-08-03)')).toMatchObject({
			date: '2021-08-03',
			source: '某某日报',
		});
	});
});

describe('键与值之间的竖线', () => {
	test('“来源 | 某某”“时间 | 日期”', () => {
		expect(readPageMetaLine('来源 | 某某县农业农村局')).toMatchObject({
			kind: 'fields',
			source: '某某县农业农村局',
		});
		expect(readPageMetaLine('发布时间 丨 2021年8月3日 10时05分')?.date).toBe('2021-08-03');
		expect(readPageMetaLine('日期 ｜ 二〇二一年八月三日 星期二')?.date).toBe('2021-08-03');
	});

	test('导航栏与署名不是字段', () => {
		expect(readPageMetaLine('首页 | 新闻中心 | 政务公开')).toBeUndefined();
		expect(readPageMetaLine('编辑 | 王某某')).toBeUndefined();
	});
});

describe('日期之后以圆点隔开的发布者', () => {
	test('“日期·发布者·作者：某某”', () => {
		expect(readPageMetaLine('2021年8月3日10:05·某某县融媒体中心·作者：王某')).toMatchObject({
			date: '2021-08-03',
			source: '某某县融媒体中心',
		});
		expect(readPageMetaLine('2021-08-03 10时05分·某某卫视《某某新闻》·作者：王某')).toMatchObject({
			date: '2021-08-03',
			source: '某某卫视《某某新闻》',
		});
		expect(readPageMetaLine('二〇二一年八月三日 星期二·某某市妇联·作者：王某')).toMatchObject({
			date: '2021-08-03',
			source: '某某市妇联',
		});
		expect(readPageMetaLine('2021-08-03 星期二 10:05·某某日报社全媒体·作者：王某')).toMatchObject({
			date: '2021-08-03',
			source: '某某日报社全媒体',
		});
	});
});

describe('自媒体平台的账号标记', () => {
	test('“发布者 日期 · 某某号”', () => {
		expect(readPageMetaLine('某某县融媒体中心 2021-08-03 10:05 · 百家号')).toMatchObject({
			date: '2021-08-03',
			source: '某某县融媒体中心',
		});
		expect(readPageMetaLine('某某市总工会 2021年8月3日 | 企鹅号')).toMatchObject({
			date: '2021-08-03',
			source: '某某市总工会',
		});
	});
});

describe('微信文章的头行', () => {
	test('带星期、括号里的日期、发表城市', () => {
		expect(readPageMetaLine('原创 某某县融媒体中心 2021.08.03 星期二 发表于某某市')).toMatchObject({
			date: '2021-08-03',
			source: '某某县融媒体中心',
		});
		expect(readPageMetaLine('原创 某某市教育局 【2021-08-03】 发表于某某自治州')).toMatchObject({
			date: '2021-08-03',
			source: '某某市教育局',
		});
		expect(
			readPageMetaLine('原创 某某县妇联 二〇二一年八月三日 星期二 发表于某某县'),
		).toMatchObject({ date: '2021-08-03', source: '某某县妇联' });
		expect(
			readPageMetaLine('原创 某某卫视《某某新闻》 2021-8-3 10时05分 发表于某某市'),
		).toMatchObject({ date: '2021-08-03', source: '某某卫视《某某新闻》' });
	});
});

describe('电子报报头的其他印法', () => {
	test('报名后的国内统一连续出版物号', () => {
		expect(
			readPageMetaLine('某某晚报  国内统一连续出版物号：CN37-0012  2021年8月3日'),
		).toMatchObject({ kind: 'masthead', date: '2021-08-03', source: '某某晚报' });
		expect(readPageMetaLine('某某日报 国内统一刊号 CN 11-0065/N 【2021-08-03】')).toMatchObject({
			kind: 'masthead',
			date: '2021-08-03',
			source: '某某日报',
		});
	});

	test('报头后以竖线隔开的工具链接', () => {
		expect(readPageMetaLine('2021-08-03 某某日报 往期回顾 | 版面导航')).toMatchObject({
			kind: 'masthead',
			date: '2021-08-03',
			source: '某某日报',
		});
		expect(readPageMetaLine('某某晚报 2021年8月3日 上一期 | 下一期 | PDF下载')).toMatchObject({
			kind: 'masthead',
			date: '2021-08-03',
			source: '某某晚报',
		});
	});

	test('有期号、刊号或版本词的报名不必以“报”结尾', () => {
		expect(readPageMetaLine('某某时讯 第1234期 2021/08/03')).toMatchObject({
			kind: 'masthead',
			date: '2021-08-03',
			source: '某某时讯',
		});
		expect(readPageMetaLine('某某周讯  国内统一连续出版物号：CN12-3456  2021-08-03')).toMatchObject(
			{
				kind: 'masthead',
				source: '某某周讯',
			},
		);
		expect(readPageMetaLine('某某时讯全媒体数字报刊平台')).toMatchObject({
			kind: 'masthead',
			source: '某某时讯',
		});
		// A body's name with a date is a publisher's line, no masthead.
		expect(readPageMetaLine('某某县农业农村局 2021/08/03')).toMatchObject({ kind: 'fields' });
	});

	test('书名号里的报名、“>”与圆点隔开的部分', () => {
		for (const line of [
			'《某某日报》2021年8月3日',
			'某某日报 > 2021年08月03日',
			'某某市报 · 2021年8月3日 · 第12345期',
		])
			expect(readPageMetaLine(line), line).toMatchObject({
				kind: 'masthead',
				date: '2021-08-03',
				source: line.startsWith('某某市报') ? '某某市报' : '某某日报',
			});
		// With a page label the line is a print page's header, which the cleaner reads.
		expect(readPageMetaLine('某某日报 2021年8月3日 第A03版')).toBeUndefined();
	});

	test('总期数', () => {
		expect(readPageMetaLine('某某日报 总第23456期 2021/08/03')).toMatchObject({
			kind: 'masthead',
			date: '2021-08-03',
			source: '某某日报',
		});
	});
});

describe('没有版面标签的三行报头', () => {
	test('报名、带农历的日期、今日版数，离标题较远', () => {
		const [a] = itemsOf([
			'某某晚报',
			'2021年8月3日 星期二 农历辛丑年六月廿五',
			'今日12版',
			'【本地要闻】',
			'往期检索',
			'按日期查看',
			'',
			'某某县召开春季森林防火工作推进会',
			...LEAD,
		]);
		expect(a).toMatchObject({ date: '2021-08-03', source: '某某晚报' });
	});
});

describe('微信头行在正文之上', () => {
	test('“原创 账号 日期 发表于某地”说出页面的来源和日期', () => {
		const [a] = itemsOf([
			'当前位置：首页 > 新闻中心',
			'某某县召开春季森林防火工作推进会',
			'原创 某某县应急管理局 2021.08.03 星期二 发表于某某市',
			'',
			...LEAD,
		]);
		expect(a).toMatchObject({
			title: '某某县召开春季森林防火工作推进会',
			date: '2021-08-03',
			source: '某某县应急管理局',
		});
	});
});

test('微信头行的账号带括号里的第二个名字，其后接日期和省份：仍说出来源和日期', () => {
	const [a] = itemsOf([
		'某某县召开春季森林防火工作推进会',
		'原创 张某 某某县融媒体中心（某某县广播电视台） 2021年8月3日 14:48 浙江',
		'',
		...LEAD,
	]);
	expect(a).toMatchObject({
		date: '2021-08-03',
		source: '某某县融媒体中心（某某县广播电视台）',
	});
});
