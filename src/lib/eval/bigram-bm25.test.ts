import { describe, expect, test } from 'vitest';
import { sampleArticles } from './sample-articles.ts';
import { characterBigrams, createBigramIndex } from './bigram-bm25.ts';

describe('characterBigrams', () => {
	test('cuts 驻企服务专员 into overlapping pairs and splits at punctuation', () => {
		expect(characterBigrams('驻企服务，专员')).toEqual(['驻企', '企服', '服务', '专员']);
	});
	test('keeps a lone character and lower-cases letters in 5G网络', () => {
		expect(characterBigrams('“稳” 5G')).toEqual(['稳', '5g']);
	});
});

describe('createBigramIndex over the sample articles', () => {
	const docs = sampleArticles().map((a) => ({
		id: a.id,
		title: a.title,
		body: a.body,
		region: a.region,
	}));
	const index = createBigramIndex(docs);

	test('a run of characters copied from an article finds that article first', () => {
		const doc = docs.find((d) => d.body.length > 200)!;
		const copied = doc.body.slice(100, 112);
		expect(index.search(copied, 3)[0]).toBe(doc.id);
	});

	test('野生动物保护 ranks the wildlife article first', () => {
		const wildlife = sampleArticles().find((a) => a.title.includes('野生动物'))!;
		expect(index.search('野生动物保护', 5)[0]).toBe(wildlife.id);
	});

	test('a region filter keeps only articles whose primary region lies inside it', () => {
		const region = docs[0]!.region.slice(0, 2) + '0000';
		const hits = index.search('干部', 20, region);
		expect(hits.length).toBeGreaterThan(0);
		for (const id of hits)
			expect(docs.find((d) => d.id === id)!.region.startsWith(region.slice(0, 2))).toBe(true);
	});

	test('a query sharing no bigram with any article returns nothing', () => {
		expect(index.search('魑魅魍魉', 10)).toEqual([]);
	});
});
