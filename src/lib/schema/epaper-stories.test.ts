import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { searchConfigPath } from '../config-path.ts';
import { readEpaperStories } from './epaper-stories.ts';

const dir = mkdtempSync(join(tmpdir(), 'epaper-stories-'));
const write = (name: string, text: string) => {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
};

test('reads search-config/epaper-stories.json', () => {
	const settings = readEpaperStories(searchConfigPath('epaper-stories.json'))!;
	expect(settings.headInNext).toBeGreaterThan(0);
	expect(settings.nextChars).toBeGreaterThan(0);
});

test('a missing file means no settings; a bad one names the file and the reason', () => {
	expect(readEpaperStories(join(dir, 'none.json'))).toBeUndefined();
	const broken = write('broken.json', '{ "headInNext": ');
	expect(() => readEpaperStories(broken)).toThrow(/broken\.json is not valid JSON/);
	const wrong = write(
		'wrong.json',
		JSON.stringify({ headInNext: 2, headInStory: 0.1, continuity: 0.1, nextChars: 300 }),
	);
	expect(() => readEpaperStories(wrong)).toThrow(/wrong\.json[\s\S]*headInNext/);
});
