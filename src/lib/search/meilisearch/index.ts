import { createJiebaSegmenter } from '../../nlp/jieba/nodejieba-segmenter.ts';
import { lazySegmenter, type Segmenter } from '../../nlp/jieba/segmenter.ts';
import { meiliValue } from '../filters.ts';
import { readyEmbedder, type QueryEmbedderOption } from '../query-embedder.ts';
import { loadStopWords, loadSynonyms, type Synonyms } from '../synonyms.ts';
import type { SearchBackend, SearchDocument } from '../types.ts';
import { loadMeilisearchConfig, type MeilisearchConfig } from './config.ts';
import { createContext } from './context.ts';
import { fromStored } from './documents.ts';
import { runSearch } from './query.ts';
import { findSimilar } from './similar.ts';
import { createWriter } from './write.ts';

export { toMeilisearchQuery } from './query.ts';

/** Options of the Meilisearch adapter. */
export interface MeilisearchBackendOptions {
	url: string;
	apiKey?: string | undefined;
	/** Prefix of the two index uids (`<prefix>articles`, `<prefix>measures`); default `jucuo_`. */
	indexPrefix?: string;
	/** Path of the settings file; default `search-config/meilisearch.settings.json`. */
	settingsFile?: string;
	/** The parsed configuration, in place of `settingsFile`. */
	config?: MeilisearchConfig;
	synonyms?: Synonyms;
	/** Cuts text for dictionary checks and lexical `similar`; default nodejieba, loaded when first needed. */
	segmenter?: Segmenter;
	/** Query embedder: word queries then search hybrid (`vector` + `hybrid`) where vectors are stored. */
	embedder?: QueryEmbedderOption;
	/** Share of the semantic ranking in hybrid search; default the configuration's `semanticRatio`. */
	semanticRatio?: number;
}

/**
 * Connects to Meilisearch and checks that it answers. Settings are applied by the first write of
 * a run (diffed against the server's); dictionary units gathered by the writes go out on `close`.
 * @throws {SearchUnavailableError} when the server cannot be reached (never falls back to another index).
 * @throws {SchemaValidationError} when the settings file is invalid, naming it.
 */
export async function openMeilisearchBackend(
	options: MeilisearchBackendOptions,
): Promise<SearchBackend> {
	const config = options.config ?? loadMeilisearchConfig(options.settingsFile);
	const segmenter = options.segmenter ?? lazySegmenter(() => createJiebaSegmenter());
	const ctx = createContext({
		url: options.url,
		apiKey: options.apiKey,
		prefix: options.indexPrefix ?? 'jucuo_',
		config,
		synonyms: options.synonyms ?? loadSynonyms(),
		stopWords: loadStopWords(),
		segmenter: () => segmenter,
		embedder: readyEmbedder(options.embedder),
	});
	await ctx.call(() => ctx.client.health());
	const writer = createWriter(ctx);
	const semanticRatio = options.semanticRatio ?? config.semanticRatio;

	const backend: SearchBackend = {
		name: 'meilisearch',
		upsert: (collection, docs, vectors) => writer.upsert(collection, docs, vectors),
		delete: (collection, ids) => writer.delete(collection, ids),
		listIds: (collection) => writer.listIds(collection),
		search: (collection, params) => runSearch(ctx, collection, params, semanticRatio),

		async similar(collection, id, options = {}) {
			const [doc] = await backend.get(collection, [id]);
			if (!doc) return { method: 'lexical', hits: [] };
			return findSimilar(ctx, collection, doc, options);
		},

		async get(collection, ids) {
			if (ids.length === 0) return [];
			if ((await ctx.serverSettings(collection)) === null) return [];
			const page = await ctx.call(() =>
				ctx.index(collection).getDocuments({
					filter: `id IN [${ids.map(meiliValue).join(', ')}]`,
					limit: ids.length,
				}),
			);
			const found = new Map<string, SearchDocument>(
				page.results.map((d) => [String(d.id), fromStored(d)]),
			);
			return ids.flatMap((id) => (found.has(id) ? [found.get(id)!] : []));
		},

		close: () => writer.flush(),
	};
	return backend;
}
