import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { sampleArticles } from '../eval/sample-articles.ts';
import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import { openEmbeddedBackend } from './embedded-backend.ts';
import { primeTables, warmupSearches } from './embedded-warm.ts';
import { storeRowDecoder } from './store-row-decoder.ts';
import { syncIndex } from './sync-index.ts';
import type { SearchParams, SearchResult } from './types.ts';

const segmenter = createJiebaSegmenter();
let dir: string;
let file: string;
beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'jucuo-warm-'));
	file = join(dir, 'search.sqlite');
	const backend = openEmbeddedBackend({ file, segmenter });
	await syncIndex(backend, sampleArticles());
	await backend.close();
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function openDb() {
	const db = new DatabaseSync(file, { readOnly: true });
	const asked: string[] = [];
	const stmt = (sql: string) => (asked.push(sql), db.prepare(sql));
	const decode = storeRowDecoder(
		(id) =>
			(db.prepare('SELECT bytes FROM store_dict WHERE id = ?').get(id) as { bytes: Uint8Array })
				.bytes,
	);
	return { db, stmt, asked, decode };
}

test('priming reads every table of the collection that queries read all over, and never the stored documents, vectors or postings', () => {
	const { db, stmt, asked } = openDb();
	primeTables(stmt, 'a');
	const reads = asked.filter((sql) => /NOT INDEXED/u.test(sql));
	for (const name of ['a_docs', 'a_region', 'a_theme', 'a_chars_docsize', 'a_chars_idx'])
		expect(reads).toContain(`SELECT count(*) FROM "${name}" NOT INDEXED`);
	expect(reads.filter((sql) => /a_store|a_vec|a_chars_data|m_/u.test(sql))).toEqual([]);
	db.close();
});

test('the warm-up searches come from the index’s own headlines and each finds the document it came from', async () => {
	const { db, stmt, decode } = openDb();
	const searches = warmupSearches(stmt, 'a', 6, decode);
	db.close();
	expect(searches).toHaveLength(6);
	const titles = sampleArticles().map((a) => a.title);
	const backend = openEmbeddedBackend({ file, segmenter, searchOnly: true });
	for (const params of searches) {
		for (const word of params.q.split(' ')) expect(titles.some((t) => t.includes(word))).toBe(true);
		const result = await backend.search('articles', params);
		expect(result.hits.length, params.q).toBeGreaterThan(0);
	}
	await backend.close();
});

test('warming an index changes no result: the same hits, totals, facets and snippets', async () => {
	const asks: SearchParams[] = [
		{ q: '营商环境', facets: ['province', 'theme'], hitsPerPage: 10 },
		{ q: '干部 作风', filters: { region: ['370000'] }, facets: ['province'], hitsPerPage: 5 },
		{ q: '', filters: { theme: ['talent'] }, facets: ['year'], hitsPerPage: 10 },
	];
	const answers = async (warm: boolean) => {
		const backend = openEmbeddedBackend({ file, segmenter, searchOnly: true });
		if (warm) await backend.warm!();
		const out: Omit<SearchResult, 'tookMs'>[] = [];
		for (const params of asks) {
			const { tookMs: _, ...result } = await backend.search('articles', params);
			out.push(result);
		}
		await backend.close();
		return out;
	};
	const cold = await answers(false);
	expect(cold[0]!.total).toBeGreaterThan(0);
	expect(await answers(true)).toEqual(cold);
});

test('an empty index warms without error', async () => {
	const backend = openEmbeddedBackend({ file: ':memory:', segmenter });
	await expect(backend.warm!()).resolves.toBeUndefined();
	await backend.close();
});
