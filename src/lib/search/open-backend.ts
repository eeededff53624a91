import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { IndexCorruptError, IndexUnavailableError, isCorruptDatabase } from '../errors.ts';
import { createDictionarySegmenter } from '../nlp/jieba/port-segmenters.ts';
import { loadJiebaDictionary } from '../nlp/jieba/dictionary.ts';
import { openEmbeddedBackend } from './embedded-backend.ts';
import { liveIdentity } from './index-file.ts';
import { openMeilisearchBackend } from './meilisearch-backend.ts';
import type { QueryEmbedderOption } from './query-embedder.ts';
import { reopeningBackend } from './reopening-backend.ts';
import type { SearchBackend } from './types.ts';

/** Options of `openBackend`. */
export interface OpenBackendOptions {
	/** Folder of the embedded index; default `DATA_DIR` or `data/`. */
	dataDir?: string;
	env?: NodeJS.ProcessEnv;
	/**
	 * Query embedder for hybrid ranking (e.g. `loadEmbedder()`, the model the index's vectors came
	 * from). Optional; a promise is not waited for, so searches stay lexical until it loads.
	 */
	embedder?: QueryEmbedderOption;
	/**
	 * Fail with IndexUnavailableError when the embedded index was never built, instead of creating
	 * an empty one, and with IndexLayoutError when it has another layout version, instead of
	 * starting it over: for processes that only search (the site, `npm run search`).
	 */
	requireIndex?: boolean;
	/**
	 * The embedded index file to open instead of the live one (an index run's build file, see
	 * `index-file.ts`); errors still name it.
	 */
	file?: string;
	/**
	 * For long-running readers (the site): check at most every this many milliseconds whether an
	 * index run switched the live index, and reopen it then (calls already running finish on the old
	 * one). Unset: the handle stays on the file it opened.
	 */
	followSwitchesMs?: number;
	/**
	 * Warm each index it opens (`SearchBackend.warm`), in the background: for long-running readers
	 * (the site), whose first users would otherwise pay for cold caches and uncompiled code. The
	 * index answers at once; a search asked meanwhile waits at most for one warm-up search.
	 */
	warm?: boolean;
}

/** Which backend the environment selects, without opening it. */
export function configuredBackend(
	env: NodeJS.ProcessEnv = process.env,
): 'embedded' | 'meilisearch' {
	return env.MEILI_URL ? 'meilisearch' : 'embedded';
}

/** Path of the embedded index file under a data folder. */
export function embeddedIndexFile(env: NodeJS.ProcessEnv = process.env, dataDir?: string): string {
	return join(dataDir ?? env.DATA_DIR ?? 'data', 'search.sqlite');
}

// A damaged file can open and fail only when a page of it is read: name it on every call.
function translateCorruption(backend: SearchBackend, indexFile: string): void {
	for (const method of ['search', 'similar', 'get', 'listIds', 'upsert', 'delete'] as const) {
		const call = backend[method].bind(backend) as (...args: unknown[]) => Promise<unknown>;
		(backend as unknown as Record<string, unknown>)[method] = async (...args: unknown[]) => {
			try {
				return await call(...args);
			} catch (error) {
				throw isCorruptDatabase(error) ? new IndexCorruptError(indexFile, { cause: error }) : error;
			}
		};
	}
}

/**
 * Opens the configured search backend: Meilisearch when `MEILI_URL` is set (`MEILI_API_KEY`
 * optional), otherwise the embedded SQLite index under `dataDir` / `DATA_DIR` / `data/`. The
 * embedded index holds character grams, so writes need no segmenter; queries are cut into words by
 * the port of jieba over `jieba-dict.sqlite` in the same folder (compiled there on first open,
 * about two seconds), so a process that only searches is ready in milliseconds.
 * @throws {IndexCorruptError} when the index file is damaged (on open or on any later call).
 * @throws {IndexUnavailableError} with `requireIndex` when DATA_DIR holds no index.
 * @throws {IndexLayoutError} with `requireIndex` when the index was built with another layout
 * version (it is left as it is).
 * @throws {SearchUnavailableError} when Meilisearch is configured but cannot be reached; the
 * embedded index is never used in its place.
 */
export async function openBackend(options: OpenBackendOptions = {}): Promise<SearchBackend> {
	const env = options.env ?? process.env;
	if (options.followSwitchesMs === undefined || env.MEILI_URL) return openOnce(options);
	const live = options.file ?? embeddedIndexFile(env, options.dataDir);
	return reopeningBackend(() => openOnce(options), {
		identity: () => liveIdentity(live),
		checkEveryMs: options.followSwitchesMs,
		onError: (error) => console.error('[search] the rebuilt index could not be opened', error),
	});
}

async function openOnce(options: OpenBackendOptions): Promise<SearchBackend> {
	const env = options.env ?? process.env;
	if (env.MEILI_URL) {
		return openMeilisearchBackend({
			url: env.MEILI_URL,
			apiKey: env.MEILI_API_KEY,
			...(env.MEILI_INDEX_PREFIX ? { indexPrefix: env.MEILI_INDEX_PREFIX } : {}),
			embedder: options.embedder,
		});
	}
	const dataDir = options.dataDir ?? env.DATA_DIR ?? 'data';
	const indexFile = options.file ?? embeddedIndexFile(env, dataDir);
	if (options.requireIndex && !existsSync(indexFile)) throw new IndexUnavailableError(indexFile);
	const dictionary = loadJiebaDictionary({ dir: dataDir });
	let backend: SearchBackend;
	try {
		backend = openEmbeddedBackend({
			dataDir,
			file: indexFile,
			segmenter: createDictionarySegmenter(dictionary),
			embedder: options.embedder,
			searchOnly: options.requireIndex === true,
		});
	} catch (error) {
		dictionary.close();
		throw isCorruptDatabase(error) ? new IndexCorruptError(indexFile, { cause: error }) : error;
	}
	translateCorruption(backend, indexFile);
	// A failed warm-up (the index closed meanwhile, a damaged page) is left to real searches to report.
	if (options.warm) backend.warm?.().catch(() => undefined);
	const close = backend.close.bind(backend);
	backend.close = async () => {
		await close();
		dictionary.close();
	};
	return backend;
}
