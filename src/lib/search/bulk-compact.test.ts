import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, expect, test } from 'vitest';
import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import { sampleArticles } from '../eval/sample-articles.ts';
import { openEmbeddedBackend } from './embedded-backend.ts';
import { articleToSearchDocuments } from './to-search-document.ts';

const dir = mkdtempSync(join(tmpdir(), 'jucuo-compact-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const copies = (from: number, to: number) =>
	Array.from({ length: to - from }, (_, k) =>
		sampleArticles().map((a) => articleToSearchDocuments({ ...a, id: `${a.id}-${from + k}` })),
	)
		.flat()
		.map((d) => d.article);

/** Segments of the articles' character table and its FTS5 settings. */
function structure(file: string): {
	segments: number;
	config: Record<string, number>;
	freePages: number;
} {
	const db = new DatabaseSync(file, { readOnly: true });
	// Leaf rowids are (segment id << 37) | (height << 31) | page; the ones below 2^37 are records.
	const segments = Number(
		(
			db
				.prepare('SELECT count(DISTINCT id >> 37) AS n FROM a_chars_data WHERE id >= 137438953472')
				.get() as { n: number }
		).n,
	);
	const config = Object.fromEntries(
		(db.prepare('SELECT k, v FROM a_chars_config').all() as { k: string; v: number }[]).map((r) => [
			r.k,
			r.v,
		]),
	);
	const freePages = Number(
		(db.prepare('PRAGMA freelist_count').get() as { freelist_count: number }).freelist_count,
	);
	db.close();
	return { segments, config, freePages };
}

async function write(file: string, batches: ReturnType<typeof copies>[]): Promise<void> {
	const backend = openEmbeddedBackend({ file, segmenter: createJiebaSegmenter() });
	for (const batch of batches) await backend.upsert('articles', batch);
	await backend.close();
}

// Seven sample articles a copy: 30 copies make a bulk write (200 documents or more).
const file = join(dir, 'index.sqlite');

test(
	'整批建成的索引关闭时合并为一个段，并恢复增量写入的合并设置',
	{ timeout: 120_000 },
	async () => {
		const batches = [copies(0, 30), copies(30, 60), copies(60, 90)];
		expect(batches[0]!.length).toBeGreaterThanOrEqual(200);
		await write(file, batches);
		const { segments, config } = structure(file);
		expect(segments).toBe(1);
		expect(config['automerge']).toBe(8);
		expect(config['crisismerge'] ?? 16).toBe(16);
		// Searching the merged index finds every copy of an article by its headline.
		const reader = openEmbeddedBackend({ file, segmenter: createJiebaSegmenter() });
		const q = `"${sampleArticles()[0]!.title.slice(0, 6)}"`;
		const total = (await reader.search('articles', { q })).total;
		await reader.close();
		expect(total).toBeGreaterThanOrEqual(90);
	},
);

test('在大索引上追加一批时不重写整个索引，只做常规合并', { timeout: 120_000 }, async () => {
	expect(structure(file).segments).toBe(1);
	await write(file, [copies(90, 120)]);
	const after = structure(file);
	// The first segment stays as it was (not optimised into one with the new rows).
	expect(after.segments).toBe(2);
	expect(after.config['automerge']).toBe(8);
});
