import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	appendThemeLabels,
	batchNumbers,
	readThemeLabels,
	relabelThemes,
} from './theme-label-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'theme-labels-'));
const write = (name: string, text: string) => {
	writeFileSync(join(dir, name), text);
	return join(dir, name);
};

describe('readThemeLabels', () => {
	test('reads ids and themes; a second label of the same id replaces the first', () => {
		const path = write(
			'ok.json',
			JSON.stringify({
				about: 'x',
				items: [
					{ id: 'RMRB-1', primary: 'ecology', themes: ['ecology'] },
					{ id: 'rmrb-1', primary: null, themes: [] },
				],
			}),
		);
		expect(readThemeLabels(path)).toEqual([{ id: 'rmrb-1', primary: null, themes: [] }]);
	});

	test('names the file and the bad field when a theme is not in the taxonomy', () => {
		const path = write(
			'bad.json',
			JSON.stringify({ about: 'x', items: [{ id: 'a', primary: '环保', themes: [] }] }),
		);
		expect(() => readThemeLabels(path)).toThrow(/bad\.json is not valid: .*primary/u);
	});

	test('names the file when it is not JSON', () => {
		expect(() => readThemeLabels(write('broken.json', '{'))).toThrow(/cannot read .*broken\.json/u);
	});
});

describe('batchNumbers', () => {
	test('reads 19-21,31 as four batches', () => {
		expect(batchNumbers('19-21,31')).toEqual([19, 20, 21, 31]);
	});

	test('refuses a falling range and a word', () => {
		expect(() => batchNumbers('24-19')).toThrow(/batch numbers like/u);
		expect(() => batchNumbers('19,新')).toThrow(/batch numbers like/u);
	});
});

describe('appendThemeLabels', () => {
	test('adds new ids after the old ones and keeps an earlier label of the same id', () => {
		const old = [{ id: 'xwlb-1', primary: 'talent' as const, themes: ['talent' as const] }];
		const { items, added } = appendThemeLabels(old, [
			{ id: 'XWLB-1', primary: null, themes: [] },
			{ id: 'rmrb-2', primary: 'ecology', themes: ['ecology'] },
		]);
		expect(added).toBe(1);
		expect(items.map((l) => [l.id, l.primary])).toEqual([
			['xwlb-1', 'talent'],
			['rmrb-2', 'ecology'],
		]);
	});
});

describe('relabelThemes', () => {
	test('puts a second reading in place of the first and counts changed primaries per class', () => {
		const old = [
			{ id: 'xwlb-1', primary: 'party-building' as const, themes: ['party-building' as const] },
			{ id: 'rmrb-2', primary: 'party-building' as const, themes: ['party-building' as const] },
			{ id: 'rmrb-3', primary: 'ecology' as const, themes: ['ecology' as const] },
		];
		const { items, counts } = relabelThemes(
			old,
			[
				{
					id: 'XWLB-1',
					primary: 'cadre-work-style',
					themes: ['cadre-work-style', 'party-building'],
				},
				{ id: 'rmrb-2', primary: 'party-building', themes: ['party-building'] },
				{ id: 'rmrb-9', primary: 'talent', themes: ['talent'] },
			],
			() => 'party-building>cadre-work-style',
		);
		expect(items.map((l) => [l.id, l.primary, l.themes.length])).toEqual([
			['xwlb-1', 'cadre-work-style', 2],
			['rmrb-2', 'party-building', 1],
			['rmrb-3', 'ecology', 1],
		]);
		expect(counts).toEqual(new Map([['party-building>cadre-work-style', { read: 2, changed: 1 }]]));
	});
});
