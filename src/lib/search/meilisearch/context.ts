import { Meilisearch, type Index, type Settings } from 'meilisearch';
import type { Segmenter } from '../../nlp/jieba/segmenter.ts';
import type { VectorSource } from '../sync-index.ts';
import type { Synonyms } from '../synonyms.ts';
import type { Collection } from '../types.ts';
import type { MeilisearchConfig } from './config.ts';
import { guarded, isIndexNotFound, waitForTask } from './errors.ts';
import type { Stored } from './documents.ts';

/** Everything the adapter's modules share: the client, the configuration and per-run state. */
export interface MeiliContext {
	url: string;
	client: Meilisearch;
	config: MeilisearchConfig;
	synonyms: Synonyms;
	stopWords: Set<string>;
	/** Cuts text to check dictionary units and to pick a document's words for `similar`. */
	segmenter: () => Segmenter;
	/** The query embedder when loaded (null: lexical searches). */
	embedder: () => VectorSource | null;
	index(collection: Collection): Index<Stored>;
	/** Runs a client call, throwing the project's errors. */
	call<T>(work: () => Promise<T>): Promise<T>;
	/** Waits for a task within the configured time. */
	wait(task: ReturnType<Index['updateSettings']>): Promise<void>;
	/** The server's settings of a collection (null: no such index), cached until `forget`. */
	serverSettings(collection: Collection): Promise<Settings | null>;
	forget(collection: Collection): void;
}

/** Builds the context; opens no connection. */
export function createContext(init: {
	url: string;
	apiKey?: string | undefined;
	prefix: string;
	config: MeilisearchConfig;
	synonyms: Synonyms;
	stopWords: Set<string>;
	segmenter: () => Segmenter;
	embedder: () => VectorSource | null;
}): MeiliContext {
	const client = new Meilisearch({
		host: init.url,
		...(init.apiKey ? { apiKey: init.apiKey } : {}),
		timeout: init.config.requestTimeoutMs,
	});
	const call = <T>(work: () => Promise<T>) => guarded(init.url, work);
	const cache = new Map<Collection, Promise<Settings | null>>();
	const index = (collection: Collection) => client.index<Stored>(`${init.prefix}${collection}`);
	return {
		url: init.url,
		client,
		config: init.config,
		synonyms: init.synonyms,
		stopWords: init.stopWords,
		segmenter: init.segmenter,
		embedder: init.embedder,
		index,
		call,
		wait: (task) => waitForTask(init.url, task, init.config.taskTimeoutMs),
		serverSettings(collection) {
			let settings = cache.get(collection);
			if (!settings) {
				settings = call(async () => {
					try {
						return await index(collection).getSettings();
					} catch (error) {
						if (isIndexNotFound(error)) return null;
						throw error;
					}
				});
				// A failed read is not remembered: the next call asks again.
				settings.catch(() => cache.delete(collection));
				cache.set(collection, settings);
			}
			return settings;
		},
		forget: (collection) => cache.delete(collection),
	};
}
