import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import YAML from 'yaml';
import { inProcessProcessor } from '../ingest/file-processor.ts';
import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import { readThemeConfig } from '../schema/themes-yaml.ts';
import { FRONTMATTER_YAML_OPTIONS, frontmatterToYaml } from './frontmatter-yaml.ts';

const library = (value: object) =>
	YAML.stringify(JSON.parse(JSON.stringify(value)) as object, FRONTMATTER_YAML_OPTIONS);

const measure = {
	text: '每年抽调20名35岁以下年轻干部到工业发展一线进行轮岗锻炼',
	themes: ['cadre-rotation'],
	subThemes: [],
	quantities: [{ text: '20名', value: 20, unit: '名', subject: '', kind: 'count' }],
	region: '370404',
};

describe('frontmatterToYaml', () => {
	test('writes the sample articles exactly as the yaml library does', async () => {
		const processor = inProcessProcessor({
			segmenter: createJiebaSegmenter(),
			themes: readThemeConfig(),
		});
		const dir = new URL('../../../content/sources/', import.meta.url);
		let articles = 0;
		for (const file of readdirSync(dir)) {
			const path = new URL(file, dir).pathname;
			const result = await processor.process({ path, bytes: readFileSync(path), options: {} });
			for (const {
				article: { body: _, ...frontmatter },
			} of result.articles) {
				expect(frontmatterToYaml(frontmatter)).toBe(library(frontmatter));
				articles++;
			}
		}
		expect(articles).toBeGreaterThan(10);
	});

	test.each([
		[
			'codes, dates and empty strings are quoted',
			{ region: '000000', date: '2024-01-18', source: '' },
		],
		['numbers', { values: [0, 5.8, 58000, -3, 0.25, 1e21, 1.5e-7, 12345678901234567890] }],
		['words YAML 1.1 reads as booleans or null', { a: 'yes', b: 'on', c: 'N', d: '~', e: 'null' }],
		[
			'indicators, colons and comments',
			{ a: '- x', b: '#1', c: 'a: b', d: 'a #b', e: '[x]', f: '50%' },
		],
		[
			'units and markers',
			{ a: '%', b: '‰', c: '---', d: '...', e: '@x', f: '`x`', g: "'x'", h: '"x"' },
		],
		['backslashes', { a: 'a\\b', b: '\\x', c: '%\\' }],
		[
			'numbers, dates and booleans with other characters in or beside them',
			{ a: '2024-01-18日', b: '１２３', c: 'yes是', d: '0x1F号', e: 'ｎｕｌｌ', f: '12:30分' },
		],
		['spaces and line breaks', { a: ' 前导', b: '尾随 ', c: '两行\n文字', d: '制表\t符' }],
		['quotes', { a: '“满意峄城”', b: '"双引号"', c: "'单引号'", d: '他说："好"' }],
		[
			'nested maps and sequences',
			{ measures: [measure, { ...measure, themes: [] }], empty: {}, list: [[1]] },
		],
		['keys that need quoting', { yes: 1, 'two words': 2 }],
		['null, booleans and undefined', { a: null, b: true, c: false, d: undefined }],
	])('%s: same as the yaml library', (_, value) => {
		expect(frontmatterToYaml(value)).toBe(library(value));
	});
});
