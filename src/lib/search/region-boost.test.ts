import { expect, test } from 'vitest';
import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import { openEmbeddedBackend } from './embedded-backend.ts';
import { loadRankingConfig } from './ranking-config.ts';
import { sampleArticles } from '../eval/sample-articles.ts';
import { articleToSearchDocuments } from './to-search-document.ts';

const segmenter = createJiebaSegmenter();
const local = sampleArticles()
	.map((a) => articleToSearchDocuments(a).article)
	.find((d) => d.id === 'mudan-cadres')!;
// The same report as a national round-up that names 牡丹区 among others (so a 山东 filter keeps
// it) and says 干部交流 (a synonym of 干部轮岗) once more: its BM25 is a little higher than the local report's.
const national = {
	...local,
	id: 'national-roundup',
	region: '000000',
	regionCodes: ['000000', ...local.regionCodes],
	body: `${local.body}\n\n各地推进干部交流。`,
};

async function ranked(regionBoost?: number, scope?: 'mentions'): Promise<string[]> {
	const config = loadRankingConfig();
	const backend = openEmbeddedBackend({
		file: ':memory:',
		segmenter,
		ranking: { ...config, regionBoost: regionBoost ?? config.regionBoost },
	});
	await backend.upsert('articles', [local, national]);
	const result = await backend.search('articles', {
		q: '干部轮岗',
		filters: { region: ['370000'], ...(scope ? { scope } : {}) },
	});
	await backend.close();
	return result.hits.map((h) => h.id);
}

test('山东筛选只返回主要地区在山东的报道，不返回只提到山东的全国综述', async () => {
	expect(await ranked()).toEqual(['mudan-cadres']);
});

test('含提及范围下，主要地区在山东的报道排在只提到山东的全国综述之前', async () => {
	expect(await ranked(1, 'mentions')).toEqual(['national-roundup', 'mudan-cadres']);
	expect(await ranked(undefined, 'mentions')).toEqual(['mudan-cadres', 'national-roundup']);
});
