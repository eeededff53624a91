import { DatabaseSync } from 'node:sqlite';
import { expect, test } from 'vitest';
import { sampleArticles } from '../eval/sample-articles.ts';
import { createEmbeddedWriter } from './embedded-write.ts';
import { loadRankingConfig } from './ranking-config.ts';
import { ensureSchema } from './embedded-schema.ts';
import { pageRows } from './page-rows.ts';
import { articleToSearchDocuments } from './to-search-document.ts';

test('每一页都与对全部命中连同日期整体排序后的那一段相同，并列的分数也一样', async () => {
	const db = new DatabaseSync(':memory:');
	ensureSchema(db, ':memory:', true);
	const stmt = (sql: string) => db.prepare(sql);
	// The sample articles, each stored five times under other ids: rows whose every key ties.
	const docs = sampleArticles().flatMap((a) => {
		const doc = articleToSearchDocuments(a).article;
		return [0, 1, 2, 3, 4].map((k) => ({ ...doc, id: `${doc.id}-${k}` }));
	});
	await createEmbeddedWriter(db, stmt, loadRankingConfig().store).upsert('articles', docs);
	const rowids = (db.prepare('SELECT rowid AS r FROM a_docs').all() as { r: number }[]).map(
		(row) => row.r,
	);
	expect(rowids.length).toBeGreaterThan(30);
	// Scores with many ties, as real results have: the rescored head has fused scores, the rest 0,
	// BM25 repeats, and a phrase tier above; dates break what remains.
	const insert = db.prepare(
		'INSERT INTO temp.hits (rowid, score, fused, tier) VALUES (?, ?, ?, ?)',
	);
	for (const [i, rowid] of rowids.entries())
		insert.run(rowid, -(i % 3), i % 4 === 0 ? 0.5 * (i % 8) : 0, i % 5 === 0 ? 2 : 0);
	const full = db
		.prepare(
			'SELECT h.rowid AS rowid FROM temp.hits h CROSS JOIN a_docs d ON d.rowid = h.rowid ORDER BY h.tier DESC, h.fused DESC, h.score, d.date DESC',
		)
		.all()
		.map((row) => (row as { rowid: number }).rowid);
	for (const limit of [1, 3, 10])
		for (let offset = 0; offset <= rowids.length; offset += limit)
			expect(pageRows(stmt, 'a', 'relevance', limit, offset).map((r) => r.rowid)).toEqual(
				full.slice(offset, offset + limit),
			);
	db.close();
});
