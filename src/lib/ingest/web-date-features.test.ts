import { describe, expect, test } from 'vitest';
import { printedDates, WEB_DATE_FEATURES, webDateRows } from './web-date-features.ts';
import { locateWebItems } from './web-item-lines.ts';

// The date candidates of a web page's item: every full date the page prints, with where it stands
// from the text, the key before it and how many dates its line and neighbours hold.

const PAGE = [
	'通知公告：关于开展防汛演练的通知 2024-06-03 · 关于公布第二批名单的公示 2024-06-01',
	'某某县召开夏季安全生产工作会议',
	'发布时间：2024年五月二十八日 09:30  来源：某某县应急管理局',
	'施行日期：2024-07-01　有效期至：2029-06-30',
	'5月27日，某某县召开夏季安全生产工作会议，通报上半年安全生产形势，部署下一阶段重点工作。',
	'会议要求，各部门要压紧压实安全责任，坚决遏制较大事故发生。',
].map((text, i) => ({ text, line: i + 1 }));
const ITEM = { paragraphs: PAGE.slice(4).map((l) => l.text) };
const at = (name: (typeof WEB_DATE_FEATURES)[number]) => WEB_DATE_FEATURES.indexOf(name);

describe('网页上印出的每个完整日期都是候选', () => {
	test('汉字月日的日期也读，一行两个日期各算一个', () => {
		const dated = printedDates(PAGE);
		expect(dated.map((d) => d.map((p) => p.iso))).toEqual([
			['2024-06-03', '2024-06-01'],
			[],
			['2024-05-28'],
			['2024-07-01', '2029-06-30'],
			[],
			[],
		]);
	});

	test('键的种类、同行日期数和离正文的行数', () => {
		const [place] = locateWebItems(PAGE, [ITEM]);
		const rows = webDateRows(PAGE, printedDates(PAGE), place!, '2024-05-28');
		expect(rows.dates).toEqual([
			'2024-06-03',
			'2024-06-01',
			'2024-05-28',
			'2024-07-01',
			'2029-06-30',
		]);
		expect(rows.rule).toBe(2);
		const [ticker, , published, effective] = rows.rows;
		expect(ticker![at('datesOnLine')]).toBe(2);
		expect(ticker![at('toText')]).toBe(-4);
		expect(published![at('keyPublished')]).toBe(1);
		expect(published![at('clock')]).toBe(1);
		expect(published![at('rule')]).toBe(1);
		expect(published![at('lineSourceKey')]).toBe(1);
		expect(ticker![at('lineSourceKey')]).toBe(0);
		expect(effective![at('keyEffective')]).toBe(1);
		expect(effective![at('daysFromRule')]).toBe(34);
	});

	test('哪里都没印的规则日期也作为一个候选', () => {
		const [place] = locateWebItems(PAGE, [ITEM]);
		const rows = webDateRows(PAGE, printedDates(PAGE), place!, '2024-05-27');
		expect(rows.dates.at(-1)).toBe('2024-05-27');
		expect(rows.rule).toBe(rows.dates.length - 1);
		expect(rows.rows.at(-1)![at('unprinted')]).toBe(1);
	});
});
