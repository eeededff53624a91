import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sampleArticles } from '../../eval/sample-articles.ts';
import { articleToSearchDocuments } from '../to-search-document.ts';
import { loadMeilisearchConfig } from './config.ts';
import { openMeilisearchBackend } from './index.ts';
import { searchFilter, toMeilisearchQuery } from './query.ts';
import { meiliBinary, spawnMeiliServer, waitForHealth } from './server.ts';
import { joinNetwork, searchShards, type Shard } from './shards.ts';

const config = loadMeilisearchConfig();
const articles = sampleArticles().map((a) => articleToSearchDocuments(a).article);
const hasBinary = (() => {
	try {
		return meiliBinary() !== '';
	} catch {
		return false;
	}
})();

async function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});
}

// Starts two servers of its own; CI installs the binary, so there it never skips.
describe.skipIf(!hasBinary && process.env.CI !== 'true')('two shards', () => {
	const dir = mkdtempSync(join(tmpdir(), 'jucuo-shards-'));
	const children: ChildProcess[] = [];
	const shards: Shard[] = [];
	const prefix = 'shard_';
	let clients: Meilisearch[] = [];

	beforeAll(async () => {
		for (const name of ['ms-0', 'ms-1']) {
			const port = await freePort();
			const key = randomBytes(24).toString('base64url');
			const child = spawnMeiliServer(
				{ port, dbPath: join(dir, name), masterKey: key },
				join(dir, `${name}.log`),
			);
			children.push(child);
			const url = `http://127.0.0.1:${port}`;
			await waitForHealth(url, child);
			shards.push({ name, url, searchApiKey: key });
		}
		clients = shards.map((s) => new Meilisearch({ host: s.url, apiKey: s.searchApiKey }));
		for (const [i, shard] of shards.entries()) {
			await joinNetwork(clients[i]!, shard.name, shards);
			// Half of the articles on each shard; the whole set in one index on the first, to compare.
			const halves = [articles.filter((_, k) => k % 2 === i)];
			if (i === 0) halves.push(articles);
			for (const [h, docs] of halves.entries()) {
				const backend = await openMeilisearchBackend({
					url: shard.url,
					apiKey: shard.searchApiKey,
					indexPrefix: h === 0 ? prefix : 'whole_',
				});
				await backend.upsert('articles', docs);
				await backend.close();
			}
		}
	}, 120_000);

	afterAll(() => {
		for (const child of children) child.kill();
		rmSync(dir, { recursive: true, force: true });
	});

	test.each([
		{ q: '干部', region: undefined },
		{ q: '干部轮岗', region: '370000' },
		{ q: '', region: undefined },
	])('the two-shard answer to “$q” equals the one-index answer', async ({ q, region }) => {
		const filter = searchFilter('articles', region ? { region: [region] } : undefined, 'about');
		const facets = ['primaryProvinceCodes', 'themes', 'year'];
		const sharded = await searchShards(
			clients[0]!,
			{ indexUid: `${prefix}articles`, q: toMeilisearchQuery(q), filter, facets, limit: 50 },
			shards,
			config,
		);
		const whole = await clients[0]!.index('whole_articles').search(toMeilisearchQuery(q), {
			filter,
			facets,
			limit: 50,
			locales: ['cmn'],
			matchingStrategy: config.matchingStrategy,
			showRankingScore: true,
		});
		const ranked = (hits: { id?: unknown; _rankingScore?: number }[]) =>
			hits.map((h) => `${String(h.id)} ${(h._rankingScore ?? 0).toFixed(6)}`);
		expect(whole.hits.length).toBeGreaterThan(0);
		expect(ranked(sharded.hits).sort()).toEqual(ranked(whole.hits).sort());
		expect(sharded.hits.map((h) => h._rankingScore)).toEqual(
			whole.hits.map((h) => h._rankingScore),
		);
		expect(sharded.estimatedTotalHits).toBe(whole.estimatedTotalHits);
		expect(Object.keys(whole.facetDistribution ?? {}).sort()).toEqual([...facets].sort());
		expect(sharded.facetDistribution).toEqual(whole.facetDistribution);
		const remotes = new Set(sharded.hits.map((h) => (h._federation as { remote?: string }).remote));
		if (!region && q === '') expect(remotes).toEqual(new Set(['ms-0', 'ms-1']));
	});
});
