import type { StatementSync } from 'node:sqlite';
import type { Segmenter } from '../nlp/jieba/segmenter.ts';
import { gramPhrase } from './char-grams.ts';
import { bm25Score } from './bm25-native.ts';
import { tablePrefix } from './embedded-schema.ts';
import type { RetrievalDeps } from './ranked-retrieval.ts';
import { filtersToSql } from './filters.ts';
import { termMatcher } from './highlight.ts';
import { documentText, toSearchHit } from './search-hit.ts';
import { storedDocReader } from './stored-doc-reader.ts';
import type { StoreRowDecoder } from './store-row-decoder.ts';
import { cutWords } from './tokenize.ts';
import type { Collection, SearchFilters, SimilarResult } from './types.ts';
import { nearestRows } from './nearest-rows.ts';
import { decodeVector, type VectorIndex } from './vector-index.ts';
import { readRankingConfig } from './ranking-config.ts';

/** Terms a lexical "more like this" query keeps. */
const { similarTerms: SIMILAR_TERMS } = readRankingConfig().limits;

/** What `similar()` needs of the embedded index. */
export interface SimilarDeps {
	stmt: (sql: string) => StatementSync;
	segmenter: Segmenter;
	stopWords: ReadonlySet<string>;
	/** Field weights (title, measures, body) of a collection. */
	weights: (collection: Collection) => readonly [number, number, number];
	vectorIndex: (p: string) => VectorIndex | null;
	/** Rowids passing the filters, or undefined (every row) without filters. */
	filteredRowids: (p: string, filters: SearchFilters | undefined) => number[] | undefined;
	/** The collection's document count and (estimated) document frequencies, kept between calls. */
	stats: (p: string) => Pick<RetrievalDeps, 'docCount' | 'docFrequency' | 'phraseCounts'>;
	/** Decodes a store row. */
	readStoredDoc: StoreRowDecoder;
}

/**
 * Documents like `id`: the nearest stored vectors when the document has one, else the documents
 * sharing its most distinctive words (TF-IDF over jieba's words of its text, each word looked up
 * as its character grams), ranked by BM25.
 */
export function findSimilar(
	deps: SimilarDeps,
	collection: Collection,
	id: string,
	options: { filters?: SearchFilters; limit?: number },
): SimilarResult {
	const { stmt, readStoredDoc } = deps;
	const p = tablePrefix(collection);
	const limit = options.limit ?? 10;
	const target = stmt(
		`SELECT d.rowid AS rowid, s.doc AS doc FROM ${p}_docs d JOIN ${p}_store s ON s.rowid = d.rowid WHERE d.id = ?`,
	).get(id) as { rowid: number; doc: Uint8Array } | undefined;
	if (!target) return { method: 'lexical', hits: [] };
	const readRow = storedDocReader(stmt, p, readStoredDoc);
	const read = (rowid: number) => readRow(rowid)!;
	const vecRow = stmt(`SELECT vec FROM ${p}_vec WHERE doc = ?`).get(target.rowid) as
		{ vec: Uint8Array } | undefined;
	const index = vecRow ? deps.vectorIndex(p) : null;
	if (vecRow && index) {
		const best = nearestRows(index, decodeVector(vecRow.vec), limit, {
			candidates: deps.filteredRowids(p, options.filters),
			exclude: target.rowid,
		});
		const hits = best.map((b) => toSearchHit(collection, read(b.rowid), b.score, null));
		return { method: 'embedding', hits };
	}
	const text = documentText(readStoredDoc(target.doc));
	const terms = distinctiveTerms(deps, p, `${text.title}\n${text.measures}\n${text.body}`);
	if (terms.length === 0) return { method: 'lexical', hits: [] };
	const where = filtersToSql(p, options.filters, 'd.rowid');
	const expr = terms.map((t) => gramPhrase(t)!).join(' OR ');
	const bm25 = bm25Score(p, deps.weights(collection), expr, deps.stats(p).phraseCounts);
	const rows = stmt(
		`SELECT f.rowid AS r, ${bm25.sql} AS score FROM ${p}_chars f JOIN ${p}_docs d ON d.rowid = f.rowid WHERE ${p}_chars MATCH ? AND d.rowid != ? AND ${where.sql} ORDER BY score LIMIT ?`,
	).all(...bm25.params, expr, target.rowid, ...where.params, limit) as {
		r: number;
		score: number;
	}[];
	const matcher = termMatcher(terms);
	return {
		method: 'lexical',
		hits: rows.map((row) => toSearchHit(collection, read(row.r), -row.score, matcher)),
	};
}

/**
 * The text's most distinctive words of two or more characters: (1 + log tf) × idf, document
 * frequencies estimated from the character-gram vocabulary (a word's rarest gram).
 */
function distinctiveTerms(deps: SimilarDeps, p: string, text: string): string[] {
	const tf = new Map<string, number>();
	for (const t of cutWords(text, deps.segmenter))
		if ([...t].length >= 2 && !deps.stopWords.has(t) && gramPhrase(t) !== null)
			tf.set(t, (tf.get(t) ?? 0) + 1);
	if (tf.size === 0) return [];
	const { docCount, docFrequency } = deps.stats(p);
	const n = docCount();
	return [...tf.keys()]
		.map((t) => ({
			t,
			w: (1 + Math.log(tf.get(t)!)) * Math.log((n + 1) / (docFrequency(gramPhrase(t)!) + 1)),
		}))
		.filter((x) => x.w > 0)
		.sort((a, b) => b.w - a.w)
		.slice(0, SIMILAR_TERMS)
		.map((x) => x.t);
}
