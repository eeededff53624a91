import { DatabaseSync } from 'node:sqlite';
import { expect, test } from 'vitest';
import { sampleArticles } from '../eval/sample-articles.ts';
import { NATIONAL_CODE } from '../geo/gazetteer.ts';
import { createEmbeddedWriter } from './embedded-write.ts';
import { loadRankingConfig } from './ranking-config.ts';
import { ensureSchema } from './embedded-schema.ts';
import { filtersToMeilisearch, filtersToSql, meiliValue } from './filters.ts';
import { articleToSearchDocuments } from './to-search-document.ts';
import type { SearchFilters } from './types.ts';

test('SQL filters bind every value as a parameter', () => {
	const { sql, params } = filtersToSql('a', {
		region: ["370000') OR 1=1 --"],
		source: ['鲁网'],
		year: [2022],
		from: '2022-01-01',
	});
	expect(sql).not.toContain('370000');
	expect(sql).not.toContain('鲁网');
	expect(params).toEqual(["370000') OR 1=1 --", '鲁网', 2022, '2022-01-01']);
});

test('Meilisearch filter values are quoted and escaped', () => {
	expect(meiliValue('人民日报" OR source EXISTS')).toBe('"人民日报\\" OR source EXISTS"');
	expect(
		filtersToMeilisearch({ region: ['370000'], theme: ['ecology'], from: '2020-01-01' }),
	).toEqual(['regionCodes IN ["370000"]', 'themes IN ["ecology"]', 'dateTs >= 18262']);
});

test('地区和主题条件逐行查找与整表列出时，选中的样例文章完全相同', async () => {
	const db = new DatabaseSync(':memory:');
	ensureSchema(db, ':memory:', true);
	const stmt = (sql: string) => db.prepare(sql);
	const docs = sampleArticles().map((a) => articleToSearchDocuments(a).article);
	await createEmbeddedWriter(db, stmt, loadRankingConfig().store).upsert('articles', docs);
	const pick = (filters: SearchFilters, lookup: 'set' | 'each') => {
		const where = filtersToSql('a', filters, 'd.rowid', lookup);
		return (
			db
				.prepare(`SELECT d.rowid AS r FROM a_docs d WHERE ${where.sql} ORDER BY 1`)
				.all(...where.params) as {
				r: number;
			}[]
		).map((row) => row.r);
	};
	const provinceOf = (code: string) => `${code.slice(0, 2)}0000`;
	const known = docs.filter((d) => d.region !== NATIONAL_CODE && d.themes.length > 0);
	const first = known[0]!;
	const province = provinceOf(first.region);
	const elsewhere = provinceOf(known.find((d) => provinceOf(d.region) !== province)!.region);
	const theme = first.themes[0]!;
	const cases: SearchFilters[] = [
		{ region: [province] },
		{ region: [province], scope: 'mentions' },
		{ excludeRegion: [province] },
		{ theme: [theme] },
		{ theme: [theme], region: [province], scope: 'mentions' },
		{ theme: [theme], excludeRegion: [elsewhere], year: [first.year!] },
	];
	for (const filters of cases) {
		const set = pick(filters, 'set');
		expect(set.length).toBeGreaterThan(0);
		expect(set.length).toBeLessThan(docs.length);
		expect(pick(filters, 'each')).toEqual(set);
	}
	db.close();
});
