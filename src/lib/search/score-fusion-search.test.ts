import { expect, test } from 'vitest';
import { sampleArticles } from '../eval/sample-articles.ts';
import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import { openEmbeddedBackend } from './embedded-backend.ts';
import { loadRankingConfig } from './ranking-config.ts';
import type { VectorSource } from './sync-index.ts';
import { articleToSearchDocuments, vectorText } from './to-search-document.ts';

// A stand-in for the sentence model that tells nothing apart: every text and query points the
// same way, so every neighbour is as near as the next and the vectors' order is arbitrary.
const flat: VectorSource = {
	modelId: 'test/flat',
	embed: (texts) => Promise.resolve(texts.map(() => new Float32Array([0.6, 0.8]))),
};

const segmenter = createJiebaSegmenter();
const docs = sampleArticles().map((a) => articleToSearchDocuments(a).article);
const vectors = await flat.embed(docs.map(vectorText));
const fusion = loadRankingConfig().fusion;

async function topIds(q: string, hybrid?: Partial<typeof fusion>) {
	const backend = openEmbeddedBackend({
		file: ':memory:',
		segmenter,
		...(hybrid ? { embedder: flat, hybrid } : {}),
	});
	await backend.upsert('articles', docs, new Map(docs.map((d, k) => [d.id, vectors[k]!])));
	const result = await backend.search('articles', { q, hitsPerPage: 10 });
	await backend.close();
	return { ids: result.hits.map((h) => h.id), ranking: result.ranking };
}

test('多数词法前十含全部检索词时（发展）按分数融合：向量说不出远近，词法次序不变', async () => {
	const lexical = await topIds('发展');
	expect(lexical.ids.length).toBeGreaterThanOrEqual(5);
	const byScore = await topIds('发展', {
		combine: 'score',
		scores: { ...fusion.scores, minFullHits: 5 },
	});
	expect(byScore.ranking).toBe('hybrid');
	expect(byScore.ids.slice(0, lexical.ids.length)).toEqual(lexical.ids);
});

test('词法前十含全部检索词的太少时仍按名次融合（发展）', async () => {
	const lexical = await topIds('发展');
	const byRank = await topIds('发展', {
		combine: 'score',
		scores: { ...fusion.scores, minFullHits: 10 },
	});
	expect(byRank.ids.slice(0, lexical.ids.length)).not.toEqual(lexical.ids);
});
