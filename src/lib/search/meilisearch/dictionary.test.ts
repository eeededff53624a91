import { expect, test } from 'vitest';
import { createJiebaSegmenter } from '../../nlp/jieba/nodejieba-segmenter.ts';
import { allDivisions } from '../../geo/gazetteer.ts';
import { sampleArticles } from '../../eval/sample-articles.ts';
import { articleToSearchDocuments } from '../to-search-document.ts';
import { dictionaryWords, keepsWordsWhole } from './dictionary.ts';

const segmenter = createJiebaSegmenter();
const docs = sampleArticles().map((a) => articleToSearchDocuments(a).article);
const texts = docs.flatMap((d) => [d.title, d.body, d.measuresText]);

test('no ordinary word of the samples is cut apart by a dictionary unit', () => {
	const words = dictionaryWords(docs, segmenter);
	expect(words).toContain('五比五看');
	for (const word of words)
		for (const text of texts) expect(keepsWordsWhole(word, text, segmenter), `${word}`).toBe(true);
});

test('county-name stems never enter: 范县 would cut 示范县 into 示|范县', () => {
	expect(keepsWordsWhole('范县', '创建全国示范县', segmenter)).toBe(false);
	expect(keepsWordsWhole('东河', '山东河口', segmenter)).toBe(false);
	const stems = new Set(allDivisions().map((d) => d.shortName));
	expect(dictionaryWords(docs, segmenter).filter((w) => stems.has(w))).toEqual([]);
});

test('a slogan quoted in a text whose words it would split is left to jieba', () => {
	const doc = { ...docs[0]!, slogans: ['会理解'], body: '争取全社会理解和支持' };
	expect(dictionaryWords([doc], segmenter)).toEqual([]);
});
