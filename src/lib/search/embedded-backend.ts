import type { Segmenter } from '../nlp/jieba/segmenter.ts';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { codesWithin, getDivision, NATIONAL_CODE, withAncestors } from '../geo/gazetteer.ts';
import { facetRecord, facetSql, wholeFacetSql } from './facets.ts';
import { filtersNeedDocs, filtersToSql } from './filters.ts';
import { charGrams } from './char-grams.ts';
import { ftsString, type QueryContext } from './fts-query.ts';
import { planQuery } from './lexical-plan.ts';
import { retrieveRanked, TIER } from './ranked-retrieval.ts';
import { loadRankingConfig, type RankingConfig } from './ranking-config.ts';
import { termMatcher } from './highlight.ts';
import { documentText, toSearchHit } from './search-hit.ts';
import { loadStopWords, loadSynonyms, type Synonyms } from './synonyms.ts';
import { documentHash } from './to-search-document.ts';
import { plainText, tokenize } from './tokenize.ts';
import { BM25_WEIGHTS, ensureSchema, tablePrefix } from './embedded-schema.ts';
import { createTokenPool, type TokenPool } from './token-pool.ts';
import { fuseRankings, type HybridOptions } from './hybrid-rank.ts';
import { embedQuery, readyEmbedder, type QueryEmbedderOption } from './query-embedder.ts';
import {
	decodeVector,
	encodeVector,
	loadVectorIndex,
	nearestRows,
	type VectorIndex,
} from './vector-index.ts';
import type {
	Collection,
	FacetName,
	SearchBackend,
	SearchDocument,
	SearchFilters,
	SearchHit,
	SearchParams,
	SearchRanking,
	SearchResult,
	SimilarResult,
} from './types.ts';

/** Options of the embedded (SQLite FTS5) backend. */
export interface EmbeddedBackendOptions {
	/** Folder holding `search.sqlite`; created when missing. Ignored when `file` is given. */
	dataDir?: string;
	/** Database file, or `:memory:`. */
	file?: string;
	/** The segmenter of the index; the same one must be used for every open of the same file. */
	segmenter: Segmenter;
	/**
	 * Cuts queries and the texts of `similar()`; default `segmenter`. It must cut exactly as
	 * `segmenter` does (e.g. `createDictionarySegmenter`, the port of the index's jieba), so a
	 * process that only searches never loads the segmenter used for writes.
	 */
	querySegmenter?: Segmenter;
	synonyms?: Synonyms;
	stopWords?: ReadonlySet<string>;
	/**
	 * Tokenizer threads for bulk writes (0 = tokenise inline). Threads load the project's jieba
	 * segmenter, so only set it when `segmenter` is `createJiebaSegmenter()`.
	 */
	workers?: number;
	/** Relevance settings; default `search-config/ranking.json`. */
	ranking?: RankingConfig;
	/**
	 * Embeds queries for hybrid ranking (the model that computed the stored vectors). A promise is
	 * not waited for: searches stay lexical until it resolves, so a loading model never blocks.
	 */
	embedder?: QueryEmbedderOption;
	/** Fusion settings of hybrid ranking, over those of `ranking.fusion`. */
	hybrid?: Partial<HybridOptions>;
}

/** Terms a lexical "more like this" query keeps. */
const SIMILAR_TERMS = 12;
/** Upserts with fewer documents are tokenised inline (starting the threads costs a second or two). */
const BULK_DOCS = 200;
/** Characters of text per tokenizer message: small messages keep both threads busy to the end. */
const CHUNK_CHARS = 1 << 16;
/**
 * Tokenizer messages in flight per thread; the rest queue, so the thread that is free takes the
 * next. Deep enough (about half a second of work) that a thread never waits while this one is
 * busy in a commit or a WAL checkpoint's fsync.
 */
const IN_FLIGHT_PER_THREAD = 16;
/**
 * FTS5 pending-data size before a flush to a new segment during bulk writes (default 1 MB): fewer,
 * larger level-0 segments, so fewer merges rewrite the index. Stored in the table's config.
 */
const FTS_HASH_BYTES = 8 << 20;
/**
 * Segments of one level FTS5 merges into one (default 4): each posting is rewritten about half as
 * often during a bulk build, for at most twice as many segments per level. Stored in the config.
 */
const FTS_AUTOMERGE = 8;
/** WAL pages before an automatic checkpoint during bulk writes (default 1000): fewer fsyncs. */
const BULK_WAL_PAGES = 16384;

/** Opens (or creates) the embedded SQLite FTS5 search index. */
export function openEmbeddedBackend(options: EmbeddedBackendOptions): SearchBackend {
	const file = options.file ?? join(options.dataDir ?? 'data', 'search.sqlite');
	if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
	const db = new DatabaseSync(file);
	ensureSchema(db);
	// Quoted phrases are checked on the original text (whitespace removed), not on tokens.
	db.function('jc_contains', { deterministic: true }, (doc, phrase) =>
		storedTextContains(String(doc), String(phrase)) ? 1 : 0,
	);
	const ctx: QueryContext = {
		segmenter: options.querySegmenter ?? options.segmenter,
		stopWords: options.stopWords ?? loadStopWords(),
		synonyms: options.synonyms ?? loadSynonyms(),
	};
	const ranking = options.ranking ?? loadRankingConfig();
	const hybrid: HybridOptions = { ...ranking.fusion, rerankLexical: true, ...options.hybrid };
	const embedder = readyEmbedder(options.embedder);
	const statements = new Map<string, StatementSync>();
	let pool: TokenPool | undefined;
	const stmt = (sql: string): StatementSync => {
		let s = statements.get(sql);
		if (!s) {
			s = db.prepare(sql);
			statements.set(sql, s);
		}
		return s;
	};
	const tokens = (text: string) => tokenize(text, options.segmenter, ctx.stopWords).join(' ');

	let writes = 0;
	// Writes run one at a time: a bulk upsert holds its transaction open while it awaits tokens.
	let writeQueue: Promise<unknown> = Promise.resolve();
	const exclusive = <T>(fn: () => T | Promise<T>): Promise<T> => {
		const next = writeQueue.then(fn, fn);
		writeQueue = next.catch(() => undefined);
		return next;
	};
	const transaction = async (fn: () => void | Promise<void>) => {
		db.exec('BEGIN IMMEDIATE');
		try {
			await fn();
			db.exec('COMMIT');
			writes++;
		} catch (error) {
			if (db.isTransaction) db.exec('ROLLBACK');
			throw error;
		}
	};

	// Bulk tokenising on threads: at most IN_FLIGHT_PER_THREAD messages per thread are out.
	const queued: (() => void)[] = [];
	let inFlight = 0;
	const tokenizeOnPool = (groups: string[][]): Promise<string[]> => {
		if (!pool) {
			pool = createTokenPool(options.workers!, ctx.stopWords);
			// Bulk load: a larger page cache keeps FTS5 segment merges in memory.
			db.exec(`PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = ${BULK_WAL_PAGES}`);
		}
		const started = pool;
		return new Promise((resolve, reject) => {
			const start = () => {
				inFlight++;
				started
					.tokenize(groups)
					.then(resolve, reject)
					.finally(() => {
						inFlight--;
						queued.shift()?.();
					});
			};
			if (inFlight < IN_FLIGHT_PER_THREAD * options.workers!) start();
			else queued.push(start);
		});
	};
	const bulkTuned = new Set<string>();

	const removeRow = (p: string, rowid: number) => {
		stmt(`DELETE FROM ${p}_fts WHERE rowid = ?`).run(rowid);
		stmt(`DELETE FROM ${p}_chars WHERE rowid = ?`).run(rowid);
		stmt(`DELETE FROM ${p}_region WHERE doc = ?`).run(rowid);
		stmt(`DELETE FROM ${p}_theme WHERE doc = ?`).run(rowid);
		stmt(`DELETE FROM ${p}_vec WHERE doc = ?`).run(rowid);
		stmt(`DELETE FROM ${p}_store WHERE rowid = ?`).run(rowid);
		stmt(`DELETE FROM ${p}_docs WHERE rowid = ?`).run(rowid);
	};

	const rowidOf = (p: string, id: string): number | undefined =>
		(stmt(`SELECT rowid FROM ${p}_docs WHERE id = ?`).get(id) as { rowid: number } | undefined)
			?.rowid;

	/** Runs a jieba-token match (or every filtered row) into temp.hits with its BM25 score. */
	const collectHits = (
		collection: Collection,
		match: string | null,
		phrases: string[],
		filters: SearchFilters | undefined,
		excludeRowid?: number,
	) => {
		const p = tablePrefix(collection);
		// The docs table is joined only when a condition needs it: every join costs a lookup per match.
		const needsDocs = !match || phrases.length > 0 || filtersNeedDocs(filters);
		// Unary + keeps SQLite from handing `rowid IN (…)` to FTS5, which would rerun the MATCH per listed row.
		const rowid = match && !needsDocs ? '+f.rowid' : 'd.rowid';
		const where = filtersToSql(p, filters, rowid);
		const conditions = [where.sql, ...phrases.map(() => 'jc_contains(s.doc, ?)')];
		const params: (string | number)[] = [...where.params, ...phrases];
		if (excludeRowid !== undefined) {
			conditions.push(`${rowid} != ?`);
			params.push(excludeRowid);
		}
		stmt('DELETE FROM temp.hits').run();
		if (match) {
			const [wt, wm, wb] = BM25_WEIGHTS[collection];
			const from = `${p}_fts f${needsDocs ? ` JOIN ${p}_docs d ON d.rowid = f.rowid` : ''}${phrases.length > 0 ? ` JOIN ${p}_store s ON s.rowid = f.rowid` : ''}`;
			stmt(
				`INSERT INTO temp.hits (rowid, score) SELECT f.rowid, bm25(${p}_fts, ${wt}, ${wm}, ${wb}) FROM ${from} WHERE ${p}_fts MATCH ? AND ${conditions.join(' AND ')}`,
			).run(match, ...params);
		} else {
			const store = phrases.length > 0 ? ` JOIN ${p}_store s ON s.rowid = d.rowid` : '';
			stmt(
				`INSERT INTO temp.hits (rowid, score) SELECT d.rowid, 0 FROM ${p}_docs d${store} WHERE ${conditions.join(' AND ')}`,
			).run(...params);
		}
	};

	const pageRows = (
		collection: Collection,
		sort: SearchParams['sort'],
		limit: number,
		offset: number,
	) => {
		const p = tablePrefix(collection);
		const order =
			sort === 'date-desc'
				? 'd.date IS NULL, d.date DESC, h.score'
				: sort === 'date-asc'
					? 'd.date IS NULL, d.date ASC, h.score'
					: 'h.tier DESC, h.fused DESC, h.score, d.date DESC';
		// Sort rowids only, then read the page's documents: carrying every matching document
		// through the sorter would read them all.
		const top = stmt(
			`SELECT h.rowid AS rowid, h.score AS score, h.fused AS fused, h.tier AS tier FROM temp.hits h CROSS JOIN ${p}_docs d ON d.rowid = h.rowid ORDER BY ${order} LIMIT ? OFFSET ?`,
		).all(limit, offset) as { rowid: number; score: number; fused: number; tier: number }[];
		const read = stmt(`SELECT doc FROM ${p}_store WHERE rowid = ?`);
		return top.map((t) => ({
			score: t.score,
			fused: t.fused,
			tier: t.tier,
			doc: (read.get(t.rowid) as { doc: string }).doc,
		}));
	};

	const backend: SearchBackend = {
		name: 'embedded',

		async upsert(collection, docs, vectors) {
			const p = tablePrefix(collection);
			const write = (chunk: SearchDocument[], tokenized: string[]) => {
				const insertDoc = stmt(
					`INSERT INTO ${p}_docs (id, hash, date, year, source, kind, region) VALUES (?, ?, ?, ?, ?, ?, ?)`,
				);
				const insertStore = stmt(`INSERT INTO ${p}_store (rowid, doc) VALUES (?, ?)`);
				const insertFts = stmt(
					`INSERT INTO ${p}_fts (rowid, title, measures, body) VALUES (?, ?, ?, ?)`,
				);
				const insertChars = stmt(
					`INSERT INTO ${p}_chars (rowid, title, measures, body) VALUES (?, ?, ?, ?)`,
				);
				const insertRegion = stmt(
					`INSERT INTO ${p}_region (doc, code, level, main) VALUES (?, ?, ?, ?)`,
				);
				const insertTheme = stmt(`INSERT INTO ${p}_theme (doc, theme) VALUES (?, ?)`);
				const insertVec = stmt(`INSERT INTO ${p}_vec (doc, vec) VALUES (?, ?)`);
				for (const [k, doc] of chunk.entries()) {
					const old = rowidOf(p, doc.id);
					if (old !== undefined) removeRow(p, old);
					const result = insertDoc.run(
						doc.id,
						documentHash(doc),
						doc.date,
						doc.year,
						doc.source,
						doc.kind,
						doc.region,
					);
					const rowid = Number(result.lastInsertRowid);
					insertStore.run(rowid, toStoredJson(doc));
					insertFts.run(rowid, tokenized[3 * k]!, tokenized[3 * k + 1]!, tokenized[3 * k + 2]!);
					const text = documentText(doc);
					insertChars.run(
						rowid,
						charGrams(text.title).join(' '),
						charGrams(text.measures).join(' '),
						charGrams(text.body).join(' '),
					);
					const main = new Set(withAncestors(doc.region));
					main.add(doc.region);
					for (const code of new Set([...doc.regionCodes, doc.region]))
						insertRegion.run(
							rowid,
							code,
							getDivision(code)?.level ?? 'unknown',
							main.has(code) ? 1 : 0,
						);
					for (const theme of new Set(doc.themes)) insertTheme.run(rowid, theme);
					const vec = vectors?.get(doc.id);
					if (vec) insertVec.run(rowid, encodeVector(vec));
				}
			};
			if (!options.workers || docs.length < BULK_DOCS) {
				const tokenized = docs.flatMap((d) => Object.values(documentText(d))).map(tokens);
				return exclusive(() => transaction(() => write(docs, tokenized)));
			}
			// Threads tokenise while this thread writes; messages go out now, so the next upsert's
			// tokens are cut while this one writes. One transaction per upsert, writes in order.
			const parts = articleChunks(docs).map((chunk) => ({
				docs: chunk.docs,
				tokens: tokenizeOnPool(chunk.groups),
			}));
			// A failed part fails the upsert once; the others must not reject unobserved.
			for (const part of parts) part.tokens.catch(() => undefined);
			return exclusive(() =>
				transaction(async () => {
					if (!bulkTuned.has(p)) {
						db.exec(
							['fts', 'chars']
								.map(
									(t) =>
										`INSERT INTO ${p}_${t}(${p}_${t}, rank) VALUES('hashsize', ${FTS_HASH_BYTES}); INSERT INTO ${p}_${t}(${p}_${t}, rank) VALUES('automerge', ${FTS_AUTOMERGE});`,
								)
								.join(' '),
						);
						bulkTuned.add(p);
					}
					for (const part of parts) {
						write(part.docs, await part.tokens);
						// Hand finished messages back to the pool, or threads wait while this one writes on.
						await new Promise(setImmediate);
					}
				}),
			);
		},

		delete(collection, ids) {
			const p = tablePrefix(collection);
			return exclusive(() =>
				transaction(() => {
					for (const id of ids) {
						const rowid = rowidOf(p, id);
						if (rowid !== undefined) removeRow(p, rowid);
					}
				}),
			);
		},

		listIds(collection) {
			return run(() => {
				const rows = stmt(`SELECT id, hash FROM ${tablePrefix(collection)}_docs`).all() as {
					id: string;
					hash: string;
				}[];
				return new Map(rows.map((r) => [r.id, r.hash]));
			});
		},

		async search(collection, params) {
			const started = performance.now();
			const plan = planQuery(params.q, ctx, {
				phraseWindow: ranking.candidates.phraseWindow,
				copiedRunChars: ranking.copiedRunChars,
				queryStopWords: ranking.queryStopWords,
			});
			// Hybrid only for relevance-sorted word queries: a quoted phrase asks for exact text.
			const queryEmbedder = embedder();
			const queryVector =
				queryEmbedder &&
				plan.allExpr &&
				plan.phrases.length === 0 &&
				(params.sort ?? 'relevance') === 'relevance' &&
				vectorIndex(tablePrefix(collection))
					? await embedQuery(queryEmbedder, params.q)
					: null;
			return run(() => {
				const p = tablePrefix(collection);
				const hitsPerPage = Math.max(1, Math.min(params.hitsPerPage ?? 20, 1000));
				const page = Math.max(1, Math.floor(params.page ?? 1));
				const matcher = termMatcher(plan.highlightTerms);
				const facets: SearchResult['facets'] = {};
				const result = (total: number, hits: SearchHit[], ranking: SearchRanking) => ({
					total,
					page,
					hitsPerPage,
					hits,
					facets,
					tookMs: performance.now() - started,
					ranking,
				});
				if (!plan.allExpr && !hasFilters(params.filters)) {
					// Browsing everything: counts over whole tables, cached until the index changes.
					const total = Number(
						(stmt(`SELECT count(*) AS n FROM ${p}_docs`).get() as { n: number }).n,
					);
					const order = params.sort === 'date-asc' ? 'date IS NULL, date ASC' : 'date DESC';
					const rows = stmt(
						`SELECT s.doc AS doc FROM (SELECT rowid FROM ${p}_docs ORDER BY ${order} LIMIT ? OFFSET ?) t JOIN ${p}_store s ON s.rowid = t.rowid`,
					).all(hitsPerPage, (page - 1) * hitsPerPage) as { doc: string }[];
					const hits = rows.map((r) =>
						toSearchHit(collection, JSON.parse(r.doc) as SearchDocument, 0, null),
					);
					for (const facet of params.facets ?? []) facets[facet] = wholeFacet(p, facet);
					return result(total, hits, 'lexical');
				}
				let order: SearchRanking = 'lexical';
				if (plan.allExpr) {
					const ranked = retrieveRanked(
						{
							stmt,
							p,
							config: ranking,
							weights: ranking.fieldWeights[collection],
							textOf: (doc) => documentText(JSON.parse(doc) as SearchDocument),
						},
						plan,
						params.filters,
						codesInsideFilter(params.filters?.region),
					);
					order = queryVector
						? fuseWithVectors(p, queryVector, params.filters, ranked)
						: writeRanks(ranked);
				} else collectHits(collection, null, [], params.filters);
				const total = Number(
					(stmt('SELECT count(*) AS n FROM temp.hits').get() as { n: number }).n,
				);
				const hits: SearchHit[] = pageRows(
					collection,
					params.sort,
					hitsPerPage,
					(page - 1) * hitsPerPage,
				).map((r) => {
					const hit = toSearchHit(
						collection,
						JSON.parse(r.doc) as SearchDocument,
						r.fused,
						matcher,
					);
					if (r.tier === TIER.exact) hit.match = 'exact';
					else if (r.tier === TIER.variant) hit.match = 'variant';
					return hit;
				});
				for (const facet of params.facets ?? []) {
					const { sql, params: fp } = facetSql(p, facet);
					facets[facet] = facetRecord(stmt(sql).all(...fp) as { v: string; n: number }[]);
				}
				return result(total, hits, order);
			});
		},

		similar(collection, id, options = {}) {
			return run(() => {
				const p = tablePrefix(collection);
				const limit = options.limit ?? 10;
				const target = stmt(
					`SELECT d.rowid AS rowid, s.doc AS doc FROM ${p}_docs d JOIN ${p}_store s ON s.rowid = d.rowid WHERE d.id = ?`,
				).get(id) as { rowid: number; doc: string } | undefined;
				if (!target) return { method: 'lexical', hits: [] };
				const vecRow = stmt(`SELECT vec FROM ${p}_vec WHERE doc = ?`).get(target.rowid) as
					{ vec: Uint8Array } | undefined;
				const doc = JSON.parse(target.doc) as SearchDocument;
				if (vecRow)
					return similarByVector(
						collection,
						target.rowid,
						decodeVector(vecRow.vec),
						options.filters,
						limit,
					);
				const text = documentText(doc);
				const terms = topTerms(p, `${text.title}\n${text.measures}\n${text.body}`);
				if (terms.length === 0) return { method: 'lexical', hits: [] };
				collectHits(
					collection,
					terms.map(ftsString).join(' OR '),
					[],
					options.filters,
					target.rowid,
				);
				const matcher = termMatcher(terms.filter((t) => t.length >= 2));
				const hits = pageRows(collection, 'relevance', limit, 0).map((r) =>
					toSearchHit(collection, JSON.parse(r.doc) as SearchDocument, -r.score, matcher),
				);
				return { method: 'lexical', hits };
			});
		},

		get(collection, ids) {
			return run(() => {
				const p = tablePrefix(collection);
				const out: SearchDocument[] = [];
				for (const id of ids) {
					const row = stmt(
						`SELECT s.doc AS doc FROM ${p}_docs d JOIN ${p}_store s ON s.rowid = d.rowid WHERE d.id = ?`,
					).get(id) as { doc: string } | undefined;
					if (row) out.push(JSON.parse(row.doc) as SearchDocument);
				}
				return out;
			});
		},

		async close() {
			await pool?.close();
			statements.clear();
			if (db.isOpen) db.close();
		},
	};

	// data_version moves when another connection (e.g. `npm run index`) commits; `writes` counts ours.
	const indexVersion = () =>
		`${String((stmt('PRAGMA data_version').get() as { data_version: number }).data_version)}:${writes}`;

	const vectorCache = new Map<string, { version: string; index: VectorIndex | null }>();
	/** The collection's vectors as an int8 matrix, reloaded when the index changed; null without vectors. */
	function vectorIndex(p: string): VectorIndex | null {
		const version = indexVersion();
		let cached = vectorCache.get(p);
		if (cached?.version !== version) {
			cached = { version, index: loadVectorIndex(db, p) };
			vectorCache.set(p, cached);
		}
		return cached.index;
	}

	/** Rowids passing the filters, or undefined (every row) without filters. */
	function filteredRowids(p: string, filters: SearchFilters | undefined): number[] | undefined {
		if (!hasFilters(filters)) return undefined;
		const where = filtersToSql(p, filters);
		return (
			stmt(`SELECT d.rowid AS r FROM ${p}_docs d WHERE ${where.sql}`).all(...where.params) as {
				r: number;
			}[]
		).map((row) => row.r);
	}

	/** Writes the rescored head's scores into temp.hits; the rest keep fused 0 and follow by BM25. */
	function writeRanks(ranked: readonly { rowid: number; score: number }[]): SearchRanking {
		const set = stmt('UPDATE temp.hits SET fused = ? WHERE rowid = ?');
		for (const r of ranked) set.run(r.score, r.rowid);
		return 'lexical';
	}

	/**
	 * Hybrid ranking: the rescored lexical head and the query's nearest vectors that pass the
	 * filters (cosine ≥ minSimilarity; those join the set, so totals and facets count them) are
	 * fused by weighted reciprocal rank, which may reorder the lexical top. Quoted-phrase tiers are
	 * never mixed: this runs only for queries without phrases.
	 */
	function fuseWithVectors(
		p: string,
		query: Float32Array,
		filters: SearchFilters | undefined,
		ranked: readonly { rowid: number; score: number }[],
	): SearchRanking {
		const index = vectorIndex(p);
		if (!index || index.matrix.dimensions !== query.length) return writeRanks(ranked);
		// The query's neighbours over the whole collection, then those passing the filters: a filter
		// only ever removes results, so facet counts of a result equal the totals of its filters.
		const passing = filteredRowids(p, filters);
		const allowed = passing && new Set(passing);
		const neighbours = nearestRows(index, query, hybrid.neighbours, {
			minScore: hybrid.minSimilarity,
		})
			.map((n) => n.rowid)
			.filter((rowid) => !allowed || allowed.has(rowid));
		const lexical = ranked.filter((r) => r.score > 0).map((r) => r.rowid);
		const fused = fuseRankings(lexical.slice(0, hybrid.lexicalDepth), neighbours, hybrid);
		// The rescored hits below the fused depth keep their order after every fused one.
		const floor = Math.min(...fused.values(), 1) / 2;
		for (const [i, rowid] of lexical.slice(hybrid.lexicalDepth).entries())
			fused.set(rowid, (floor * (lexical.length - i)) / (lexical.length + 1));
		const add = stmt(
			'INSERT INTO temp.hits (rowid, score, fused) VALUES (?, 0, ?) ON CONFLICT(rowid) DO UPDATE SET fused = excluded.fused',
		);
		for (const [rowid, score] of fused) add.run(rowid, score);
		return 'hybrid';
	}

	const facetCache = new Map<string, Record<string, number>>();
	let cacheVersion = '';
	function wholeFacet(p: string, facet: FacetName): Record<string, number> {
		const version = indexVersion();
		if (version !== cacheVersion) {
			facetCache.clear();
			cacheVersion = version;
		}
		const key = `${p}:${facet}`;
		let record = facetCache.get(key);
		if (!record) {
			const { sql, params } = wholeFacetSql(p, facet);
			record = facetRecord(stmt(sql).all(...params) as { v: string; n: number }[]);
			facetCache.set(key, record);
		}
		return record;
	}

	// TF-IDF: the document's most distinctive tokens, document frequencies from the FTS index.
	function topTerms(p: string, text: string): string[] {
		const tf = new Map<string, number>();
		for (const t of tokenize(text, ctx.segmenter, ctx.stopWords))
			if ([...t].length >= 2) tf.set(t, (tf.get(t) ?? 0) + 1);
		if (tf.size === 0) return [];
		const n = Number((stmt(`SELECT count(*) AS n FROM ${p}_docs`).get() as { n: number }).n);
		const df = new Map<string, number>();
		const terms = [...tf.keys()];
		const lookup = stmt(`SELECT doc FROM ${p}_vocab WHERE term = ?`);
		for (const t of terms)
			df.set(t, Number((lookup.get(t) as { doc: number } | undefined)?.doc ?? 0));
		return terms
			.map((t) => ({
				t,
				w: (1 + Math.log(tf.get(t)!)) * Math.log((n + 1) / ((df.get(t) ?? 0) + 1)),
			}))
			.filter((x) => x.w > 0)
			.sort((a, b) => b.w - a.w)
			.slice(0, SIMILAR_TERMS)
			.map((x) => x.t);
	}

	function similarByVector(
		collection: Collection,
		self: number,
		query: Float32Array,
		filters: SearchFilters | undefined,
		limit: number,
	): SimilarResult {
		const p = tablePrefix(collection);
		const index = vectorIndex(p);
		const best = index
			? nearestRows(index, query, limit, {
					candidates: filteredRowids(p, filters),
					exclude: self,
				})
			: [];
		const hits = best.map((b) => {
			const row = stmt(`SELECT doc FROM ${p}_store WHERE rowid = ?`).get(b.rowid) as {
				doc: string;
			};
			return toSearchHit(collection, JSON.parse(row.doc) as SearchDocument, b.score, null);
		});
		return { method: 'embedding', hits };
	}

	return backend;
}

/** The article a document belongs to: its own id, or the article id of a measure. */
function articleOf(doc: SearchDocument): string {
	return 'articleId' in doc ? doc.articleId : doc.id;
}

/**
 * `docs` cut into runs of neighbouring documents of one article, each run's texts (title, measures,
 * body of every document) one group for `tokenizeGroup`, packed into chunks of about CHUNK_CHARS
 * characters of text.
 */
function articleChunks(
	docs: readonly SearchDocument[],
): { docs: SearchDocument[]; groups: string[][] }[] {
	const chunks: { docs: SearchDocument[]; groups: string[][] }[] = [];
	let chunk: { docs: SearchDocument[]; groups: string[][] } = { docs: [], groups: [] };
	let chars = 0;
	for (const [i, doc] of docs.entries()) {
		const { title, measures, body } = documentText(doc);
		if (i > 0 && articleOf(doc) === articleOf(docs[i - 1]!))
			chunk.groups.at(-1)!.push(title, measures, body);
		else {
			if (chars >= CHUNK_CHARS) {
				chunks.push(chunk);
				chunk = { docs: [], groups: [] };
				chars = 0;
			}
			chunk.groups.push([title, measures, body]);
		}
		chunk.docs.push(doc);
		chars += title.length + measures.length + body.length;
	}
	if (chunk.docs.length > 0) chunks.push(chunk);
	return chunks;
}

// Text fields go last in the stored JSON, so a phrase check can search the raw string after the
// first text key without parsing: JSON escapes quotes, so `,"title":` cannot occur inside a value.
const TEXT_KEYS = [
	'title',
	'kicker',
	'subtitle',
	'slogans',
	'articleTitle',
	'measuresText',
	'text',
	'body',
];

const TEXT_KEY_SET: ReadonlySet<string> = new Set(TEXT_KEYS);

function toStoredJson(doc: SearchDocument): string {
	const fields = doc as unknown as Record<string, unknown>;
	const ordered: Record<string, unknown> = {};
	for (const key of Object.keys(fields)) if (!TEXT_KEY_SET.has(key)) ordered[key] = fields[key];
	for (const key of TEXT_KEYS) if (key in fields) ordered[key] = fields[key];
	return JSON.stringify(ordered);
}

/** Whether the original text of a stored document contains `phrase` (normalised, whitespace removed). */
function storedTextContains(json: string, phrase: string): boolean {
	const start = json.search(/,"(?:title|articleTitle)":/u);
	// Fast path: the phrase printed as is (the common case); Chinese phrases never match key names.
	if (start !== -1 && /[^\x00-\x7f]/u.test(phrase) && json.includes(phrase, start)) return true;
	const text = documentText(JSON.parse(json) as SearchDocument);
	return plainText(`${text.title}\n${text.measures}\n${text.body}`).includes(phrase);
}

function hasFilters(filters: SearchFilters | undefined): boolean {
	const { scope: _scope, ...rest } = filters ?? {};
	return Object.values(rest).some((v) =>
		Array.isArray(v) ? v.length > 0 : v !== undefined && v !== '',
	);
}

/** Runs synchronous SQLite work as a promise; a throw becomes a rejection. */
function run<T>(fn: () => T): Promise<T> {
	return new Promise((resolve) => resolve(fn()));
}

/**
 * Codes of every division inside the filter's regions (themselves included), for the region
 * boost; the country and unknown codes add none (every item lies inside the country).
 */
function codesInsideFilter(codes: readonly string[] | undefined): string[] {
	const inside = new Set<string>();
	for (const code of codes ?? [])
		if (code !== NATIONAL_CODE) for (const c of codesWithin(code)) inside.add(c);
	return [...inside];
}
