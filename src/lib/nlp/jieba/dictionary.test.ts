import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { searchConfigPath } from '../../config-path.ts';
import { DICTIONARY_FILE, loadJiebaDictionary } from './dictionary.ts';

const dir = mkdtempSync(join(tmpdir(), 'jucuo-jieba-dict-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('compiles jieba-dict.sqlite once and reopens it while the inputs are the same', () => {
	const file = join(dir, DICTIONARY_FILE);
	loadJiebaDictionary({ dir }).close();
	const compiled = statSync(file).mtimeMs;
	const dict = loadJiebaDictionary({ dir });
	expect(statSync(file).mtimeMs).toBe(compiled);
	const entries = dict.lookup(['营商环境', '营商', '峄城区', '不是词语的串', '稳就业保民生']);
	expect(entries.get('营商环境')?.word).toBe(true);
	expect(entries.get('营商')?.prefix).toBe(true);
	expect(entries.get('峄城区')?.word).toBe(true);
	expect(entries.has('不是词语的串')).toBe(false);
	expect(entries.get('稳就业保民生')?.word ?? false).toBe(false);
	dict.close();
});

test('recompiles when the vocabulary changes: 稳就业保民生 becomes a word', () => {
	const vocabularyPath = join(dir, 'vocabulary.utf8');
	const base = readFileSync(searchConfigPath('jieba-user-dict.utf8'), 'utf8');
	writeFileSync(vocabularyPath, `${base}\n稳就业保民生 30000 n\n`);
	const dict = loadJiebaDictionary({ dir, vocabularyPath });
	expect(dict.lookup(['稳就业保民生']).get('稳就业保民生')?.word).toBe(true);
	dict.close();
});
