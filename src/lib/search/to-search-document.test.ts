import { expect, test } from 'vitest';
import { sampleArticles } from '../eval/sample-articles.ts';
import { articleToSearchDocuments, vectorText } from './to-search-document.ts';

test('峄城区 article carries 枣庄市 and 山东省 in its region codes', () => {
	const article = sampleArticles().find((a) => a.id === 'yicheng-style')!;
	const { article: doc, measures } = articleToSearchDocuments(article);
	expect(doc.regionCodes).toEqual(['370000', '370400', '370404']);
	expect(doc.year).toBe(2022);
	expect(doc.slogans).toContain('五比五看');
	expect(measures.length).toBeGreaterThan(0);
	expect(measures[0]!.id).toBe('yicheng-style-m0');
	expect(measures[0]!.articleId).toBe('yicheng-style');
	expect(measures[0]!.regionCodes).toContain('370000');
});

test('the article document carries the theme evidence, absent when the article has none', () => {
	const article = sampleArticles().find((a) => a.id === 'yicheng-style')!;
	expect('themeEvidence' in articleToSearchDocuments(article).article).toBe(false);
	const themeEvidence = [
		{ theme: 'cadre-work-style' as const, by: 'rule' as const, score: 12, words: ['作风建设'] },
	];
	const { article: doc } = articleToSearchDocuments({ ...article, themeEvidence });
	expect(doc.themeEvidence).toEqual(themeEvidence);
	expect(doc.themeEvidence?.[0]).not.toBe(themeEvidence[0]);
});

test('an article is embedded by its headline and lead, whatever its measures say; a measure by its own text', () => {
	const article = sampleArticles().find((a) => a.id === 'yicheng-style')!;
	const { article: doc, measures } = articleToSearchDocuments(article);
	expect(doc.measuresText).not.toBe('');
	expect(doc.body.startsWith(doc.measuresText.slice(0, 20))).toBe(false);
	const text = vectorText(doc);
	expect(text.startsWith(`${doc.title}\n${doc.body.slice(0, 50)}`)).toBe(true);
	expect([...text].length).toBeLessThanOrEqual([...doc.title].length + 1 + 400);
	expect(vectorText(measures[0]!)).toBe(measures[0]!.text);
});
