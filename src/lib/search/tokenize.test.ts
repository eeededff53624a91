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

/** The rule written as regular expressions: the reference the one-pass normalizeText must equal. */
function normalizeByRegExp(text: string): string {
	const folded = text.replace(/[\uFF01-\uFF5E\u3000]/gu, (ch) =>
		ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
	);
	return folded.replace(/[A-Z]+/gu, (s) => s.toLowerCase());
}

test('normalizeText 与按正则逐条替换的结果逐字相同（样例页面、边界字符、随机串）', () => {
	for (const page of pages) expect(normalizeText(page)).toBe(normalizeByRegExp(page));
	// Units at and beside every range's ends, Chinese, and a character outside the BMP.
	const units = [
		0x20, 0x40, 0x41, 0x5a, 0x5b, 0x61, 0x7a, 0x2fff, 0x3000, 0x3001, 0x4e2d, 0xff00, 0xff01,
		0xff10, 0xff21, 0xff3a, 0xff3b, 0xff41, 0xff5e, 0xff5f, 0xd842, 0xdfb7,
	];
	let state = 99;
	const random = () => (state = (state * 48271) % 2147483647) / 2147483647;
	for (let n = 0; n < 2000; n++) {
		const text = String.fromCharCode(
			...Array.from(
				{ length: Math.floor(random() * 12) },
				() => units[Math.floor(random() * units.length)]!,
			),
		);
		expect(normalizeText(text)).toBe(normalizeByRegExp(text));
	}
	expect(normalizeText('ＧＤＰ增长５％，　Ｂ超')).toBe('gdp增长5%, b超');
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
