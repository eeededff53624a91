import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import { cutWords, normalizeText } from './tokenize.ts';

const SOURCES = fileURLToPath(new URL('../../../content/sources/', import.meta.url));
const pages = readdirSync(SOURCES)
	.filter((f) => f.endsWith('.txt'))
	.map((f) => readFileSync(`${SOURCES}${f}`, 'utf8'));
const segmenter = createJiebaSegmenter();

test('normalizeText 把全角字母数字转成半角小写，长度不变', () => {
	expect(normalizeText('ＡＢＣ１２３　GDP')).toBe('abc123 gdp');
	for (const page of pages) expect(normalizeText(page)).toHaveLength(page.length);
});

test('cutWords 保留样例页面的每个字和数字，不留标点和空白', () => {
	expect(pages.length).toBeGreaterThan(0);
	for (const page of pages) {
		const words = cutWords(page, segmenter);
		expect(words.every((w) => /[\p{L}\p{N}]/u.test(w) && w.trim() === w)).toBe(true);
		const letters = (s: string) => normalizeText(s).replace(/[^\p{L}\p{N}]/gu, '');
		expect(letters(words.join(''))).toBe(letters(page));
	}
});
