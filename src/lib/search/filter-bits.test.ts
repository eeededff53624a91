import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { sampleArticles } from '../eval/sample-articles.ts';
import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import type { ThemeId } from '../schema/taxonomy.ts';
import { openEmbeddedBackend } from './embedded-backend.ts';
import { rowSetBits } from './filter-bits.ts';
import { filtersToSql } from './filters.ts';
import { syncIndex } from './sync-index.ts';
import type { SearchFilters } from './types.ts';

let dir: string;
let file: string;
beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'jucuo-filter-bits-'));
	file = join(dir, 'search.sqlite');
	const backend = openEmbeddedBackend({ file, segmenter: createJiebaSegmenter() });
	await syncIndex(backend, sampleArticles());
	await backend.close();
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a filter bitmap holds exactly the rows its SQL conditions pass (about, mentions, theme, excluded)', () => {
	const db = new DatabaseSync(file, { readOnly: true });
	const stmt = (sql: string) => db.prepare(sql);
	const articles = sampleArticles();
	const regions = [...new Set(articles.map((a) => a.region))];
	const province = (code: string) => `${code.slice(0, 2)}0000`;
	const themes = [...new Set(articles.flatMap((a) => a.themes))] as ThemeId[];
	const filters: SearchFilters[] = [
		{ region: [province(regions[0]!)] },
		{ region: [province(regions[0]!)], scope: 'mentions' },
		{ region: regions.slice(0, 3).map(province) },
		{ theme: themes.slice(0, 1) },
		{ theme: themes.slice(0, 2), region: [province(regions[1] ?? regions[0]!)] },
		{ theme: themes.slice(0, 3), excludeRegion: [province(regions[0]!)] },
	];
	for (const f of filters) {
		const where = filtersToSql('a', f);
		const passing = (
			stmt(`SELECT d.rowid AS r FROM a_docs d WHERE ${where.sql}`).all(...where.params) as {
				r: number;
			}[]
		).map((row) => row.r);
		const bits = rowSetBits(stmt, 'a', f)!;
		const set: number[] = [];
		for (let r = 0; r < bits.length * 8; r++) if ((bits[r >> 3]! >> (r & 7)) & 1) set.push(r);
		expect(set).toEqual(passing.sort((a, b) => a - b));
	}
	// Some filters pass rows and some leave rows out, so the comparison says something.
	expect(filters.some((f) => rowSetBits(stmt, 'a', f)!.some((b) => b !== 0))).toBe(true);
	// Exclusions alone, or no filter, list no rows: the statement keeps its conditions.
	expect(rowSetBits(stmt, 'a', { excludeRegion: [province(regions[0]!)] })).toBeUndefined();
	expect(rowSetBits(stmt, 'a', {})).toBeUndefined();
	db.close();
});
