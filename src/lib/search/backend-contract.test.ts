import { describe, expect, test } from 'vitest';
import { segmentsToString } from './highlight.ts';
import {
	articleDocs,
	articles,
	contractCases,
	meiliUrl,
	plain,
	sampleBackend,
} from './test-fixtures/contract-cases.ts';

// The behaviour every search backend must share, on the sample articles: finding, filtering,
// counting, phrases, highlights, escaping, sorting. Writes, similarity and ranking rules are in
// backend-contract-more.test.ts.
if (!meiliUrl && process.env.CI === 'true') {
	// CI starts a server (.ci/run); a missing one there is a broken run, not a reason to skip.
	test('the Meilisearch contract run has a server (MEILI_URL) in CI', () => {
		throw new Error(
			'MEILI_URL is not set although CI=true: .ci/run should have started Meilisearch.',
		);
	});
} else if (!meiliUrl) {
	console.info(
		'[search] Meilisearch contract run skipped: set MEILI_URL (e.g. `npm run meili`) to run it.',
	);
	describe.skip('meilisearch (skipped: MEILI_URL is not set)', () => {
		test('runs the same contract cases', () => undefined);
	});
}

describe.each(contractCases())('$name backend', (engine) => {
	const { backend } = sampleBackend(engine);

	test('干部轮岗 finds the 牡丹区 and 峄城区 articles and not the 野生动物 one', async () => {
		const ids = (await backend().search('articles', { q: '干部轮岗' })).hits.map((h) => h.id);
		expect(ids).toContain('mudan-cadres');
		expect(ids).toContain('yicheng-style');
		expect(ids).not.toContain('mudan-wildlife');
	});

	test('a 山东 (370000) filter finds 牡丹区, 陵城区, 峄城区 and 枣庄 items and not 宝安区', async () => {
		const result = await backend().search('articles', {
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
			await backend().search('articles', { q: '作风', filters: { region: ['370400'] } })
		).hits
			.map((h) => h.id)
			.sort();
		expect(ids).toEqual(['yicheng-style', 'zaozhuang-style']);
	});

	test('facet counts equal the totals of the filtered searches', async () => {
		const result = await backend().search('articles', {
			q: '干部',
			facets: ['province', 'city', 'theme', 'year'],
		});
		expect(Object.keys(result.facets.city ?? {}).length).toBeGreaterThan(1);
		for (const [code, count] of Object.entries(result.facets.city ?? {})) {
			expect(
				(await backend().search('articles', { q: '干部', filters: { region: [code] } })).total,
			).toBe(count);
		}
		for (const [theme, count] of Object.entries(result.facets.theme ?? {})) {
			const filtered = await backend().search('articles', {
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
		const ids = (await backend().search('articles', { q: '“五比五看”' })).hits
			.map((h) => h.id)
			.sort();
		expect(ids).toEqual(expected);
		const ascii = (await backend().search('articles', { q: '"五比五看"' })).hits
			.map((h) => h.id)
			.sort();
		expect(ascii).toEqual(expected);
	});

	test('a quoted phrase ranks its verbatim uses first, never its words apart', async () => {
		const expected = articleDocs
			.filter((d) => plain(d.body + d.title).includes('干部轮岗'))
			.map((d) => d.id)
			.sort();
		const hits = (await backend().search('articles', { q: '"干部轮岗"' })).hits;
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
		const [hit] = (await backend().search('articles', { q: '野生动物' })).hits;
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
				(await backend().search('articles', { q: '', filters: { source: [source] } })).total,
			).toBe(0);
		}
		expect(
			(
				await backend().search('articles', {
					q: '',
					filters: { region: ['370000" OR regionCodes EXISTS'] },
				})
			).total,
		).toBe(0);
		const injected = await backend().search('articles', { q: '野生动物" OR "干部' });
		expect(injected.hits.map((h) => h.id)).not.toContain('baoan-cadres');
		await expect(
			backend().search('articles', { q: 'NEAR( "a" * ) OR AND NOT ^ col:x' }),
		).resolves.toBeDefined();
	});

	test('sorts by date and pages with exact totals', async () => {
		const all = await backend().search('articles', {
			q: '',
			sort: 'date-desc',
			hitsPerPage: 3,
			page: 1,
		});
		expect(all.total).toBe(articleDocs.length);
		const dates = all.hits.map((h) => h.date ?? '');
		expect([...dates].sort().reverse()).toEqual(dates);
		const page3 = await backend().search('articles', {
			q: '',
			sort: 'date-desc',
			hitsPerPage: 3,
			page: 3,
		});
		expect(page3.hits.length).toBe(articleDocs.length - 6);
		const ranged = await backend().search('articles', {
			q: '',
			filters: { from: '2023-01-01', to: '2023-12-31' },
		});
		expect(ranged.total).toBe(articleDocs.filter((d) => d.date!.startsWith('2023')).length);
		expect((await backend().search('articles', { q: '', filters: { year: [2022] } })).total).toBe(
			2,
		);
	});
});
