import { DatabaseSync } from 'node:sqlite';
import type { Article } from '../../src/lib/schema/release.ts';
import type { Segmenter } from '../../src/lib/nlp/jieba/segmenter.ts';
import { regionCodesWithAncestors } from '../../src/lib/search/to-search-document.ts';

/** One query of the benchmark: words plus one filter, counting two facets. */
export interface BenchQuery {
	q: string;
	region?: string;
	theme?: string;
}

/**
 * The naive baseline: one FTS5 table holding space-joined jieba words with the text stored, BM25
 * without field weights, filters by LIKE on stored columns, facets by GROUP BY re-running the
 * match, snippets from FTS5 `snippet()` (on the segmented text).
 */
export function openNaiveIndex(file: string, segmenter: Segmenter) {
	const db = new DatabaseSync(file);
	db.exec(`PRAGMA journal_mode = WAL;
		CREATE VIRTUAL TABLE IF NOT EXISTS docs USING fts5(title, body, region UNINDEXED, regions UNINDEXED, themes UNINDEXED, doc UNINDEXED, tokenize='unicode61')`);
	const words = (text: string) => segmenter.cut(text).filter((t) => /[\p{L}\p{N}]/u.test(t));
	const insert = db.prepare(
		'INSERT INTO docs (title, body, region, regions, themes, doc) VALUES (?, ?, ?, ?, ?, ?)',
	);
	return {
		add(articles: Article[]) {
			db.exec('BEGIN');
			for (const a of articles) {
				insert.run(
					words(a.title).join(' '),
					words(a.body).join(' '),
					a.region,
					regionCodesWithAncestors(a.regions).join(' '),
					JSON.stringify(a.themes),
					JSON.stringify({ id: a.id, title: a.title, date: a.date }),
				);
			}
			db.exec('COMMIT');
		},
		search(query: BenchQuery, limit = 10) {
			const match = words(query.q)
				.map((w) => `"${w.replaceAll('"', '""')}"`)
				.join(' ');
			const where = ['docs MATCH ?'];
			const params: string[] = [match];
			if (query.region) {
				where.push("regions LIKE '%' || ? || '%'");
				params.push(query.region);
			}
			if (query.theme) {
				where.push(`themes LIKE '%"' || ? || '"%'`);
				params.push(query.theme);
			}
			const w = where.join(' AND ');
			const total = (
				db.prepare(`SELECT count(*) AS n FROM docs WHERE ${w}`).get(...params) as { n: number }
			).n;
			const hits = db
				.prepare(
					`SELECT doc, snippet(docs, 1, '[', ']', '…', 24) AS snippet FROM docs WHERE ${w} ORDER BY rank LIMIT ?`,
				)
				.all(...params, limit);
			const province = db
				.prepare(
					`SELECT substr(region, 1, 2) || '0000' AS v, count(*) AS n FROM docs WHERE ${w} GROUP BY v`,
				)
				.all(...params);
			const theme = db
				.prepare(
					`SELECT j.value AS v, count(*) AS n FROM docs, json_each(docs.themes) j WHERE ${w} GROUP BY j.value`,
				)
				.all(...params);
			return { total, hits, facets: { province, theme } };
		},
		close() {
			db.close();
		},
	};
}
