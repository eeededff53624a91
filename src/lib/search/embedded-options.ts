import type { Segmenter } from '../nlp/jieba/segmenter.ts';
import type { HybridOptions } from './hybrid-rank.ts';
import type { QueryEmbedderOption } from './query-embedder.ts';
import type { RankingConfig } from './ranking-config.ts';
import type { Synonyms } from './synonyms.ts';

/** Options of the embedded (SQLite FTS5) backend. */
export interface EmbeddedBackendOptions {
	/** Folder holding `search.sqlite`; created when missing. Ignored when `file` is given. */
	dataDir?: string;
	/** Database file, or `:memory:`. */
	file?: string;
	/**
	 * Cuts queries into words and the texts of `similar()`. The index itself holds character grams
	 * only, so any jieba (e.g. `createDictionarySegmenter`, which loads in milliseconds) will do.
	 */
	segmenter: Segmenter;
	synonyms?: Synonyms;
	stopWords?: ReadonlySet<string>;
	/** Relevance settings; default `search-config/ranking.json`. */
	ranking?: RankingConfig;
	/**
	 * Embeds queries for hybrid ranking (the model that computed the stored vectors). A promise is
	 * not waited for: searches stay lexical until it resolves, so a loading model never blocks.
	 */
	embedder?: QueryEmbedderOption;
	/**
	 * The process only searches: an index of another layout version is refused (IndexLayoutError)
	 * instead of started over.
	 */
	searchOnly?: boolean;
	/** Fusion settings of hybrid ranking, over those of `ranking.fusion`. */
	hybrid?: Partial<HybridOptions>;
}
