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
