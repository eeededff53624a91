import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DatabaseSync, StatementSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { sampleArticles } from '../../src/lib/eval/sample-articles.ts';
import { createJiebaSegmenter } from '../../src/lib/nlp/jieba/nodejieba-segmenter.ts';
import type { ThemeId } from '../../src/lib/schema/taxonomy.ts';
import { BM25_EXTENSION, loadBm25Counts } from '../../src/lib/search/bm25-native.ts';
import { openEmbeddedBackend } from '../../src/lib/search/embedded-backend.ts';
import { nativeLibraryFile } from '../../src/lib/search/native-build.ts';
import { loadRankingConfig } from '../../src/lib/search/ranking-config.ts';
import { syncIndex } from '../../src/lib/search/sync-index.ts';
import type { SearchBackend, SearchParams } from '../../src/lib/search/types.ts';
import { benchQueries } from '../../tools/lib/bench-queries.ts';
import { textSeededVectors } from '../../tools/lib/bench-vectors.ts';
import { syntheticArticles } from '../../tools/lib/synthetic-corpus.ts';

const segmenter = createJiebaSegmenter();
const ranking = loadRankingConfig();
const withNative = (nativeBm25: boolean) => ({ ...ranking, io: { ...ranking.io, nativeBm25 } });
const dir = mkdtempSync(join(tmpdir(), 'jucuo-bm25-native-'));
const file = join(dir, 'search.sqlite');
const embedder = textSeededVectors(64);

// Whether this machine builds and loads the extension: CI installs gcc and libsqlite3-dev, so
// there the native path is what the equality tests compare.
/** Whether the extension loads into a fresh connection to `path`, and the lines it logged. */
function loads(path: string) {
	const db = new DatabaseSync(path, { allowExtension: true });
	const lines: string[] = [];
	const counts = loadBm25Counts(db, (line) => lines.push(line));
	db.close();
	return { counts, lines };
}
const available = loads(':memory:').counts;
test('the extension builds and loads where CI runs', () => {
	if (process.env['CI']) expect(available).toBe(true);
});

/** SQL of the statements the native backend ran, to tell `bm25_counts` was asked. */
const asked: string[] = [];
const prototype = StatementSync.prototype as unknown as Record<
	string,
	(...a: unknown[]) => unknown
>;
for (const method of ['run', 'all'] as const) {
	const original = prototype[method]!;
	prototype[method] = function (this: StatementSync, ...params: unknown[]) {
		asked.push(this.sourceSQL);
		return original.apply(this, params);
	};
}

/** A search's answer without its timing: ids, scores, snippets, totals, facets, ranking. */
async function answer(backend: SearchBackend, params: SearchParams): Promise<string> {
	const { tookMs: _, ...rest } = await backend.search('articles', params);
	return JSON.stringify(rest);
}

/** Every answer of `backends[0]` and `backends[1]` to the same searches, side by side. */
async function answersOf(backends: SearchBackend[], searches: SearchParams[]) {
	const out: string[][] = [[], []];
	for (const params of searches)
		for (const [k, backend] of backends.entries()) out[k]!.push(await answer(backend, params));
	return out;
}

const benchSearches = (n: number): SearchParams[] =>
	benchQueries(n).flatMap((q) => {
		const params = {
			q: q.q,
			filters: q.region ? { region: [q.region] } : { theme: [q.theme as ThemeId] },
			facets: ['province', 'theme'] as ('province' | 'theme')[],
			hitsPerPage: 10,
		};
		// Region and theme together, the mentions scope and an excluded region as well.
		const other = { region: [q.region ?? '330000'], theme: [(q.theme ?? 'livelihood') as ThemeId] };
		return [
			params,
			{ ...params, filters: {} },
			{ ...params, page: 3 },
			{ ...params, filters: { ...other, scope: 'mentions' as const } },
			{ ...params, filters: { theme: other.theme, excludeRegion: other.region } },
		];
	});

describe('a generated index', () => {
	beforeAll(async () => {
		const writer = openEmbeddedBackend({ file, segmenter, ranking: withNative(false) });
		await syncIndex(writer, syntheticArticles(1500, sampleArticles()), { embedder });
		await writer.close();
	}, 300_000);
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	const open = (nativeBm25: boolean, hybrid: boolean) =>
		openEmbeddedBackend({
			file,
			segmenter,
			searchOnly: true,
			ranking: withNative(nativeBm25),
			...(hybrid ? { embedder, hybrid: { minSimilarity: -1 } } : {}),
		});

	test.each([false, true])(
		'answers alike with and without bm25_counts (hybrid %s)',
		async (hybrid) => {
			const backends = [open(true, hybrid), open(false, hybrid)];
			asked.length = 0;
			const [native, plain] = await answersOf(backends, benchSearches(40));
			if (available) expect(asked.some((sql) => sql.includes('bm25_counts('))).toBe(true);
			// Region and theme filters are tested on a bitmap of their rows instead of an IN list.
			if (available) expect(asked.some((sql) => sql.includes('rowid_in('))).toBe(true);
			expect(native).toEqual(plain);
			for (const b of backends) await b.close();
		},
	);

	test('a missing compiler leaves bm25(), says so in one line and answers alike', async () => {
		vi.stubEnv('JUCUO_NATIVE_DIR', join(dir, 'no-compiler'));
		vi.stubEnv('CC', join(dir, 'no-such-cc'));
		expect(loads(file)).toEqual({
			counts: false,
			lines: [expect.stringMatching(/^\[search\] .*no C compiler/u)],
		});
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const backends = [open(true, false), open(false, false)];
		asked.length = 0;
		const [fallback, plain] = await answersOf(backends, benchSearches(10));
		expect(asked.some((sql) => sql.includes('bm25_counts(') || sql.includes('rowid_in('))).toBe(
			false,
		);
		expect(fallback).toEqual(plain);
		for (const b of backends) await b.close();
		warn.mockRestore();
		vi.unstubAllEnvs();
	});

	test('a broken library file leaves bm25() and says so in one line', async () => {
		vi.stubEnv('JUCUO_NATIVE_DIR', join(dir, 'broken'));
		const library = nativeLibraryFile(BM25_EXTENSION);
		mkdirSync(dirname(library), { recursive: true });
		writeFileSync(library, 'not a shared library');
		expect(loads(file)).toEqual({
			counts: false,
			lines: [expect.stringMatching(/^\[search\] .*did not load/u)],
		});
		// The index opens and answers all the same, with bm25(), and says it once per process.
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const backend = open(true, false);
		try {
			expect(warn).not.toHaveBeenCalled();
			expect((await backend.search('articles', { q: '乡村振兴' })).total).toBeGreaterThan(0);
		} finally {
			warn.mockRestore();
			vi.unstubAllEnvs();
			await backend.close();
		}
	});
});

describe('the samples', () => {
	const backends: SearchBackend[] = [];
	beforeAll(async () => {
		for (const nativeBm25 of [true, false]) {
			const backend = openEmbeddedBackend({
				file: ':memory:',
				segmenter,
				ranking: withNative(nativeBm25),
			});
			await syncIndex(backend, sampleArticles());
			backends.push(backend);
		}
	}, 120_000);
	afterAll(async () => {
		for (const b of backends) await b.close();
	});

	test('the judged queries and their quoted forms answer alike, similar() too', async () => {
		const judged = JSON.parse(readFileSync('search-config/eval/search-judgments.json', 'utf8')) as {
			queries: { q: string }[];
		};
		const queries = judged.queries.map((q) => q.q);
		expect(queries.length).toBeGreaterThan(15);
		const searches = queries.flatMap((q) => [
			{ q, facets: ['province', 'theme'] as ('province' | 'theme')[] },
			{ q: `"${q}"`, hitsPerPage: 5 },
		]);
		asked.length = 0;
		const [native, plain] = await answersOf(backends, searches);
		expect(native).toEqual(plain);
		for (const id of sampleArticles().map((a) => a.id))
			expect(JSON.stringify(await backends[0]!.similar('articles', id))).toBe(
				JSON.stringify(await backends[1]!.similar('articles', id)),
			);
		if (available) expect(asked.some((sql) => sql.includes('bm25_counts('))).toBe(true);
	});
});
