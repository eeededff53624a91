import type { ArticleKind, DatePrecision, ThemeId } from '../schema/taxonomy.ts';
import type { Quantity, ThemeEvidenceRecord } from '../schema/release.ts';

/** The two collections every backend keeps. */
export type Collection = 'articles' | 'measures';

/** A region as results show it: code plus its display name from the gazetteer. */
interface RegionRef {
	code: string;
	name: string;
}

/** Fields shared by both kinds of search document. */
interface BaseSearchDocument {
	id: string;
	/** ISO date or null. */
	date: string | null;
	datePrecision: DatePrecision;
	/** Year of `date`, or null. */
	year: number | null;
	source: string;
	/** Primary region code. */
	region: string;
	/** Every region code the document is about plus all their ancestors (省 › 市 › 县), for filtering at any level. */
	regionCodes: string[];
	themes: ThemeId[];
	subThemes: string[];
}

/** One article in the `articles` collection. */
export interface ArticleSearchDocument extends BaseSearchDocument {
	title: string;
	kicker: string;
	subtitle: string;
	body: string;
	/** The measures' texts joined, so a measure's words rank its article. */
	measuresText: string;
	slogans: string[];
	kind: ArticleKind;
	reporters: string[];
	duplicateOf: string | null;
	/** Why each theme was given (rules' phrases or the classifier's probability), when ingest kept it. */
	themeEvidence?: ThemeEvidenceRecord[];
	/**
	 * The same release as published by other outlets (articles marked `duplicateOf` this one):
	 * they are not separate documents, so every total and facet counts the release once.
	 */
	outlets?: OutletRef[];
}

/** Another outlet's copy of a release. */
export interface OutletRef {
	/** The copy's article id. */
	id: string;
	source: string;
	date: string | null;
	title: string;
}

/** One measure in the `measures` collection; `id` is `<articleId>-m<index>`. */
export interface MeasureSearchDocument extends BaseSearchDocument {
	articleId: string;
	articleTitle: string;
	text: string;
	quantities: Quantity[];
	kind: ArticleKind;
}

export type SearchDocument = ArticleSearchDocument | MeasureSearchDocument;

/** Filters; every list is OR within itself, the fields are ANDed. */
export interface SearchFilters {
	/** Region codes at any level: a province code matches its cities and counties. */
	region?: string[];
	/**
	 * What `region` asks for: `about` (default) items whose primary region lies within a filtered
	 * region; `mentions` items any of whose regions does (e.g. a national round-up naming it).
	 */
	scope?: RegionScope;
	theme?: ThemeId[];
	source?: string[];
	kind?: ArticleKind[];
	year?: number[];
	/** Inclusive ISO date bounds. */
	from?: string;
	to?: string;
	/** Drop documents whose region chain contains any of these codes (used for "elsewhere"). */
	excludeRegion?: string[];
}

/** How a region filter reads: items about the region, or items that merely mention it. */
export type RegionScope = 'about' | 'mentions';

/** Facets a search can count. `province`/`city`/`county` count by level of the region chain. */
export const FACET_NAMES = [
	'province',
	'city',
	'county',
	'region',
	'theme',
	'year',
	'source',
	'kind',
] as const;
export type FacetName = (typeof FACET_NAMES)[number];

export type SortOrder = 'relevance' | 'date-desc' | 'date-asc';

export interface SearchParams {
	/** Words and "quoted phrases"; empty matches everything. */
	q: string;
	filters?: SearchFilters;
	facets?: FacetName[];
	sort?: SortOrder;
	/** 1-based page. */
	page?: number;
	hitsPerPage?: number;
}

/** A piece of original text; `match` marks the words the query matched. Render with escaping. */
export interface TextSegment {
	text: string;
	match: boolean;
}

export interface SearchHit {
	id: string;
	collection: Collection;
	title: string;
	/** For measures: the article it belongs to. */
	articleId: string;
	region: RegionRef;
	date: string | null;
	themes: ThemeId[];
	/** A window of the original text around the matches, with matches marked. */
	snippet: TextSegment[];
	/** The highlighted title. */
	titleHighlight: TextSegment[];
	score: number;
	/**
	 * For a query with a quoted phrase: `exact` when the text holds it verbatim (punctuation
	 * aside), `variant` when its parts stand close together with other words between (近似).
	 * `meaning` for a hit that none of the query's words or bigrams matched: the query vector's
	 * neighbour (语义相近).
	 */
	match?: 'exact' | 'variant' | 'meaning';
	/** Other outlets that published the same release (articles only). */
	outlets?: OutletRef[];
	/** The whole stored document, for exports and pages. */
	document: SearchDocument;
}

export interface SearchResult {
	/** Exact number of matching documents. */
	total: number;
	page: number;
	hitsPerPage: number;
	hits: SearchHit[];
	/** Facet name → value → count over the whole matching set. */
	facets: Partial<Record<FacetName, Record<string, number>>>;
	/** Milliseconds the backend spent. */
	tookMs: number;
	/** How hits were ordered by relevance; absent from older adapters means `lexical`. */
	ranking?: SearchRanking;
}

/**
 * `lexical`: words only (BM25, synonyms, field weights). `hybrid`: the lexical ranking fused with
 * the query vector's nearest neighbours, which may add documents that share no word with the
 * query (totals and facets count them too).
 */
export type SearchRanking = 'lexical' | 'hybrid';

/** How `similar` measured likeness, so the interface can say it. */
export type SimilarityMethod = 'embedding' | 'lexical';

export interface SimilarResult {
	method: SimilarityMethod;
	hits: SearchHit[];
}

/**
 * One search engine. Implementations: embedded (SQLite FTS5 via node:sqlite, the default) and
 * Meilisearch. Results are engine-neutral; engine types stay inside the adapter.
 */
export interface SearchBackend {
	readonly name: 'embedded' | 'meilisearch';
	/** Adds or replaces documents by id. Vectors are optional, keyed by document id. */
	upsert(
		collection: Collection,
		docs: SearchDocument[],
		vectors?: Map<string, Float32Array>,
	): Promise<void>;
	/** Removes documents by id; unknown ids are ignored. */
	delete(collection: Collection, ids: string[]): Promise<void>;
	/**
	 * Measures anew which stored vectors are hubs (near every query: `hubness.ts`), asking the
	 * collection's headlines as queries of `embedder`; for the embedded index, after an update.
	 */
	refreshHubness?(
		collection: Collection,
		embedder: {
			embed(texts: string[], options?: { kind?: 'query' | 'passage' }): Promise<Float32Array[]>;
		},
	): Promise<void>;
	/** Ids currently stored with their content hash, for incremental re-indexing. */
	listIds(collection: Collection): Promise<Map<string, string>>;
	search(collection: Collection, params: SearchParams): Promise<SearchResult>;
	/** Documents like `id`, filtered (e.g. `excludeRegion` for "elsewhere"). */
	similar(
		collection: Collection,
		id: string,
		options?: { filters?: SearchFilters; limit?: number },
	): Promise<SimilarResult>;
	/** Fetches stored documents by id, in the given order; missing ids are skipped. */
	get(collection: Collection, ids: string[]): Promise<SearchDocument[]>;
	/**
	 * Readies a long-running reader before its first user: caches filled, code compiled (the
	 * embedded index; Meilisearch, a server of its own, has nothing to warm).
	 */
	warm?(): Promise<void>;
	close(): Promise<void>;
}
