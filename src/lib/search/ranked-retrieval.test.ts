import { StatementSync } from 'node:sqlite';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import { sampleArticles } from '../eval/sample-articles.ts';
import { openEmbeddedBackend } from './embedded-backend.ts';
import { loadRankingConfig } from './ranking-config.ts';
import { syncIndex } from './sync-index.ts';
import type { SearchBackend } from './types.ts';

let backend: SearchBackend;
beforeAll(async () => {
	backend = openEmbeddedBackend({ file: ':memory:', segmenter: createJiebaSegmenter() });
	await syncIndex(backend, sampleArticles());
}, 60_000);
afterAll(() => backend.close());
afterEach(() => vi.restoreAllMocks());

/** The full-text matches (FTS5 MATCH into temp.hits) one search runs, watched, not replaced. */
async function matchesRun(q: string): Promise<{ matches: number; total: number; ids: string[] }> {
	const run = vi.spyOn(StatementSync.prototype, 'run');
	const result = await backend.search('articles', { q, hitsPerPage: 10 });
	const matches = (run.mock.contexts as StatementSync[]).filter((s) =>
		/INSERT OR IGNORE INTO temp\.hits.* MATCH /su.test(s.sourceSQL),
	).length;
	return { matches, total: result.total, ids: result.hits.map((h) => h.id) };
}

test('a query of one two-character word is matched once: its partial matches are its matches', async () => {
	// 干部 has no bigram of its own besides itself, so the partial fetch would ask the same words.
	const { matches, total, ids } = await matchesRun('干部');
	expect(total).toBeGreaterThan(0);
	expect(total).toBeLessThan(100);
	expect(ids.length).toBeGreaterThan(0);
	expect(matches).toBe(1);
});

test('a query of two words still fetches the documents holding only some of them', async () => {
	const { matches } = await matchesRun('干部 牡丹');
	expect(matches).toBe(2);
});

describe('a quoted phrase’s exact uses are ranked on the same footing', () => {
	const SLOGAN = '强副职、壮中层、激活力';
	const articles = sampleArticles();
	const base = articles.find((a) => a.id === 'mudan-wildlife')!;
	const line = articles
		.find((a) => a.id === 'mudan-cadres')!
		.body.split('\n')
		.find((l) => l.includes(SLOGAN))!;
	// Written first, so an engine that marks the first rows of the table as verbatim marks it.
	const once = { ...base, id: 'once', body: `${base.body}\n${line}`, slogans: [] };
	const twice = { ...base, id: 'twice', body: `${base.body}\n${line}\n${line}`, slogans: [] };
	const others = articles.filter((a) => !`${a.title}${a.body}`.includes(SLOGAN));

	test('“强副职、壮中层、激活力” used twice ranks above once, however few candidates are rescored', async () => {
		const ranking = loadRankingConfig();
		const engine = openEmbeddedBackend({
			file: ':memory:',
			segmenter: createJiebaSegmenter(),
			ranking: { ...ranking, candidates: { ...ranking.candidates, rerank: 1 } },
		});
		await syncIndex(engine, [once, twice, ...others]);
		const { hits } = await engine.search('articles', { q: `“${SLOGAN}”` });
		await engine.close();
		expect(hits.slice(0, 2).map((h) => [h.id, h.match])).toEqual([
			['twice', 'exact'],
			['once', 'exact'],
		]);
	});

	// verbatimPostings 1: too many documents may hold the chunks to order them all (only the pool is checked).
	test.each([2000, 1])(
		'“强副职、壮中层、激活力” 干部: with a word beside the phrase, the text using it twice still ranks first (verbatimPostings %i)',
		async (verbatimPostings) => {
			const ranking = loadRankingConfig();
			const engine = openEmbeddedBackend({
				file: ':memory:',
				segmenter: createJiebaSegmenter(),
				ranking: { ...ranking, candidates: { ...ranking.candidates, rerank: 1, verbatimPostings } },
			});
			await syncIndex(engine, [once, twice, ...others]);
			const { hits } = await engine.search('articles', { q: `“${SLOGAN}” 干部` });
			await engine.close();
			expect(hits.slice(0, 2).map((h) => [h.id, h.match])).toEqual([
				['twice', 'exact'],
				['once', 'exact'],
			]);
		},
	);

	// FTS5 works out BM25's IDF over each chunk's whole doclist in every statement that asks for it.
	test.each([
		[60, 0],
		[1, 1],
	])(
		'“强副职、壮中层、激活力” 干部: the texts holding it are ordered by BM25 only when more than `rerank` (%i) could join the pool (%i orderings)',
		async (rerank, orderings) => {
			const ranking = loadRankingConfig();
			const engine = openEmbeddedBackend({
				file: ':memory:',
				segmenter: createJiebaSegmenter(),
				ranking: { ...ranking, candidates: { ...ranking.candidates, rerank } },
			});
			// A third text holding the phrase: with `rerank` 1, two could join the one in the pool.
			const leading = { ...base, id: 'leading', body: `${line}\n${base.body}`, slogans: [] };
			await syncIndex(engine, [once, twice, leading, ...others]);
			const all = vi.spyOn(StatementSync.prototype, 'all');
			const { hits } = await engine.search('articles', { q: `“${SLOGAN}” 干部` });
			const ordered = (all.mock.contexts as StatementSync[]).filter((s) =>
				/JOIN temp\.hits h .* MATCH .* ORDER BY bm25/su.test(s.sourceSQL),
			).length;
			await engine.close();
			expect(ordered).toBe(orderings);
			expect(
				hits
					.filter((h) => h.match === 'exact')
					.map((h) => h.id)
					.sort(),
			).toEqual(['leading', 'once', 'twice']);
		},
	);
});
