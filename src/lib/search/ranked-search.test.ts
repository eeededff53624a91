import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import type { Article } from '../schema/release.ts';
import { openEmbeddedBackend } from './embedded-backend.ts';
import { syncIndex } from './sync-index.ts';
import { sampleArticles } from '../eval/sample-articles.ts';
import type { SearchBackend, SearchFilters } from './types.ts';

const articles = sampleArticles();
const byId = new Map(articles.map((a) => [a.id, a]));
const SLOGAN = '强副职、壮中层、激活力';

/** A reprint of a real sample by another outlet, and a real sample rewritten with a slogan variant. */
function extraArticles(): Article[] {
	const business = byId.get('mudan-business')!;
	const cadres = byId.get('mudan-cadres')!;
	const frontline = byId.get('lingcheng-frontline')!;
	const wildlife = byId.get('mudan-wildlife')!;
	return [
		{ ...business, id: 'mudan-business-reprint', source: '菏泽日报', duplicateOf: business.id },
		// A 菏泽 item whose tagging also found 枣庄 among the places it names.
		{ ...wildlife, id: 'heze-mentions-zaozhuang', regions: [wildlife.region, '370400'] },
		{
			...frontline,
			id: 'lingcheng-variant',
			body: `${frontline.body}\n${cadres.body
				.split('\n')
				.find((l) => l.includes(SLOGAN))!
				.replace('壮中层', '着力壮中层')}`,
			slogans: [],
		},
	];
}

let backend: SearchBackend;
beforeAll(async () => {
	backend = openEmbeddedBackend({ file: ':memory:', segmenter: createJiebaSegmenter() });
	await syncIndex(backend, [...articles, ...extraArticles()]);
}, 60_000);
afterAll(() => backend.close());

const ids = async (q: string, filters: SearchFilters = {}) =>
	(await backend.search('articles', { q, filters, hitsPerPage: 10 })).hits.map((h) => h.id);

/** xorshift32: the same runs on every machine. */
function random(seed: number) {
	let s = seed;
	return () => {
		s ^= s << 13;
		s ^= s >>> 17;
		s ^= s << 5;
		return (s >>> 0) / 0x100000000;
	};
}

/** Runs of 3–6 Chinese characters that occur in exactly one sample article (title or body). */
function uniqueRuns(count: number, seed: number): { run: string; id: string }[] {
	const next = random(seed);
	const texts = articles.map((a) => ({ id: a.id, text: `${a.title}\n${a.body}` }));
	const runs: { run: string; id: string }[] = [];
	for (let tries = 0; runs.length < count && tries < 100_000; tries++) {
		const { id, text } = texts[Math.floor(next() * texts.length)]!;
		const length = 3 + Math.floor(next() * 4);
		const start = Math.floor(next() * (text.length - length));
		const run = text.slice(start, start + length);
		if (!/^\p{Script=Han}+$/u.test(run)) continue;
		if (texts.filter((t) => t.text.includes(run)).length !== 1) continue;
		runs.push({ run, id });
	}
	return runs;
}

describe('any run of characters copied from an article finds it', () => {
	test.each([['野生动'], ['展以来']])('%s 找到原文', async (q) => {
		const owner = articles.find((a) => `${a.title}\n${a.body}`.includes(q))!;
		expect((await ids(q)).slice(0, 3)).toContain(owner.id);
	});

	test('80 random runs of 3–6 characters each find their article in the top 3', async () => {
		const runs = uniqueRuns(80, 20_240_601);
		expect(runs).toHaveLength(80);
		const missed: string[] = [];
		for (const { run, id } of runs)
			if (!(await ids(run)).slice(0, 3).includes(id)) missed.push(run);
		expect(missed).toEqual([]);
	});
});

test('a four-word descriptive query finds the article without every word in it', async () => {
	// The 宝安区 article says 挂点走访企业 and 干部, never 帮助 or 困难 in this form.
	expect((await ids('干部 走访 企业 解决困难')).slice(0, 3)).toContain('baoan-cadres');
});

test('quoted “强副职、壮中层、激活力” lists the exact uses first, then the variant, marked', async () => {
	const result = await backend.search('articles', { q: `“${SLOGAN}”` });
	const marks = result.hits.map((h) => [h.id, h.match]);
	expect(marks[0]).toEqual(['mudan-cadres', 'exact']);
	expect(marks).toContainEqual(['lingcheng-variant', 'variant']);
	expect(marks.findIndex(([, m]) => m === 'variant')).toBeGreaterThan(
		marks.findLastIndex(([, m]) => m === 'exact'),
	);
});

test('a release printed by two outlets is one hit and counts once', async () => {
	const result = await backend.search('articles', {
		q: '营商环境',
		facets: ['source'],
		hitsPerPage: 50,
	});
	const hit = result.hits.find((h) => h.id === 'mudan-business')!;
	expect(result.hits.map((h) => h.id)).not.toContain('mudan-business-reprint');
	expect(hit.outlets?.map((o) => o.source)).toEqual(['菏泽日报']);
	expect(result.total).toBe(result.hits.length);
	expect(Object.values(result.facets.source ?? {}).reduce((a, b) => a + b, 0)).toBe(result.total);
});

describe('a region filter means items about the region', () => {
	// 宝安区 (440306) is about 深圳; 峄城区 is a district of 枣庄 (370400).
	test('枣庄 (370400) finds 枣庄 and 峄城区 items, not those elsewhere', async () => {
		const result = await backend.search('articles', { q: '', filters: { region: ['370400'] } });
		for (const hit of result.hits) expect(hit.region.code.startsWith('3704')).toBe(true);
		expect(result.hits.map((h) => h.id)).toContain('yicheng-style');
	});

	test('an item that only mentions 枣庄 appears only with scope mentions', async () => {
		const about = await ids('', { region: ['370400'] });
		const mentions = await ids('', { region: ['370400'], scope: 'mentions' });
		expect(about).not.toContain('heze-mentions-zaozhuang');
		expect(mentions).toContain('heze-mentions-zaozhuang');
	});
});
