import { describe, expect, test } from 'vitest';
import { fieldKind } from './field-keys.ts';
import { readPageMetaLine } from './page-meta.ts';
import { itemsOf } from './web-test-page.ts';

// A web page's date read by the genre's grammar of printed dates: a digit year with its month and
// day in words is a date, and a document's written key over a clock time to the minute is when the
// page posted it (a document is written on a day).

/** Two paragraphs of a county report opening on a dateline of the day before the page's. */
const DATELINED = [
	'某某县新闻中心讯 6月11日，某某县召开夏季安全生产工作会议，通报上半年安全生产形势，部署下一阶段重点工作。',
	'会议要求，各部门要压紧压实安全责任，深入开展隐患排查整治，坚决遏制较大事故发生。',
];

describe('年份用数字、月日用汉字的发布日期', () => {
	test('键下的这种日期是网页的日期', () => {
		const [item] = itemsOf([
			'某某县召开夏季安全生产工作会议',
			'发布日期：2022年六月十二日   信息来源：某某县应急管理局',
			...DATELINED,
		]);
		expect(item).toMatchObject({ date: '2022-06-12', source: '某某县应急管理局' });
	});
});

describe('带到分钟的时刻的发文时间是网页发布的时间', () => {
	test('读作发布日期，胜过电头的月日', () => {
		expect(readPageMetaLine('发文时间：2022-06-12 08:40　来源：某某县应急管理局')).toMatchObject({
			date: '2022-06-12',
		});
		expect(readPageMetaLine('发文时间：2022-06-12 08:40')?.dateKind).toBeUndefined();
		const [item] = itemsOf([
			'某某县召开夏季安全生产工作会议',
			'发文时间：2022年6月12日 周日 08:40　来源：某某县应急管理局　浏览：1024',
			...DATELINED,
		]);
		expect(item?.date).toBe('2022-06-12');
	});

	test('发文时间不带时刻也是网页发布的时间', () => {
		expect(fieldKind('发文时间')).toBe('date');
		const [item] = itemsOf([
			'某某县召开夏季安全生产工作会议',
			'发文时间：周日 2022/6/12　来源：某某县应急管理局',
			...DATELINED,
		]);
		expect(item?.date).toBe('2022-06-12');
	});

	test('只到日的发文日期仍是文件的成文日期', () => {
		expect(fieldKind('发文日期')).toBe('written');
		expect(readPageMetaLine('发文日期：2022-06-12')?.dateKind).toBe('written');
	});
});

describe('问候访客的顶栏里的日期是读者的今天', () => {
	test('顶栏的日期和问候语不是报头，也不是发布者和日期', () => {
		expect(readPageMetaLine('2024-05-08 周三  欢迎来到某某区政务服务网')).toBeUndefined();
		const [item] = itemsOf([
			'2024-05-08 周三  欢迎来到某某区政务服务网',
			'首页  政务公开  政务服务  互动交流',
			'某某县召开夏季安全生产工作会议',
			'日期：2022年6月12日 10时05分  来源：某某县应急管理局  点击：2048次',
			...DATELINED,
		]);
		expect(item).toMatchObject({ date: '2022-06-12', source: '某某县应急管理局' });
	});
});

describe('报头上用汉字印的出版日期', () => {
	test('报名、汉字日期和版数的报头', () => {
		expect(readPageMetaLine('某某晨报 | 2021年三月九日 | 今日12版')).toMatchObject({
			kind: 'masthead',
			date: '2021-03-09',
			source: '某某晨报',
		});
		expect(
			readPageMetaLine('二〇二一年三月九日出版  某某晨报  国内统一连续出版物号 CN11-0000'),
		).toMatchObject({
			kind: 'masthead',
			date: '2021-03-09',
		});
	});
});

describe('搜索引擎快照的说明不是报纸的版头', () => {
	test('快照的站名和保存日期不是网页的来源和日期', () => {
		const [item] = itemsOf([
			'百度快照 ｜ 某某区政务网 ｜ 快照日期 2025-03-02 08:00',
			'某某县召开夏季安全生产工作会议',
			'发布时间：2022-06-12 10:05  来源：某某县应急管理局',
			...DATELINED,
		]);
		expect(item).toMatchObject({ date: '2022-06-12', source: '某某县应急管理局' });
	});
});

describe('信息公开记录一行里的编号', () => {
	test('年份和序号之间用空格隔开的编号也是编号格', () => {
		expect(
			readPageMetaLine('（2021） 00457 ｜ 某某县林业局 ｜ 公开日期：2021-04-06'),
		).toMatchObject({
			date: '2021-04-06',
			source: '某某县林业局',
		});
	});
});

describe('用点隔开、以句点收尾的日期', () => {
	test('日后的句点是日期的一部分，不挡住后面的字段', () => {
		expect(readPageMetaLine('某某晚报 | 2021.3.9. | 今日12版')).toMatchObject({
			date: '2021-03-09',
			source: '某某晚报',
		});
		const [item] = itemsOf([
			'某某县召开夏季安全生产工作会议',
			'某某县应急管理局 ｜ 2022.6.12. 10:05 ｜ 浏览 318',
			...DATELINED,
		]);
		expect(item).toMatchObject({ date: '2022-06-12', source: '某某县应急管理局' });
	});
});
