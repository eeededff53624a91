import { mkdtempSync, rmSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import { openEmbeddedBackend } from './embedded-backend.ts';
import { ensureSchema } from './embedded-schema.ts';
import { countFacet, loadFacetIndex, loadPairIndex, mainRegionPairsSql } from './facet-index.ts';
import { passingInMemory } from './filtered.ts';
import { filtersToSql } from './filters.ts';
import { facetRecord, facetSql } from './facets.ts';
import { articleDocs } from './test-fixtures/contract-cases.ts';
import { FACET_NAMES, type FacetName, type SearchFilters, type SearchParams } from './types.ts';

const FACETS: FacetName[] = [...FACET_NAMES];

// Regions as the gazetteer nests them: a county, its city and province, each with its level.
const CHAINS = [
	[
		['420000', 'province'],
		['420100', 'city'],
		['420111', 'county'],
	],
	[
		['330000', 'province'],
		['330100', 'city'],
		['330106', 'county'],
	],
	[
		['110000', 'province'],
		['110105', 'county'],
	],
	[['440000', 'province']],
] as const;
const THEMES = ['rural-revitalization', 'business-environment', 'ecology', 'talent'];
const SOURCES = ['人民日报', '新闻联播', ''];

/**
 * A collection whose rowids have gaps and span more than one read, with documents of no region,
 * several themes or none.
 */
function collection(): DatabaseSync {
	const db = new DatabaseSync(':memory:');
	ensureSchema(db, ':memory:', true);
	const doc = db.prepare(
		'INSERT INTO a_docs (rowid, id, hash, date, year, source, kind, region) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
	);
	const region = db.prepare('INSERT INTO a_region (doc, code, level, main) VALUES (?, ?, ?, ?)');
	const theme = db.prepare('INSERT INTO a_theme (doc, theme) VALUES (?, ?)');
	for (let i = 0; i < 60; i++) {
		// The last ten lie either side of where a read of 65,536 documents ends.
		const rowid = i < 50 ? 3 + i * 2 + (i % 5 === 0 ? 7 : 0) : 65_530 + (i - 50) * 2;
		const year = i % 7 === 0 ? null : 2019 + (i % 4);
		doc.run(
			rowid,
			`d${i}`,
			'h',
			year ? `${year}-03-01` : null,
			year,
			SOURCES[i % 3]!,
			i % 4 === 0 ? 'tv' : 'newspaper',
			'000000',
		);
		if (i % 6 !== 5)
			for (const [code, level] of CHAINS[i % CHAINS.length]!) region.run(rowid, code, level, 1);
		// A second region mentioned by some items.
		if (i % 4 === 1) region.run(rowid, '440000', 'province', 0);
		for (const [k, slug] of THEMES.entries()) if ((i + k) % 3 === 0) theme.run(rowid, slug);
	}
	return db;
}

describe('facet index', () => {
	test('每个分面的计数与按表 GROUP BY 的计数相同（命中集合有间隔、有无地区的文章）', () => {
		const db = collection();
		const stmt = (sql: string) => db.prepare(sql);
		const rowids = (db.prepare('SELECT rowid AS r FROM a_docs').all() as { r: number }[]).map(
			(row) => row.r,
		);
		const sets = [rowids, rowids.filter((_, i) => i % 3 !== 1), rowids.slice(10, 14), []];
		for (const facet of FACETS) {
			const index = loadFacetIndex(stmt, 'a', facet);
			for (const hits of sets) {
				db.exec('DELETE FROM temp.hits');
				const add = db.prepare('INSERT INTO temp.hits (rowid, score) VALUES (?, 0)');
				for (const r of hits) add.run(r);
				const { sql, params } = facetSql('a', facet);
				const expected = facetRecord(db.prepare(sql).all(...params) as { v: string; n: number }[]);
				expect(facetRecord(countFacet(index, hits)), `${facet} over ${hits.length} hits`).toEqual(
					expected,
				);
			}
		}
		db.close();
	});

	test('在内存中按地区、主题筛选的结果与 SQL 筛选相同（关于、提及、排除、无此值）', () => {
		const db = collection();
		const stmt = (sql: string) => db.prepare(sql);
		const indexes = {
			regions: () => loadFacetIndex(stmt, 'a', 'region'),
			mainRegions: () => loadPairIndex(stmt, mainRegionPairsSql('a')),
			themes: () => loadFacetIndex(stmt, 'a', 'theme'),
		};
		// Every document, and rowids no document has.
		const rowids = [
			...(db.prepare('SELECT rowid AS r FROM a_docs').all() as { r: number }[]).map((row) => row.r),
			1,
			2,
			999_999,
		];
		const inSql = (filters: SearchFilters) => {
			const where = filtersToSql('a', filters, 'd.rowid', 'each');
			return new Set(
				(
					db
						.prepare(
							`SELECT d.rowid AS r FROM a_docs d WHERE d.rowid IN (SELECT value FROM json_each(?)) AND ${where.sql}`,
						)
						.all(JSON.stringify(rowids), ...where.params) as { r: number }[]
				).map((row) => row.r),
			);
		};
		const checked: SearchFilters[] = [
			{ region: ['420000'] },
			{ region: ['420100', '110000'] },
			{ region: ['440000'] },
			{ region: ['440000'], scope: 'mentions' },
			{ region: ['999999'] },
			{ theme: ['ecology'] },
			{ region: ['330000'], theme: ['talent', 'ecology'] },
			{ region: ['420000'], excludeRegion: ['440000'] },
			{ theme: ['talent'], excludeRegion: ['420100'] },
		];
		for (const filters of checked) {
			const passing = passingInMemory(filters, rowids, indexes);
			expect(passing, JSON.stringify(filters)).toEqual(inSql(filters));
		}
		// The main region and the mentions differ here, so the check above tells them apart.
		expect(inSql({ region: ['440000'] })).not.toEqual(
			inSql({ region: ['440000'], scope: 'mentions' }),
		);
		// Columns of the document table, or an exclusion alone, are left to SQL.
		for (const filters of [
			{ excludeRegion: ['440000'] },
			{ region: ['420000'], year: [2020] },
			{ theme: ['talent'], from: '2020-01-01' },
		] as SearchFilters[])
			expect(passingInMemory(filters, rowids, indexes)).toBeUndefined();
		db.close();
	});

	test('空集合：没有文章时分面为空', () => {
		const db = new DatabaseSync(':memory:');
		ensureSchema(db, ':memory:', true);
		for (const facet of FACETS)
			expect(
				countFacet(
					loadFacetIndex((sql) => db.prepare(sql), 'a', facet),
					[1, 2],
				),
			).toEqual([]);
		db.close();
	});
});

test('写入后分面随之更新：本连接的写入和另一连接的写入都不会留下旧的计数', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'jucuo-facets-'));
	const segmenter = createJiebaSegmenter();
	const open = () => openEmbeddedBackend({ dataDir: dir, segmenter });
	const params: SearchParams = {
		q: '干部',
		filters: { region: ['370000'], scope: 'mentions' },
		facets: ['province', 'city', 'theme', 'year'],
	};
	const half = Math.ceil(articleDocs.length / 2);
	const reader = open();
	const writer = open();
	try {
		await reader.upsert('articles', articleDocs.slice(0, half));
		const before = await reader.search('articles', params);
		await reader.upsert('articles', articleDocs.slice(half));
		const afterOwn = await reader.search('articles', params);
		await writer.delete('articles', [articleDocs[0]!.id, articleDocs.at(-1)!.id]);
		const afterOther = await reader.search('articles', params);
		// A fresh process reads the tables as they are, with no cache.
		const fresh = open();
		expect(afterOther.facets).toEqual((await fresh.search('articles', params)).facets);
		await fresh.close();
		expect(afterOwn.total).toBeGreaterThan(before.total);
		expect(afterOwn.facets).not.toEqual(before.facets);
		expect(Object.values(afterOwn.facets.province ?? {}).some((n) => n > 0)).toBe(true);
	} finally {
		await reader.close();
		await writer.close();
		rmSync(dir, { recursive: true, force: true });
	}
});
