import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import { openEmbeddedBackend } from './embedded-backend.ts';
import {
	articleDocs,
	contractCases,
	plain,
	sampleBackend,
} from './test-fixtures/contract-cases.ts';
import { documentHash } from './to-search-document.ts';
import type { ArticleSearchDocument } from './types.ts';

// The rest of the backend contract (see backend-contract.test.ts): measures, similarity, date
// order with a query, duplicates, region ranking, writes.
describe.each(contractCases())('$name backend', (engine) => {
	const { backend, contract } = sampleBackend(engine);

	test('searches measures with their article id', async () => {
		const result = await backend().search('measures', {
			q: '轮岗',
			filters: { region: ['370000'] },
		});
		expect(result.total).toBeGreaterThan(0);
		for (const hit of result.hits)
			expect(hit.articleId).toMatch(/^(mudan-cadres|yicheng-style|zaozhuang-style)$/u);
	});

	test('similar() excludes a region', async () => {
		const similar = await backend().similar('articles', 'yicheng-style', {
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
			const result = await backend().search('articles', { q: '干部', sort, hitsPerPage: 50 });
			expect(result.total).toBeGreaterThan(2);
			const dates = result.hits.map((h) => h.date ?? '');
			const sorted = [...dates].sort();
			expect(dates).toEqual(sort === 'date-asc' ? sorted : sorted.reverse());
		}
	});

	contract(
		'measures: a measure that says 干部队伍 ranks above one whose article title alone says it',
		async () => {
			const hits = (await backend().search('measures', { q: '干部队伍', hitsPerPage: 50 })).hits;
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
		const query = { q: '野生动物', facets: ['source' as const] };
		const before = await backend().search('articles', query);
		expect(before.hits[0]?.id).toBe('mudan-wildlife');
		await backend().upsert('articles', [copy]);
		try {
			const result = await backend().search('articles', query);
			expect(result.hits.map((h) => h.id)).toEqual(before.hits.map((h) => h.id));
			expect(result.total).toBe(before.total);
			expect(result.facets.source?.['转载']).toBeUndefined();
			expect((await backend().search('articles', { q: '' })).total).toBe(articleDocs.length);
		} finally {
			await backend().delete('articles', [copy.id]);
		}
	});

	test('similar() to a 干部 article finds another 干部 article in its top 3, lexically or by vectors', async () => {
		const similar = await backend().similar('articles', 'mudan-cadres', { limit: 3 });
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
		await backend().upsert('articles', [national]);
		try {
			const about = await backend().search('articles', {
				q: '干部轮岗',
				filters: { region: ['370000'] },
			});
			const ids = about.hits.map((h) => h.id);
			expect(ids).toContain('mudan-cadres');
			const inside = about.hits.map((h) => h.region.code.startsWith('37'));
			expect(inside.lastIndexOf(true)).toBeLessThan(
				inside.includes(false) ? inside.indexOf(false) : Infinity,
			);
			const mentions = await backend().search('articles', {
				q: '干部轮岗',
				filters: { region: ['370000'], scope: 'mentions' },
			});
			expect(mentions.hits.map((h) => h.id)).toContain('national-roundup');
		} finally {
			await backend().delete('articles', [national.id]);
		}
	});

	test('upsert replaces, delete removes, listIds gives content hashes', async () => {
		const original = articleDocs.find((d) => d.id === 'mudan-wildlife')!;
		const before = await backend().listIds('articles');
		expect(before.get('mudan-wildlife')).toBe(documentHash(original));
		const changed: ArticleSearchDocument = { ...original, title: '候鸟保护宣传进校园' };
		await backend().upsert('articles', [changed]);
		expect((await backend().search('articles', { q: '候鸟' })).hits.map((h) => h.id)).toEqual([
			'mudan-wildlife',
		]);
		expect((await backend().listIds('articles')).get('mudan-wildlife')).toBe(documentHash(changed));
		expect((await backend().search('articles', { q: '' })).total).toBe(articleDocs.length);
		await backend().delete('articles', ['mudan-wildlife', 'no-such-id']);
		const after = await backend().search('articles', { q: '野生动物', hitsPerPage: 100 });
		expect(after.hits.map((h) => h.id)).not.toContain('mudan-wildlife');
		expect((await backend().listIds('articles')).has('mudan-wildlife')).toBe(false);
		await backend().upsert('articles', [original]);
		expect((await backend().get('articles', ['mudan-wildlife', 'missing']))[0]).toEqual(original);
	});
});

test('the embedded index survives a restart', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'jucuo-search-'));
	onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
	const first = openEmbeddedBackend({ dataDir: dir, segmenter: createJiebaSegmenter() });
	await first.upsert('articles', articleDocs.slice(0, 2));
	await first.close();
	const second = openEmbeddedBackend({ dataDir: dir, segmenter: createJiebaSegmenter() });
	expect((await second.search('articles', { q: '' })).total).toBe(2);
	await second.close();
});
