import { describe, expect, test } from 'vitest';
import { blindBatches, gradesToJudgments } from './judge-pool.ts';

const view = (id: string) => ({ title: `标题${id}`, region: '浙江省', text: `正文${id}` });
const entries = [
	{ id: 'kw-01', q: '乡村振兴', pooled: ['a', 'b', 'c', 'a'] },
	{ id: 'rg-01', q: '复工复产', regionFilter: '浙江省', pooled: ['d', 'e'] },
	{ id: 'pp-01', q: '家门口挣钱', pooled: ['f'] },
];

describe('blindBatches', () => {
	const batches = blindBatches(entries, view, 'seed', 2);
	test('cuts queries into batches and gives each pooled article once, under a neutral key', () => {
		expect(batches.map((b) => b.queries.map((q) => q.id))).toEqual([['kw-01', 'rg-01'], ['pp-01']]);
		expect(Object.keys(batches[0]!.queries[0]!.articles)).toEqual(['k1', 'k2', 'k3']);
		expect(Object.values(batches[0]!.keys['kw-01']!).sort()).toEqual(['a', 'b', 'c']);
		expect(batches[0]!.queries[1]!.regionFilter).toBe('浙江省');
	});
	test('the key map leads each key to the article shown under it', () => {
		const query = batches[0]!.queries[0]!;
		for (const [key, article] of Object.entries(query.articles))
			expect(article.title).toBe(`标题${batches[0]!.keys['kw-01']![key]}`);
	});
	test('the view is told which query an article is shown under, so a kind can show more', () => {
		const long = 'x'.repeat(50);
		const [batch] = blindBatches(
			[
				{ id: 'ph-01', q: '“乡村振兴”', pooled: ['a'], kind: 'phrase' },
				{ id: 'kw-01', q: '乡村振兴', pooled: ['a'], kind: 'keyword' },
			],
			(id, entry) => ({ ...view(id), text: long.slice(0, entry.kind === 'phrase' ? 50 : 10) }),
			'seed',
			2,
		);
		expect(batch!.queries.map((q) => q.articles['k1']!.text.length)).toEqual([50, 10]);
	});
	test('the order does not follow the pool order', () => {
		const many = Array.from({ length: 30 }, (_, i) => `id${i}`);
		const [batch] = blindBatches([{ id: 'x', q: 'q', pooled: many }], view, 'seed', 1);
		expect(Object.values(batch!.keys['x']!)).not.toEqual(many);
	});
});

describe('gradesToJudgments', () => {
	const [batch] = blindBatches(entries.slice(0, 1), view, 'seed', 12);
	test('maps keys back to article ids', () => {
		const { judgments, problems } = gradesToJudgments(batch!.keys, {
			'kw-01': { k1: 3, k2: 0, k3: 1 },
		});
		expect(problems).toEqual([]);
		expect(Object.values(judgments['kw-01']!).sort()).toEqual([0, 1, 3]);
		expect(judgments['kw-01']![batch!.keys['kw-01']!['k1']!]).toBe(3);
	});
	test('reports unknown keys, unknown queries and ungraded articles', () => {
		const { problems } = gradesToJudgments(batch!.keys, {
			'kw-01': { k1: 3, k9: 2 },
			'zz-99': { k1: 1 },
		});
		expect(problems).toEqual([
			'kw-01: no article k9 in the batch',
			'grades for zz-99, which the batch does not have',
			'kw-01: ungraded k2, k3',
		]);
	});
});
