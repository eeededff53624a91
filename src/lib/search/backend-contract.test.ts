import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import { openEmbeddedBackend } from './embedded-backend.ts';
import { segmentsToString } from './highlight.ts';
import { openMeilisearchBackend } from './meilisearch-backend.ts';
import { sampleArticles } from '../eval/sample-articles.ts';
import { articleToSearchDocuments, documentHash } from './to-search-document.ts';
import type { ArticleSearchDocument, SearchBackend } from './types.ts';

interface BackendCase {
	name: string;
	open: () => Promise<SearchBackend>;
}

const meiliUrl = process.env.MEILI_URL ?? process.env.MEILISEARCH_URL;
const dirs: string[] = [];
const cases: BackendCase[] = [
	{
		name: 'embedded',
		open: () => {
			const dir = mkdtempSync(join(tmpdir(), 'jucuo-search-'));
			dirs.push(dir);
			return Promise.resolve(
				openEmbeddedBackend({ dataDir: dir, segmenter: createJiebaSegmenter() }),
			);
		},
	},
];
if (meiliUrl) {
	cases.push({
		name: 'meilisearch',
		open: () =>
			openMeilisearchBackend({
				url: meiliUrl,
				apiKey: process.env.MEILI_API_KEY,
				indexPrefix: `test_${Date.now()}_`,
			}),
	});
} else if (process.env.CI === 'true') {
	// CI starts a server (.ci/run); a missing one there is a broken run, not a reason to skip.
	test('the Meilisearch contract run has a server (MEILI_URL) in CI', () => {
		throw new Error(
			'MEILI_URL is not set although CI=true: .ci/run should have started Meilisearch.',
		);
	});
} else {
	console.info(
		'[search] Meilisearch contract run skipped: set MEILI_URL (e.g. `npm run meili`) to run it.',
	);
	describe.skip('meilisearch (skipped: MEILI_URL is not set)', () => {
		test('runs the same contract cases', () => undefined);
	});
}

afterAll(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const articles = sampleArticles();
const docs = articles.map(articleToSearchDocuments);
const articleDocs = docs.map((d) => d.article);
const plain = (s: string) => s.replace(/\s+/gu, '');

/**
 * Contract cases a backend does not meet yet: run as `test.fails`, so the suite stays green and
 * flags the case the moment the backend starts passing it (then remove the entry).
 */
const PENDING: Record<string, string[]> = {
	embedded: ['an article marked as a duplicate is not a hit of its own'],
};

describe.each(cases)('$name backend', ({ name, open }) => {
	const contract = (title: string, body: () => Promise<void>) =>
		(PENDING[name]?.includes(title) ? test.fails : test)(title, body);
	let backend: SearchBackend;
	beforeAll(async () => {
		backend = await open();
		await backend.upsert('articles', articleDocs);
		await backend.upsert(
			'measures',
			docs.flatMap((d) => d.measures),
		);
	}, 60_000);
	afterAll(async () => backend.close());

	test('干部轮岗 finds the 牡丹区 and 峄城区 articles and not the 野生动物 one', async () => {
		const ids = (await backend.search('articles', { q: '干部轮岗' })).hits.map((h) => h.id);
		expect(ids).toContain('mudan-cadres');
		expect(ids).toContain('yicheng-style');
		expect(ids).not.toContain('mudan-wildlife');
	});

	test('a 山东 (370000) filter finds 牡丹区, 陵城区, 峄城区 and 枣庄 items and not 宝安区', async () => {
		const result = await backend.search('articles', {
			q: '',
			filters: { region: ['370000'] },
			hitsPerPage: 50,
		});
		const ids = result.hits.map((h) => h.id);
		expect(ids).toEqual(
			expect.arrayContaining([
				'mudan-cadres',
				'lingcheng-frontline',
				'yicheng-style',
				'zaozhuang-style',
			]),
		);
		expect(ids).not.toContain('baoan-cadres');
		expect(result.total).toBe(ids.length);
	});

	test('a 枣庄市 filter finds the 峄城区 article below it', async () => {
		const ids = (
			await backend.search('articles', { q: '作风', filters: { region: ['370400'] } })
		).hits
			.map((h) => h.id)
			.sort();
		expect(ids).toEqual(['yicheng-style', 'zaozhuang-style']);
	});

	test('facet counts equal the totals of the filtered searches', async () => {
		const result = await backend.search('articles', {
			q: '干部',
			facets: ['province', 'city', 'theme', 'year'],
		});
		expect(Object.keys(result.facets.city ?? {}).length).toBeGreaterThan(1);
		for (const [code, count] of Object.entries(result.facets.city ?? {})) {
			expect(
				(await backend.search('articles', { q: '干部', filters: { region: [code] } })).total,
			).toBe(count);
		}
		for (const [theme, count] of Object.entries(result.facets.theme ?? {})) {
			const filtered = await backend.search('articles', {
				q: '干部',
				filters: { theme: [theme as never] },
			});
			expect(filtered.total).toBe(count);
		}
		const years = Object.values(result.facets.year ?? {}).reduce((a, b) => a + b, 0);
		expect(years).toBe(result.total);
	});

	test('a quoted slogan “五比五看” finds exactly the articles that use it', async () => {
		const expected = articleDocs
			.filter((d) => plain(d.body + d.title).includes('五比五看'))
			.map((d) => d.id)
			.sort();
		expect(expected.length).toBeGreaterThan(0);
		const ids = (await backend.search('articles', { q: '“五比五看”' })).hits
			.map((h) => h.id)
			.sort();
		expect(ids).toEqual(expected);
		const ascii = (await backend.search('articles', { q: '"五比五看"' })).hits
			.map((h) => h.id)
			.sort();
		expect(ascii).toEqual(expected);
	});

	test('a quoted phrase ranks its verbatim uses first, never its words apart', async () => {
		const expected = articleDocs
			.filter((d) => plain(d.body + d.title).includes('干部轮岗'))
			.map((d) => d.id)
			.sort();
		const hits = (await backend.search('articles', { q: '"干部轮岗"' })).hits;
		expect(
			hits
				.slice(0, expected.length)
				.map((h) => h.id)
				.sort(),
		).toEqual(expected);
		// An article with 干部 and 轮岗 apart may follow (sharing words), but never as a use.
		const apart = hits.find((h) => h.id === 'mudan-cadres');
		if (apart) expect(apart.match).not.toBe('exact');
	});

	test('highlights mark 野生动物 in the unmodified Chinese text', async () => {
		const [hit] = (await backend.search('articles', { q: '野生动物' })).hits;
		expect(hit?.id).toBe('mudan-wildlife');
		expect(segmentsToString(hit!.titleHighlight)).toBe('“野生动物”现身校园 乐坏了孩子们');
		expect(hit!.titleHighlight.filter((s) => s.match).map((s) => s.text)).toEqual(['野生动物']);
		const text = segmentsToString(hit!.snippet).replace(/^…|…$/gu, '');
		expect(plain(articles.find((a) => a.id === 'mudan-wildlife')!.body)).toContain(plain(text));
		expect(text).not.toMatch(/[\u4e00-\u9fff] [\u4e00-\u9fff]/u);
		expect(hit!.snippet.filter((s) => s.match).map((s) => s.text)).toContain('野生动物');
	});

	test('filter values and queries with quotes or operators cannot change the query', async () => {
		for (const source of ['人民日报" OR 1=1 --', "鲁网' OR '1'='1", '鲁网) OR (source != ""']) {
			expect(
				(await backend.search('articles', { q: '', filters: { source: [source] } })).total,
			).toBe(0);
		}
		expect(
			(
				await backend.search('articles', {
					q: '',
					filters: { region: ['370000" OR regionCodes EXISTS'] },
				})
			).total,
		).toBe(0);
		const injected = await backend.search('articles', { q: '野生动物" OR "干部' });
		expect(injected.hits.map((h) => h.id)).not.toContain('baoan-cadres');
		await expect(
			backend.search('articles', { q: 'NEAR( "a" * ) OR AND NOT ^ col:x' }),
		).resolves.toBeDefined();
	});

	test('sorts by date and pages with exact totals', async () => {
		const all = await backend.search('articles', {
			q: '',
			sort: 'date-desc',
			hitsPerPage: 3,
			page: 1,
		});
		expect(all.total).toBe(articleDocs.length);
		const dates = all.hits.map((h) => h.date ?? '');
		expect([...dates].sort().reverse()).toEqual(dates);
		const page3 = await backend.search('articles', {
			q: '',
			sort: 'date-desc',
			hitsPerPage: 3,
			page: 3,
		});
		expect(page3.hits.length).toBe(articleDocs.length - 6);
		const ranged = await backend.search('articles', {
			q: '',
			filters: { from: '2023-01-01', to: '2023-12-31' },
		});
		expect(ranged.total).toBe(articleDocs.filter((d) => d.date!.startsWith('2023')).length);
		expect((await backend.search('articles', { q: '', filters: { year: [2022] } })).total).toBe(2);
	});

	test('searches measures with their article id', async () => {
		const result = await backend.search('measures', { q: '轮岗', filters: { region: ['370000'] } });
		expect(result.total).toBeGreaterThan(0);
		for (const hit of result.hits)
			expect(hit.articleId).toMatch(/^(mudan-cadres|yicheng-style|zaozhuang-style)$/u);
	});

	test('similar() excludes a region', async () => {
		const similar = await backend.similar('articles', 'yicheng-style', {
			filters: { excludeRegion: ['370400'] },
			limit: 5,
		});
		expect(similar.method).toMatch(/^(lexical|embedding)$/u);
		const ids = similar.hits.map((h) => h.id);
		expect(ids.length).toBeGreaterThan(0);
		expect(ids).not.toContain('yicheng-style');
		expect(ids).not.toContain('zaozhuang-style');
	});

	test('a date order is honoured with a query: 干部 sorted newest first', async () => {
		for (const sort of ['date-desc', 'date-asc'] as const) {
			const result = await backend.search('articles', { q: '干部', sort, hitsPerPage: 50 });
			expect(result.total).toBeGreaterThan(2);
			const dates = result.hits.map((h) => h.date ?? '');
			const sorted = [...dates].sort();
			expect(dates).toEqual(sort === 'date-asc' ? sorted : sorted.reverse());
		}
	});

	contract(
		'measures: a measure that says 干部队伍 ranks above one whose article title alone says it',
		async () => {
			const hits = (await backend.search('measures', { q: '干部队伍', hitsPerPage: 50 })).hits;
			const saysIt = hits.map((h) =>
				plain((h.document as { text: string }).text).includes('干部队伍'),
			);
			expect(saysIt).toContain(true);
			expect(saysIt).toContain(false);
			expect(saysIt.indexOf(false)).toBeGreaterThan(saysIt.lastIndexOf(true));
		},
	);

	contract('an article marked as a duplicate is not a hit of its own', async () => {
		const original = articleDocs.find((d) => d.id === 'mudan-wildlife')!;
		const copy: ArticleSearchDocument = {
			...original,
			id: 'mudan-wildlife-reprint',
			source: '转载',
			duplicateOf: original.id,
		};
		await backend.upsert('articles', [copy]);
		try {
			const result = await backend.search('articles', { q: '野生动物', facets: ['source'] });
			expect(result.hits.map((h) => h.id)).toEqual(['mudan-wildlife']);
			expect(result.total).toBe(1);
			expect(result.facets.source?.['转载']).toBeUndefined();
			expect((await backend.search('articles', { q: '' })).total).toBe(articleDocs.length);
		} finally {
			await backend.delete('articles', [copy.id]);
		}
	});

	test('similar() to a 干部 article finds another 干部 article in its top 3, lexically or by vectors', async () => {
		const similar = await backend.similar('articles', 'mudan-cadres', { limit: 3 });
		const ids = similar.hits.map((h) => h.id);
		expect(ids).not.toContain('mudan-cadres');
		expect(ids.length).toBeGreaterThan(0);
		const cadres = articleDocs
			.filter((d) => d.id !== 'mudan-cadres' && d.body.includes('干部'))
			.map((d) => d.id);
		expect(ids.some((id) => cadres.includes(id))).toBe(true);
		expect(ids[0]).not.toBe('mudan-wildlife');
	});

	test('a 山东 filter ranks items about 山东 above a national round-up that only names it', async () => {
		const local = articleDocs.find((d) => d.id === 'mudan-cadres')!;
		const national: ArticleSearchDocument = {
			...local,
			id: 'national-roundup',
			region: '000000',
			regionCodes: ['000000', ...local.regionCodes],
			body: `${local.body}\n\n各地推进干部轮岗。`,
		};
		await backend.upsert('articles', [national]);
		try {
			const about = await backend.search('articles', {
				q: '干部轮岗',
				filters: { region: ['370000'] },
			});
			const ids = about.hits.map((h) => h.id);
			expect(ids).toContain('mudan-cadres');
			const inside = about.hits.map((h) => h.region.code.startsWith('37'));
			expect(inside.lastIndexOf(true)).toBeLessThan(
				inside.includes(false) ? inside.indexOf(false) : Infinity,
			);
			const mentions = await backend.search('articles', {
				q: '干部轮岗',
				filters: { region: ['370000'], scope: 'mentions' },
			});
			expect(mentions.hits.map((h) => h.id)).toContain('national-roundup');
		} finally {
			await backend.delete('articles', [national.id]);
		}
	});

	test('upsert replaces, delete removes, listIds gives content hashes', async () => {
		const original = articleDocs.find((d) => d.id === 'mudan-wildlife')!;
		const before = await backend.listIds('articles');
		expect(before.get('mudan-wildlife')).toBe(documentHash(original));
		const changed: ArticleSearchDocument = { ...original, title: '候鸟保护宣传进校园' };
		await backend.upsert('articles', [changed]);
		expect((await backend.search('articles', { q: '候鸟' })).hits.map((h) => h.id)).toEqual([
			'mudan-wildlife',
		]);
		expect((await backend.listIds('articles')).get('mudan-wildlife')).toBe(documentHash(changed));
		expect((await backend.search('articles', { q: '' })).total).toBe(articleDocs.length);
		await backend.delete('articles', ['mudan-wildlife', 'no-such-id']);
		const after = await backend.search('articles', { q: '野生动物', hitsPerPage: 100 });
		expect(after.hits.map((h) => h.id)).not.toContain('mudan-wildlife');
		expect((await backend.listIds('articles')).has('mudan-wildlife')).toBe(false);
		await backend.upsert('articles', [original]);
		expect((await backend.get('articles', ['mudan-wildlife', 'missing']))[0]).toEqual(original);
	});
});

test('the embedded index survives a restart', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'jucuo-search-'));
	dirs.push(dir);
	const first = openEmbeddedBackend({ dataDir: dir, segmenter: createJiebaSegmenter() });
	await first.upsert('articles', articleDocs.slice(0, 2));
	await first.close();
	const second = openEmbeddedBackend({ dataDir: dir, segmenter: createJiebaSegmenter() });
	expect((await second.search('articles', { q: '' })).total).toBe(2);
	await second.close();
});
