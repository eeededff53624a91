import { describe, expect, test } from 'vitest';
import { readPageMetaLine } from './page-meta.ts';
import { itemsOf } from './web-test-page.ts';

// A web page's date printed in the other orders of the genre's printings: a two-digit year first,
// set off on its line as a four-digit one is (not only beside a clock or under a date key), and a
// four-digit year last after the month and day, as software set to an English locale prints it.

/** Two paragraphs of a county report opening on a dateline of the day before the page's. */
const DATELINED = [
	'某某县新闻中心讯 6月11日，某某县召开夏季安全生产工作会议，通报上半年安全生产形势，部署下一阶段重点工作。',
	'会议要求，各部门要压紧压实安全责任，深入开展隐患排查整治，坚决遏制较大事故发生。',
];

describe('两位数年份在前、在行里单独隔开的日期', () => {
	test('字段之间、单独一行或后跟星期的“22.06.12”读作2022年', () => {
		expect(readPageMetaLine('某某县应急管理局 · 22.06.12 · 浏览 318')).toMatchObject({
			date: '2022-06-12',
			source: '某某县应急管理局',
		});
		expect(readPageMetaLine('22.06.12（周日）')?.date).toBe('2022-06-12');
		expect(readPageMetaLine('22.06.12')?.date).toBe('2022-06-12');
	});

	test('电子报报名下一行的“22.06.12 周日”是报纸的出版日期', () => {
		const [item] = itemsOf([
			'某某晨报电子版',
			'22.06.12 周日',
			'第03版：要闻',
			'某某县召开夏季安全生产工作会议',
			...DATELINED,
		]);
		expect(item).toMatchObject({ date: '2022-06-12', source: '某某晨报' });
	});

	test('没有隔开、紧贴别的字或不在日历上的数字不是日期', () => {
		expect(readPageMetaLine('文号：22-11-05')?.date).toBeUndefined();
		expect(readPageMetaLine('22.13.12')).toBeUndefined();
		expect(readPageMetaLine('V22.06.12版')?.date).toBeUndefined();
	});
});

describe('年份在后的日期', () => {
	test('斜线隔开、年份在后的日期先月后日，头一个数大于12时先日后月', () => {
		expect(readPageMetaLine('时间：6/12/2022 10:05 来源：某某县应急管理局')).toMatchObject({
			date: '2022-06-12',
			source: '某某县应急管理局',
		});
		expect(readPageMetaLine('时间：25/6/2022')?.date).toBe('2022-06-25');
		expect(readPageMetaLine('时间：13/13/2022')?.date).toBeUndefined();
	});

	test('发布者和浏览数之间年份在后的日期胜过电头的月日', () => {
		const [item] = itemsOf([
			'某某县召开夏季安全生产工作会议',
			'某某县应急管理局 ｜ 06/12/2022 ｜ 浏览 318',
			...DATELINED,
		]);
		expect(item).toMatchObject({ date: '2022-06-12', source: '某某县应急管理局' });
	});
});
