import { expect, test } from 'vitest';
import { sampleArticles } from '../eval/sample-articles.ts';
import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import { leadFactor } from './lead-evidence.ts';
import { planQuery, type QueryUnit } from './lexical-plan.ts';
import { loadStopWords, loadSynonyms } from './synonyms.ts';

const ctx = {
	segmenter: createJiebaSegmenter(),
	stopWords: loadStopWords(),
	synonyms: loadSynonyms(),
};
const options = { chars: 400, boost: 1 };
const text = (a: { title: string; body: string }) => ({
	title: a.title,
	measures: '',
	body: a.body,
});
// IDF 1 for every unit; a bigram counts 0.3 of a word.
const weight = (unit: QueryUnit) => (unit.kind === 'word' ? 1 : 0.3);

test('an article that states 营商环境 in its headline and lead scores more than one naming it only later', () => {
	const plan = planQuery('营商环境', ctx, { phraseWindow: 8, copiedRunChars: 8 });
	const articles = sampleArticles();
	const business = articles.find((a) => a.id === 'mudan-business')!;
	expect(leadFactor(plan, text(business), weight, options)).toBe(2);
	// Some sample names 营商环境 only past its headline and first 400 characters.
	const later = articles.filter(
		(a) =>
			a.body.includes('营商环境') &&
			!a.title.includes('营商环境') &&
			!a.body.slice(0, 400).includes('营商环境'),
	);
	expect(later.length).toBeGreaterThan(0);
	for (const a of later) expect(leadFactor(plan, text(a), weight, options)).toBe(1);
});

test('a share of the query in the lead raises the score by that share', () => {
	const plan = planQuery('营商环境 野生动物', ctx, { phraseWindow: 8, copiedRunChars: 8 });
	const business = sampleArticles().find((a) => a.id === 'mudan-business')!;
	const factor = leadFactor(plan, text(business), weight, options);
	expect(factor).toBeGreaterThan(1);
	expect(factor).toBeLessThan(2);
	expect(leadFactor(plan, text(business), weight, { ...options, boost: 0 })).toBe(1);
});

test('a query in Latin letters finds its word in a headline written in full-width capitals (ＣＰＩ)', () => {
	const plan = planQuery('CPI', ctx, { phraseWindow: 8, copiedRunChars: 8 });
	const headline = {
		title: '３月份全国ＣＰＩ同比上涨',
		measures: '',
		body: '国家统计局今日发布数据。',
	};
	expect(leadFactor(plan, headline, weight, options)).toBe(2);
	const elsewhere = {
		title: '３月份全国物价同比上涨',
		measures: '',
		body: '国家统计局今日发布数据。',
	};
	expect(leadFactor(plan, elsewhere, weight, options)).toBe(1);
});
