import { Meilisearch } from 'meilisearch';
import { describe, expect, test } from 'vitest';
import { sampleArticles } from '../../eval/sample-articles.ts';
import { articleToSearchDocuments } from '../to-search-document.ts';
import { openMeilisearchBackend } from './index.ts';

const url = process.env.MEILI_URL ?? process.env.MEILISEARCH_URL;
const apiKey = process.env.MEILI_API_KEY;
const articles = sampleArticles().map((a) => articleToSearchDocuments(a).article);

// Needs a server (`npm run meili`); CI always has one (.ci/run), so there it never skips.
describe.skipIf(!url && process.env.CI !== 'true')('Meilisearch index runs', () => {
	const prefix = `write_${Date.now()}_`;
	const client = new Meilisearch({
		host: url ?? 'http://127.0.0.1:1',
		...(apiKey ? { apiKey } : {}),
	});
	const open = () => openMeilisearchBackend({ url: url!, apiKey, indexPrefix: prefix });
	const settingsTasks = async () =>
		(
			await client.tasks.getTasks({
				indexUids: [`${prefix}articles`],
				types: ['settingsUpdate'],
				limit: 100,
			})
		).results.length;

	test('settings go out once per run and an incremental run keeps the dictionary', async () => {
		const first = await open();
		await first.upsert('articles', articles.slice(0, 4));
		await first.upsert('articles', articles.slice(4));
		await first.close();
		// The configured settings, then the run's dictionary units.
		expect(await settingsTasks()).toBe(2);
		const dictionary = await client.index(`${prefix}articles`).getDictionary();
		expect(dictionary).toContain('五比五看');

		const second = await open();
		await second.upsert('articles', [{ ...articles[0]!, title: `${articles[0]!.title}（修订）` }]);
		await second.close();
		expect(await settingsTasks()).toBe(2);
		expect(await client.index(`${prefix}articles`).getDictionary()).toEqual(dictionary);
	});

	test('similar() goes through /similar and the stored vectors when there are vectors', async () => {
		const backend = await openMeilisearchBackend({
			url: url!,
			apiKey,
			indexPrefix: `${prefix}v_`,
		});
		// Three directions: the two 干部 reports share one, the 野生动物 report has its own.
		const axis = (i: number) => Float32Array.from({ length: 8 }, (_, k) => (k === i ? 1 : 0.05));
		const picked = ['mudan-cadres', 'baoan-cadres', 'mudan-wildlife'];
		const docs = articles.filter((d) => picked.includes(d.id));
		const vectors = new Map([
			['mudan-cadres', axis(0)],
			['baoan-cadres', axis(0)],
			['mudan-wildlife', axis(3)],
		]);
		await backend.upsert('articles', docs, vectors);
		const similar = await backend.similar('articles', 'mudan-cadres', { limit: 2 });
		expect(similar.method).toBe('embedding');
		expect(similar.hits.map((h) => h.id)).toEqual(['baoan-cadres', 'mudan-wildlife']);
		await backend.close();
	});
});
