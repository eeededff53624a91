import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readThemeLabels } from './theme-label-file.ts';

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
