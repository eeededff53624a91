import { describe, expect, test } from 'vitest';
import { hanBigrams, sampleArticles } from './fixtures/sample-articles.ts';
import { buildTfIdf, sparseDot } from './lexical-similarity.ts';

/** Each sample article as two documents: `<n>a` (first half of its paragraphs) and `<n>b` (the rest). */
function halves() {
	return sampleArticles().flatMap((paragraphs, n) => {
		const middle = Math.ceil(paragraphs.length / 2);
		return [
			{ id: `${n}a`, tokens: hanBigrams(paragraphs.slice(0, middle).join('')) },
			{ id: `${n}b`, tokens: hanBigrams(paragraphs.slice(middle).join('')) },
		];
	});
}

describe('buildTfIdf', () => {
	test('finds the first half of the same article from its second half (干部作风, 野生动物, 营商环境)', () => {
		const index = buildTfIdf(halves());
		for (const n of [0, 1, 2]) expect(index.similarTo(`${n}b`, 1)[0]?.id).toBe(`${n}a`);
	});

	test('pairs the two halves of the 野生动物 article both ways', () => {
		// The first halves of 干部作风 and 营商环境 share a press-conference lead (same reporter, date,
		// 牡丹区 发布会), so only the wildlife article is unambiguous from its opening half.
		const index = buildTfIdf(halves());
		expect(index.similarTo('1a', 1)[0]?.id).toBe('1b');
	});

	test('never returns the document itself and sorts by score', () => {
		const index = buildTfIdf(halves());
		const hits = index.similarTo('1a', 10);
		expect(hits.map((hit) => hit.id)).not.toContain('1a');
		expect(hits.map((hit) => hit.score)).toEqual(
			[...hits.map((hit) => hit.score)].sort((a, b) => b - a),
		);
		expect(index.similarTo('no-such-id', 3)).toEqual([]);
	});

	test('ranks the 野生动物 article first for the query 保护野生动物', () => {
		const index = buildTfIdf(halves());
		expect(index.similarToTokens(hanBigrams('保护野生动物'), 1)[0]?.id).toMatch(/^1/);
	});

	test('vectorFor gives unit vectors whose self-cosine is 1 and drops unknown terms', () => {
		const index = buildTfIdf(halves());
		const vector = index.vectorFor(hanBigrams('优化营商环境'));
		expect(sparseDot(vector, vector)).toBeCloseTo(1, 6);
		expect(index.vectorFor(['量子', '引力']).terms.length).toBe(0);
	});

	test('ignores punctuation tokens: “，” alone shares nothing', () => {
		const index = buildTfIdf([
			{ id: 'a', tokens: ['干部', '，', '。'] },
			{ id: 'b', tokens: ['野生动物', '，', '。'] },
		]);
		expect(index.similarTo('a', 5)).toEqual([]);
	});

	test('rare shared words outweigh common ones (idf)', () => {
		const index = buildTfIdf([
			{ id: 'query', tokens: ['发布会', '野生动物'] },
			{ id: 'common', tokens: ['发布会', '营商环境'] },
			{ id: 'rare', tokens: ['野生动物', '干部'] },
			{ id: 'other', tokens: ['发布会', '干部'] },
		]);
		expect(index.similarTo('query', 1)[0]?.id).toBe('rare');
	});
});
