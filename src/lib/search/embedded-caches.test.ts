import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { sampleArticles } from '../eval/sample-articles.ts';
import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import type { ThemeId } from '../schema/taxonomy.ts';
import { gramPhrase } from './char-grams.ts';
import { createIndexCaches } from './embedded-caches.ts';
import { rowSetBits } from './filter-bits.ts';
import { filtersToSql, rowSetConditions } from './filters.ts';
import { openEmbeddedBackend } from './embedded-backend.ts';
import { syncIndex } from './sync-index.ts';
import type { SearchFilters } from './types.ts';

let dir: string;
let file: string;
beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'jucuo-caches-'));
	file = join(dir, 'search.sqlite');
	const backend = openEmbeddedBackend({ file, segmenter: createJiebaSegmenter() });
	await syncIndex(backend, sampleArticles());
	await backend.close();
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('高质量 与 质量 共用的字组只查一次词表，文档频率与逐个查询相同', () => {
	const db = new DatabaseSync(file, { readOnly: true });
	const looked: unknown[] = [];
	const stmt = (sql: string): StatementSync => {
		const s = db.prepare(sql);
		if (!sql.includes('_charvocab')) return s;
		return new Proxy(s, {
			get: (target, key) =>
				key === 'get'
					? (...args: unknown[]) => (looked.push(args[0]), target.get(...(args as [string])))
					: (Reflect.get(target, key) as unknown),
		});
	};
	const { collectionStats } = createIndexCaches(db, stmt, () => 0);
	const stats = collectionStats('a');
	const vocab = db.prepare('SELECT doc FROM a_charvocab WHERE term = ?');
	const docs = (gram: string) => Number((vocab.get(gram) as { doc: number } | undefined)?.doc ?? 0);
	const exprs = ['高质量', '质量', '发展质量', '高质量 OR 发展'].map((t) =>
		t
			.split(' OR ')
			.map((w) => gramPhrase(w)!)
			.join(' OR '),
	);
	for (const expr of exprs) {
		const least = [...expr.matchAll(/"([^"]*)"/gu)].map((m) =>
			Math.min(...m[1]!.split(' ').map(docs)),
		);
		expect(stats.docFrequency(expr)).toBe(least.reduce((a, b) => a + b, 0));
	}
	expect(docs('质量')).toBeGreaterThan(0);
	// 高质 质量 · 质量 · 发展 展质 质量 · 高质 质量 OR 发展: four distinct grams, each looked up once.
	expect(new Set(looked).size).toBe(looked.length);
	expect(looked.length).toBe(
		new Set(exprs.flatMap((e) => e.match(/[^"\s]+/gu)!).filter((g) => g !== 'OR')).size,
	);
	db.close();
});

test('单个字组的短语（"发展"）的文档数读自词表，与 count(*) MATCH 相同，删除之后也相同', async () => {
	// A deletion leaves its postings behind until a merge: the vocabulary must not count them.
	const backend = openEmbeddedBackend({ file, segmenter: createJiebaSegmenter() });
	const [first] = sampleArticles();
	await backend.delete('articles', [first!.id]);
	await backend.close();
	const db = new DatabaseSync(file, { readOnly: true, allowExtension: true });
	const counted: string[] = [];
	const stmt = (sql: string): StatementSync => {
		const s = db.prepare(sql);
		if (!sql.includes('count(*)') || !sql.includes('MATCH')) return s;
		return new Proxy(s, {
			get: (target, key) =>
				key === 'get'
					? (...args: unknown[]) => (
							counted.push(String(args[0])),
							target.get(...(args as [string]))
						)
					: (Reflect.get(target, key) as unknown),
		});
	};
	const { collectionStats } = createIndexCaches(db, stmt, () => 0, true);
	const stats = collectionStats('a');
	const count = db.prepare('SELECT count(*) AS n FROM a_chars WHERE a_chars MATCH ?');
	const exact = (phrase: string) => Number((count.get(phrase) as { n: number }).n);
	const grams = db
		.prepare('SELECT term FROM a_charvocab ORDER BY doc DESC LIMIT 40')
		.all()
		.map((r) => String((r as { term: string }).term));
	const phrases = [...grams.map((g) => `"${g}"`), gramPhrase('高质量发展')!, gramPhrase('党')!];
	for (const phrase of phrases) {
		const blob = stats.phraseCounts!(phrase);
		expect([...new Float64Array(blob.buffer, blob.byteOffset, 1)]).toEqual([exact(phrase)]);
	}
	expect(exact('"发展"')).toBeGreaterThan(0);
	// Only the phrases of several grams, and the prefix phrase, were counted over their doclists.
	expect(counted).toEqual([gramPhrase('高质量发展'), gramPhrase('党')]);
	db.close();
});

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
		const bits = rowSetBits(stmt, 'a', rowSetConditions(f))!;
		const set: number[] = [];
		for (let r = 0; r < bits.length * 8; r++) if ((bits[r >> 3]! >> (r & 7)) & 1) set.push(r);
		expect(set).toEqual(passing.sort((a, b) => a - b));
	}
	// Some filters pass rows and some leave rows out, so the comparison says something.
	expect(
		filters.some((f) => rowSetBits(stmt, 'a', rowSetConditions(f))!.some((b) => b !== 0)),
	).toBe(true);
	// Exclusions alone, or no filter, list no rows: the statement keeps its conditions.
	expect(
		rowSetBits(stmt, 'a', rowSetConditions({ excludeRegion: [province(regions[0]!)] })),
	).toBeUndefined();
	expect(rowSetBits(stmt, 'a', rowSetConditions({}))).toBeUndefined();
	db.close();
});
