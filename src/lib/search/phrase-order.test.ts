import { afterAll, beforeAll, expect, test } from 'vitest';
import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import { sampleArticles } from '../eval/sample-articles.ts';
import type { Article } from '../schema/release.ts';
import { openEmbeddedBackend } from './embedded-backend.ts';
import { loadRankingConfig } from './ranking-config.ts';
import { syncIndex } from './sync-index.ts';
import type { SearchBackend } from './types.ts';

const SLOGAN = '强副职、壮中层、激活力';
const articles = sampleArticles();
const byId = new Map(articles.map((a) => [a.id, a]));
const sloganLine = byId
	.get('mudan-cadres')!
	.body.split('\n')
	.find((l) => l.includes(SLOGAN))!;

/** Real samples rewritten: a variant of the slogan opening one, the slogan once at the end of another. */
function rewritten(): Article[] {
	const frontline = byId.get('lingcheng-frontline')!;
	const baoan = byId.get('baoan-cadres')!;
	return [
		{
			...frontline,
			id: 'lead-variant',
			body: `${sloganLine.replace('壮中层', '着力壮中层')}\n${frontline.body}`,
			slogans: [],
		},
		{ ...baoan, id: 'passing-exact', body: `${baoan.body}\n${sloganLine}`, slogans: [] },
	];
}

const ranking = loadRankingConfig();
const backends: Record<'fine' | 'plain', SearchBackend> = {
	fine: openEmbeddedBackend({
		file: ':memory:',
		segmenter: createJiebaSegmenter(),
		ranking: { ...ranking, phraseOrder: { ...ranking.phraseOrder, fine: true } },
	}),
	plain: openEmbeddedBackend({
		file: ':memory:',
		segmenter: createJiebaSegmenter(),
		ranking: { ...ranking, phraseOrder: { ...ranking.phraseOrder, fine: false } },
	}),
};
beforeAll(async () => {
	for (const backend of Object.values(backends))
		await syncIndex(backend, [...articles, ...rewritten()]);
}, 60_000);
afterAll(async () => {
	for (const backend of Object.values(backends)) await backend.close();
});

const marks = async (backend: SearchBackend) =>
	(await backend.search('articles', { q: `“${SLOGAN}”` })).hits
		.filter((h) => h.match)
		.map((h) => [h.id, h.match]);

test('the finer order puts a variant opening a text above an exact use in passing', async () => {
	expect(await marks(backends.fine)).toEqual([
		['mudan-cadres', 'exact'],
		['lead-variant', 'variant'],
		['passing-exact', 'exact'],
	]);
});

test('without it every exact use stays above every variant', async () => {
	expect(await marks(backends.plain)).toEqual([
		['mudan-cadres', 'exact'],
		['passing-exact', 'exact'],
		['lead-variant', 'variant'],
	]);
});
