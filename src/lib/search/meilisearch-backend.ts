import { readFileSync } from 'node:fs';
import { searchConfigPath } from '../config-path.ts';
import {
	Meilisearch,
	MeilisearchApiError,
	MeilisearchRequestError,
	MeilisearchRequestTimeOutError,
	type EnqueuedTaskPromise,
	type Index,
	type Settings,
} from 'meilisearch';
import { allDivisions, getDivision } from '../geo/gazetteer.ts';
import { SearchRequestError, SearchUnavailableError } from '../errors.ts';
import { dateToTimestamp, filtersToMeilisearch, meiliValue } from './filters.ts';
import { termMatcher } from './highlight.ts';
import { parseQuery } from './query-parser.ts';
import { embedQuery, readyEmbedder, type QueryEmbedderOption } from './query-embedder.ts';
import { toSearchHit } from './search-hit.ts';
import { loadStopWords, loadSynonyms, toMeilisearchSynonyms, type Synonyms } from './synonyms.ts';
import { documentHash, isMeasureDocument } from './to-search-document.ts';
import type {
	Collection,
	FacetName,
	SearchBackend,
	SearchDocument,
	SearchFilters,
	SearchRanking,
	SearchResult,
} from './types.ts';

/** Options of the Meilisearch adapter. */
export interface MeilisearchBackendOptions {
	url: string;
	apiKey?: string | undefined;
	/** Prefix of the two index uids (`<prefix>articles`, `<prefix>measures`); default `jucuo_`. */
	indexPrefix?: string;
	settingsFile?: string;
	synonyms?: Synonyms;
	/** Query embedder: word queries then search hybrid (`vector` + `hybrid`) where vectors are stored. */
	embedder?: QueryEmbedderOption;
	/** Share of the semantic ranking in hybrid search (0 = keywords only); default `SEMANTIC_RATIO`. */
	semanticRatio?: number;
}

/**
 * Hybrid share of the vector ranking: words stay the main signal (on the judged set, vectors
 * help by adding differently worded answers, not by reordering the keyword top; see eval:search).
 */
export const SEMANTIC_RATIO = 0.3;

/** Fields the adapter adds to stored documents; stripped again before results leave it. */
const EXTRA_FIELDS = [
	'hash',
	'dateTs',
	'provinceCodes',
	'cityCodes',
	'countyCodes',
	'_vectors',
	'_rankingScore',
	'_formatted',
	'_matchesPosition',
];
const FACET_ATTRIBUTE: Record<FacetName, string> = {
	province: 'provinceCodes',
	city: 'cityCodes',
	county: 'countyCodes',
	region: 'regionCodes',
	theme: 'themes',
	year: 'year',
	source: 'source',
	kind: 'kind',
};
const EMBEDDER = 'default';
const BATCH = 1000;
const TASK_TIMEOUT_MS = 300_000;

type Stored = Record<string, unknown>;

function toStored(doc: SearchDocument, vector?: Float32Array): Stored {
	const byLevel = (level: string) => doc.regionCodes.filter((c) => getDivision(c)?.level === level);
	const stored: Stored = {
		...doc,
		hash: documentHash(doc),
		dateTs: doc.date ? dateToTimestamp(doc.date) : null,
		provinceCodes: byLevel('province'),
		cityCodes: byLevel('city'),
		countyCodes: byLevel('county'),
	};
	if (vector) stored._vectors = { [EMBEDDER]: { embeddings: [...vector], regenerate: false } };
	return stored;
}

function fromStored(stored: Stored): SearchDocument {
	const doc = { ...stored };
	for (const field of EXTRA_FIELDS) delete doc[field];
	return doc as unknown as SearchDocument;
}

/** The query in Meilisearch syntax: words as given, phrases in ASCII quotes, nothing else special. */
export function toMeilisearchQuery(q: string): string {
	return parseQuery(q)
		.map((t) => {
			const text = t.text
				.replace(/["“”「」『』＂]/gu, ' ')
				.replace(/^-+/u, '')
				.trim();
			return t.kind === 'phrase' ? `"${text}"` : text;
		})
		.filter((t) => t !== '' && t !== '""')
		.join(' ');
}

/**
 * Connects to Meilisearch and checks that it answers.
 * @throws {SearchUnavailableError} when the server cannot be reached (never falls back to another index).
 */
export async function openMeilisearchBackend(
	options: MeilisearchBackendOptions,
): Promise<SearchBackend> {
	const { url } = options;
	const client = new Meilisearch(
		options.apiKey ? { host: url, apiKey: options.apiKey } : { host: url },
	);
	const prefix = options.indexPrefix ?? 'jucuo_';
	const synonyms = options.synonyms ?? loadSynonyms();

	const guard = async <T>(run: () => Promise<T>): Promise<T> => {
		try {
			return await run();
		} catch (error) {
			if (
				error instanceof MeilisearchRequestError ||
				error instanceof MeilisearchRequestTimeOutError
			) {
				throw new SearchUnavailableError(url, { cause: error });
			}
			if (error instanceof MeilisearchApiError) {
				const code = error.cause?.code ?? 'unknown';
				throw new SearchRequestError(`${error.message} (${code})`, { cause: error });
			}
			throw error;
		}
	};
	const wait = async (task: EnqueuedTaskPromise) => {
		const done = await task.waitTask({ timeout: TASK_TIMEOUT_MS });
		if (done.status === 'failed')
			throw new SearchRequestError(
				`Meilisearch task ${done.uid} (${done.type}) failed: ${done.error?.message ?? 'no reason given'}`,
			);
	};
	const index = (collection: Collection): Index<Stored> =>
		client.index<Stored>(`${prefix}${collection}`);

	await guard(() => client.health());

	const baseSettings = JSON.parse(
		readFileSync(options.settingsFile ?? searchConfigPath('meilisearch.settings.json'), 'utf8'),
	) as Settings & { $comment?: string };
	delete baseSettings.$comment;
	const placeWords = [
		...new Set(
			allDivisions()
				.map((d) => d.shortName)
				.filter((n) => n.length >= 2),
		),
	];
	const embedder = readyEmbedder(options.embedder);
	// Vector dimensions of each index's embedder (null: none), read once and reset by upserts.
	const vectorDims = new Map<Collection, Promise<number | null>>();
	const dimensionsOf = (collection: Collection) => {
		let dims = vectorDims.get(collection);
		if (!dims) {
			// An unreadable index (missing, unreachable) means no hybrid now; the search reports the rest.
			dims = guard(() => index(collection).getSettings()).then(
				(s) => (s.embedders?.[EMBEDDER] as { dimensions?: number } | undefined)?.dimensions ?? null,
				() => {
					vectorDims.delete(collection);
					return null;
				},
			);
			vectorDims.set(collection, dims);
		}
		return dims;
	};
	const dictionary = new Map<Collection, Set<string>>();
	const configured = new Set<Collection>();

	const ensureIndex = async (collection: Collection, slogans: string[], dimensions?: number) => {
		const known = dictionary.get(collection);
		const fresh = slogans.filter((s) => !known?.has(s));
		if (configured.has(collection) && fresh.length === 0 && dimensions === undefined) return;
		const words = new Set([...(known ?? placeWords), ...fresh]);
		const settings: Settings = {
			...baseSettings,
			synonyms: toMeilisearchSynonyms(synonyms),
			stopWords: [...loadStopWords()],
			dictionary: [...words],
		};
		if (dimensions !== undefined)
			settings.embedders = { [EMBEDDER]: { source: 'userProvided', dimensions } };
		await guard(async () => {
			try {
				await client.getRawIndex(index(collection).uid);
			} catch (error) {
				if (!(error instanceof MeilisearchApiError) || error.cause?.code !== 'index_not_found')
					throw error;
				await wait(client.createIndex(index(collection).uid, { primaryKey: 'id' }));
			}
			await wait(index(collection).updateSettings(settings));
		});
		dictionary.set(collection, words);
		configured.add(collection);
	};

	const highlightMatcher = (q: string) =>
		termMatcher(
			parseQuery(q).flatMap((t) =>
				t.kind === 'word' ? [t.text, ...synonyms.lookup(t.text)] : [t.text],
			),
		);

	const run = async (
		collection: Collection,
		q: string,
		filters: SearchFilters | undefined,
		params: {
			facets?: FacetName[] | undefined;
			sort?: string | undefined;
			page: number;
			hitsPerPage: number;
		},
	): Promise<SearchResult> => {
		const started = performance.now();
		const tokens = parseQuery(q);
		const queryEmbedder = embedder();
		// Hybrid only for relevance-sorted word queries: a quoted phrase asks for exact text.
		const vector =
			queryEmbedder &&
			tokens.some((t) => t.kind === 'word') &&
			tokens.every((t) => t.kind !== 'phrase') &&
			(params.sort ?? 'relevance') === 'relevance' &&
			(await dimensionsOf(collection)) !== null
				? await embedQuery(queryEmbedder, q)
				: null;
		const ranking: SearchRanking = vector ? 'hybrid' : 'lexical';
		const response = await guard(() =>
			index(collection).search(toMeilisearchQuery(q), {
				filter: filtersToMeilisearch(filters),
				facets: (params.facets ?? []).map((f) => FACET_ATTRIBUTE[f]),
				page: params.page,
				hitsPerPage: params.hitsPerPage,
				...(params.sort === 'date-desc'
					? { sort: ['dateTs:desc'] }
					: params.sort === 'date-asc'
						? { sort: ['dateTs:asc'] }
						: {}),
				locales: ['cmn'],
				matchingStrategy: 'all',
				showRankingScore: true,
				...(vector
					? {
							vector: [...vector],
							hybrid: {
								embedder: EMBEDDER,
								semanticRatio: options.semanticRatio ?? SEMANTIC_RATIO,
							},
						}
					: {}),
			}),
		);
		const matcher = highlightMatcher(q);
		const facets: SearchResult['facets'] = {};
		for (const facet of params.facets ?? [])
			facets[facet] = { ...(response.facetDistribution?.[FACET_ATTRIBUTE[facet]] ?? {}) };
		return {
			total: (response as { totalHits?: number }).totalHits ?? 0,
			page: params.page,
			hitsPerPage: params.hitsPerPage,
			hits: response.hits.map((h) =>
				toSearchHit(collection, fromStored(h), Number(h._rankingScore ?? 0), matcher),
			),
			facets,
			tookMs: performance.now() - started,
			ranking,
		};
	};

	const backend: SearchBackend = {
		name: 'meilisearch',

		async upsert(collection, docs, vectors) {
			const first = vectors?.values().next().value;
			const slogans = docs.flatMap((d) => (isMeasureDocument(d) ? [] : d.slogans));
			await ensureIndex(collection, slogans, first?.length);
			if (first) vectorDims.delete(collection);
			for (let i = 0; i < docs.length; i += BATCH) {
				const batch = docs.slice(i, i + BATCH).map((d) => toStored(d, vectors?.get(d.id)));
				await guard(() => wait(index(collection).addDocuments(batch, { primaryKey: 'id' })));
			}
		},

		async delete(collection, ids) {
			if (ids.length === 0) return;
			await guard(() => wait(index(collection).deleteDocuments(ids)));
		},

		async listIds(collection) {
			const out = new Map<string, string>();
			await guard(async () => {
				try {
					for (let offset = 0; ; offset += BATCH) {
						const page = await index(collection).getDocuments({
							fields: ['id', 'hash'],
							limit: BATCH,
							offset,
						});
						for (const d of page.results) out.set(String(d.id), String(d.hash ?? ''));
						if (page.results.length < BATCH) break;
					}
				} catch (error) {
					if (!(error instanceof MeilisearchApiError) || error.cause?.code !== 'index_not_found')
						throw error;
				}
			});
			return out;
		},

		async search(collection, params) {
			const hitsPerPage = Math.max(1, Math.min(params.hitsPerPage ?? 20, 1000));
			const page = Math.max(1, Math.floor(params.page ?? 1));
			return run(collection, params.q, params.filters, {
				facets: params.facets,
				sort: params.sort,
				page,
				hitsPerPage,
			});
		},

		async similar(collection, id, options = {}) {
			const limit = options.limit ?? 10;
			const filter = [...filtersToMeilisearch(options.filters), `id != ${meiliValue(id)}`];
			const settings = await guard(() => index(collection).getSettings());
			if (settings.embedders?.[EMBEDDER]) {
				const response = await guard(() =>
					index(collection).searchSimilarDocuments<Stored>({
						id,
						filter,
						limit,
						embedder: EMBEDDER,
						showRankingScore: true,
					}),
				);
				return {
					method: 'embedding',
					hits: response.hits.map((h) =>
						toSearchHit(collection, fromStored(h), Number(h._rankingScore ?? 0), null),
					),
				};
			}
			const [doc] = await backend.get(collection, [id]);
			if (!doc) return { method: 'lexical', hits: [] };
			const text = isMeasureDocument(doc)
				? doc.text
				: `${doc.title} ${doc.measuresText.slice(0, 200)}`;
			const q = text.replace(/[^\p{L}\p{N}]+/gu, ' ').slice(0, 200);
			const response = await guard(() =>
				index(collection).search(q, {
					filter,
					limit,
					locales: ['cmn'],
					matchingStrategy: 'frequency',
					showRankingScore: true,
				}),
			);
			return {
				method: 'lexical',
				hits: response.hits.map((h) =>
					toSearchHit(collection, fromStored(h), Number(h._rankingScore ?? 0), null),
				),
			};
		},

		async get(collection, ids) {
			if (ids.length === 0) return [];
			const found = new Map<string, SearchDocument>();
			await guard(async () => {
				const page = await index(collection).getDocuments({
					filter: `id IN [${ids.map(meiliValue).join(', ')}]`,
					limit: ids.length,
				});
				for (const d of page.results) found.set(String(d.id), fromStored(d));
			});
			return ids.flatMap((id) => (found.has(id) ? [found.get(id)!] : []));
		},

		async close() {},
	};
	return backend;
}
