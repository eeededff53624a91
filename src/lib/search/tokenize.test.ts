import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import { loadStopWords } from './synonyms.ts';
import { sentencePieces, tokenize, tokenizeGroup } from './tokenize.ts';

const SOURCES = fileURLToPath(new URL('../../../content/sources/', import.meta.url));
const pages = readdirSync(SOURCES)
	.filter((f) => f.endsWith('.txt'))
	.map((f) => readFileSync(`${SOURCES}${f}`, 'utf8'));
const segmenter = createJiebaSegmenter();
const stopWords = loadStopWords();

test('sentencePieces 在句号后切开并去掉两端空白', () => {
	expect(sentencePieces('  持续优化营商环境。\n\n推动高质量发展。 3.5亿元')).toEqual([
		'持续优化营商环境。',
		'推动高质量发展。',
		'3.5亿元',
	]);
	expect(sentencePieces('推动高质量发展。\n')).toEqual(['推动高质量发展。', '']);
});

test('样例页面逐句切词与整篇切词的词元相同', () => {
	expect(pages.length).toBeGreaterThan(0);
	for (const page of pages) {
		const whole = tokenize(page, segmenter, stopWords).join(' ');
		const [grouped] = tokenizeGroup([page], segmenter, stopWords);
		expect(grouped).toBe(whole);
	}
});

test('同一文章组里重复的句子只切一次，结果不变', () => {
	const page = pages[0]!;
	const sentences = page.split(/(?<=[。；])/u).map((s) => s.trim());
	const measures = sentences
		.filter((s) => s.length > 20)
		.slice(0, 3)
		.join('\n');
	const title = page.split('\n').find((l) => l.trim() !== '')!;
	const texts = [title, measures, page, title, ''];
	expect(tokenizeGroup(texts, segmenter, stopWords)).toEqual(
		texts.map((t) => tokenize(t, segmenter, stopWords).join(' ')),
	);
});
