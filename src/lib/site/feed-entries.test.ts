import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import { openEmbeddedBackend } from '../search/embedded-backend.ts';
import { sampleArticles } from '../eval/sample-articles.ts';
import { upsertArticles } from '../search/upsert-articles.ts';
import type { SearchBackend } from '../search/types.ts';
import { buildFeed } from './feed-entries.ts';

let dir = '';
let backend: SearchBackend;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'jucuo-feed-'));
	backend = openEmbeddedBackend({ dataDir: dir, segmenter: createJiebaSegmenter() });
	// One sample article known only to its year, to check the feed never claims a day.
	const samples = sampleArticles().map((a) =>
		a.id === 'zaozhuang-style' ? { ...a, date: '2022-01-01', datePrecision: 'year' as const } : a,
	);
	await upsertArticles(backend, samples);
}, 60_000);

afterAll(async () => {
	await backend.close();
	rmSync(dir, { recursive: true, force: true });
});

const meta = { title: 't', pageUrl: 'http://h/regions/370000', selfUrl: 'http://h/feeds/x.xml' };

test('the 山东 feed holds its newest articles and measures, newest first, and no other province', async () => {
	const feed = await buildFeed(
		backend,
		{ q: '', filters: { region: ['370000'] } },
		meta,
		'http://h',
	);
	expect(feed.entries.length).toBeGreaterThan(0);
	const times = feed.entries.map((e) => e.updated);
	expect([...times].sort().reverse()).toEqual(times);
	expect(feed.updated).toBe(times[0]);
	expect(feed.entries.some((e) => e.title.startsWith('举措 · '))).toBe(true);
	expect(feed.entries.map((e) => e.title)).not.toContain('广东深圳宝安区组织591名干部挂点走访企业');
	expect(feed.entries.every((e) => e.url.startsWith('http://h/articles/'))).toBe(true);
});

test('an article known only to the year reads 2022年 in its entry, not 2022年1月1日', async () => {
	const feed = await buildFeed(
		backend,
		{ q: '', filters: { region: ['370400'] } },
		meta,
		'http://h',
	);
	const entry = feed.entries.find((e) => e.url === 'http://h/articles/zaozhuang-style');
	expect(entry?.summary.startsWith('2022年 · ')).toBe(true);
	expect(entry?.summary).not.toContain('2022年1月1日');
});
