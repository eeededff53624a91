import { describe, expect, test } from 'vitest';
import { bigramDice, charBigrams, matchItem, regionErrorClass } from './score-page-region.ts';

describe('regionErrorClass', () => {
	const jiyang = { region: '370115', regions_any: [] };
	test('济阳区 itself, or an accepted alternative, is right', () => {
		expect(regionErrorClass(jiyang, '370115')).toBeNull();
		expect(regionErrorClass({ region: '430100', regions_any: ['430104'] }, '430104')).toBeNull();
	});
	test('济南市 or 山东省 for an article about 济阳区 is above the gold place', () => {
		expect(regionErrorClass(jiyang, '370100')).toBe('province/city above the gold place');
		expect(regionErrorClass(jiyang, '370000')).toBe('province/city above the gold place');
	});
	test('济阳区 for an article about 济南市 is too fine', () => {
		expect(regionErrorClass({ region: '370100', regions_any: [] }, '370115')).toBe('too fine');
	});
	test('深圳 for 济阳区 is another province; 青岛 is elsewhere in 山东', () => {
		expect(regionErrorClass(jiyang, '440300')).toBe('other province');
		expect(regionErrorClass(jiyang, '370200')).toBe('elsewhere in the province');
	});
	test('a national item given 山东, and 山东 given 000000', () => {
		expect(regionErrorClass({ region: '000000', regions_any: [] }, '370000')).toBe(
			'national given a local code',
		);
		expect(regionErrorClass({ region: '370000', regions_any: [] }, '000000')).toBe(
			'local given 000000',
		);
	});
});

describe('matchItem', () => {
	const items = [
		{
			title: '山东济阳第一书记共享式扶贫',
			body: '新市镇的第一书记们把资源拿出来共享，帮村里发展产业。',
		},
		{ title: '长沙整治文山会海', body: '长沙市委办公厅下发通知，精简会议和文件。' },
	];
	test('finds the item that holds the gold text, punctuation aside', () => {
		const m = matchItem('长沙市委办公厅下发通知，精简会议和文件', items);
		expect(m?.item.title).toBe('长沙整治文山会海');
		expect(m?.foreign).toBeGreaterThan(0);
		expect(m?.foreign).toBeLessThan(0.5);
	});
	test('an item glued to its neighbour carries foreign text', () => {
		const glued = [{ title: items[0]!.title, body: `${items[0]!.body}\n${items[1]!.body}` }];
		const m = matchItem(items[0]!.body, glued);
		expect(m?.foreign).toBeGreaterThan(0.4);
	});
	test('no item sharing any text gives null', () => {
		expect(matchItem('国务院常务会部署', items)).toBeNull();
	});
	test('the Dice coefficient of a text with itself is 1', () => {
		const g = charBigrams('精简会议和文件');
		expect(bigramDice(g, g)).toBe(1);
		expect(bigramDice(g, new Set())).toBe(0);
	});
});
