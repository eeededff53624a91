import { availableParallelism } from 'node:os';
import { createWorkerPool } from '../worker-pool.ts';
import { readIndexBuild } from '../schema/index-build.ts';
import type { IndexInput, IndexRows } from './index-rows.ts';
import type { StoreConfig } from './store-config.ts';
import type { StoreDictionary } from './stored-doc.ts';

/** One request to an encoder thread: documents to turn into `IndexRows`. */
export interface EncodeRequest {
	inputs: IndexInput[];
	config: StoreConfig;
	dictionary: StoreDictionary | undefined;
}

/** Byte strings packed end to end. */
export interface Packed {
	bytes: Uint8Array;
	/** Where each part ends in `bytes`. */
	ends: number[];
}

/**
 * An encoder thread's answer: the store rows, and each document's title, measures and body grams
 * as UTF-8 (three parts a document).
 */
export interface EncodeReply {
	stored: Packed;
	grams: Packed;
}

const part = ({ bytes, ends }: Packed, i: number) =>
	bytes.subarray(i === 0 ? 0 : ends[i - 1], ends[i]);

/** Encoder threads for bulk index writes (`indexRows` off the main thread). */
export interface IndexRowsPool {
	/** `indexRows` of every input, in order; rejects with a thread's error. */
	encode(
		inputs: readonly IndexInput[],
		config: StoreConfig,
		dictionary: StoreDictionary | undefined,
	): Promise<IndexRows[]>;
	close(): Promise<void>;
}

/**
 * Documents per request: small enough that the threads share a batch evenly, large enough that a
 * message's cost stays small against the work.
 */
const { docsPerRequest: DOCS_PER_REQUEST } = readIndexBuild().encoders;

/** Old-generation heap of an encoder thread, MB: a request's documents take a few. */
const { oldGenerationMb: OLD_GENERATION_MB } = readIndexBuild().encoders;

/**
 * Starts `threads` encoder threads (default: one core is left to SQLite on the main thread, at
 * most four). zlib's callback API compresses on libuv's pool too, but it set up each document's
 * compressor (and its dictionary) on the main thread: about 170–260 µs of main-thread CPU per
 * document against about 10 µs to post it to a thread of our own.
 */
export function createIndexRowsPool(
	threads = Math.min(4, Math.max(1, availableParallelism() - 1)),
): IndexRowsPool {
	const pool = createWorkerPool<EncodeRequest, EncodeReply>(
		new URL('./index-rows-worker.ts', import.meta.url),
		threads,
		undefined,
		// A thread's heap holds one request at a time; with the default limit V8 let garbage from
		// thousands of requests pile up before collecting it (10k articles: peak RSS +350 MB).
		{ maxOldGenerationSizeMb: OLD_GENERATION_MB },
	);
	let pending = 0;
	let keepAlive: ReturnType<typeof setInterval> | undefined;
	return {
		async encode(inputs, config, dictionary) {
			// The threads are unref'd: a process whose only work left is an encoding must not exit.
			if (pending++ === 0) keepAlive = setInterval(() => undefined, 1 << 30);
			try {
				const replies = await Promise.all(
					Array.from({ length: Math.ceil(inputs.length / DOCS_PER_REQUEST) }, (_, i) =>
						pool.run({
							inputs: inputs.slice(i * DOCS_PER_REQUEST, (i + 1) * DOCS_PER_REQUEST),
							config,
							dictionary,
						}),
					),
				);
				return replies.flatMap(({ stored, grams }) =>
					stored.ends.map((_, i) => ({
						stored: part(stored, i),
						title: part(grams, 3 * i),
						measures: part(grams, 3 * i + 1),
						body: part(grams, 3 * i + 2),
					})),
				);
			} finally {
				if (--pending === 0) clearInterval(keepAlive);
			}
		},
		close: () => pool.close(),
	};
}
