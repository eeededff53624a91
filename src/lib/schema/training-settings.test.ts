import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { SchemaValidationError } from '../errors.ts';
import { readMeasureTraining } from '../nlp/measure-training.ts';
import { readThemeTraining } from './theme-training.ts';

const root = join(import.meta.dirname, '../../..');

/** The bundled settings file `name` with `edit` applied, written to a temporary folder. */
function editedCopy(name: string, edit: (settings: Record<string, unknown>) => void): string {
	const settings = JSON.parse(readFileSync(join(root, 'search-config', name), 'utf8')) as Record<
		string,
		unknown
	>;
	edit(settings);
	const path = join(mkdtempSync(join(tmpdir(), 'training-settings-')), name);
	writeFileSync(path, JSON.stringify(settings));
	return path;
}

test('theme-training.json 的字段出错时，报出文件和字段，与其他配置文件同一格式', () => {
	const path = editedCopy('theme-training.json', (s) => {
		(s.features as Record<string, unknown>).maxChars = -1;
	});
	expect(() => readThemeTraining(path)).toThrow(SchemaValidationError);
	expect(() => readThemeTraining(path)).toThrow(/theme-training\.json[\s\S]*features\.maxChars/);
});

test('measure-training.json 的字段出错时，报出文件和字段，与其他配置文件同一格式', () => {
	const path = editedCopy('measure-training.json', (s) => {
		s.precisionOverRecall = 0;
	});
	expect(() => readMeasureTraining(path)).toThrow(SchemaValidationError);
	expect(() => readMeasureTraining(path)).toThrow(
		/measure-training\.json[\s\S]*precisionOverRecall/,
	);
});
