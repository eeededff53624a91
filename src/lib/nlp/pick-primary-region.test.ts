import { expect, test } from 'vitest';
import { pickPrimaryRegion } from './pick-primary-region.ts';

test('one county holding most weight wins over its city and province: 宝安区', () => {
	expect(
		pickPrimaryRegion(
			new Map([
				['440000', 6],
				['440300', 6],
				['440306', 20],
			]),
		),
	).toBe('440306');
});

test('three counties of 枣庄 sharing the weight give 枣庄市', () => {
	expect(
		pickPrimaryRegion(
			new Map([
				['370404', 3],
				['370406', 3],
				['370481', 3],
			]),
		),
	).toBe('370400');
});

test('a round-up of several provinces is national', () => {
	expect(
		pickPrimaryRegion(
			new Map([
				['130000', 2],
				['370000', 2],
				['330000', 2],
			]),
		),
	).toBe('000000');
});

test('nothing found is national', () => {
	expect(pickPrimaryRegion(new Map())).toBe('000000');
});

test('a dateline prior tips the province but does not block going down to its county', () => {
	const scores = new Map([
		['520000', 3],
		['330100', 3.5],
	]);
	expect(pickPrimaryRegion(scores)).toBe('330100');
	expect(pickPrimaryRegion(scores, new Map([['520000', 2]]))).toBe('520000');
	expect(
		pickPrimaryRegion(
			new Map([
				['520000', 1],
				['522630', 3],
			]),
			new Map([['520000', 2]]),
		),
	).toBe('522630');
});

test('with three provinces present the leader needs half the weight: 45 % is a round-up', () => {
	expect(
		pickPrimaryRegion(
			new Map([
				['430000', 4.5],
				['440000', 3],
				['330000', 2.5],
			]),
		),
	).toBe('000000');
});

test('龙华区 the only district named beside 深圳市: the district, even with a third of the weight', () => {
	expect(
		pickPrimaryRegion(
			new Map([
				['440300', 7],
				['440309', 3],
			]),
		),
	).toBe('440309');
});

test('龙华区 beside 宝安区 under 深圳市: a district needs half of its city then', () => {
	expect(
		pickPrimaryRegion(
			new Map([
				['440300', 7],
				['440309', 3],
				['440306', 1],
			]),
		),
	).toBe('440300');
});

test('各地出招 naming 山西怀仁 and 成都: a round-up, while without the cue 怀仁 leads', () => {
	const scores = new Map([
		['140000', 0.6],
		['140681', 2],
		['510100', 2],
	]);
	expect(pickPrimaryRegion(scores)).toBe('140681');
	expect(pickPrimaryRegion(scores, new Map(), { roundUpCue: true })).toBe('000000');
});
