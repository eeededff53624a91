import { availableParallelism } from 'node:os';
import { createJiebaSegmenter } from '../nlp/jieba/nodejieba-segmenter.ts';
import { readThemeConfig } from '../schema/themes-yaml.ts';
import { createWorkerPool } from '../worker-pool.ts';
import type { PipelineDeps } from './pipeline.ts';
import { StageFailure } from './batch-stages.ts';
import { prepareFiles, type FileRequest, type PreparedFile } from './prepare-file.ts';
import type { PageFurniture } from '../schema/page-furniture.ts';
import type { LineCountRequest } from './count-lines.ts';
import { countLinesInFiles } from './repeated-lines.ts';
import { ingestThreadCount, readIngestThreads } from './ingest-threads.ts';

export type { FileRequest } from './prepare-file.ts';

/** Runs the pure pipeline on files (`prepareFile`), in this thread or on worker threads. */
export interface FileProcessor {
	process(request: FileRequest): Promise<PreparedFile>;
	/**
	 * `process` for several files at once, one promise per file in order: a batch runs stage by
	 * stage over all its files (`prepareFiles`) in one thread, which costs less processor time.
	 */
	processBatch(requests: readonly FileRequest[]): Promise<PreparedFile>[];
	/** How many files of a run hold each short line (`countLinesInFiles`), for `collectRepeatedLinesOn`. */
	countLines(request: LineCountRequest): Promise<Map<string, number>>;
	/** Threads the work is spread over. */
	threads: number;
	/** Settles once the pipeline can start (worker threads have loaded their dictionaries). */
	ready: Promise<void>;
	close(): Promise<void>;
}

/** The pipeline in this thread, with the given segmenter and theme rules. */
export function inProcessProcessor(deps: PipelineDeps): FileProcessor {
	const processBatch = (requests: readonly FileRequest[]) => {
		// A failure becomes a rejection of that file's promise, as it does on a worker thread.
		const batch = Promise.resolve().then(() => prepareFiles(requests, deps));
		return requests.map((_, i) =>
			batch.then((files) => {
				const file = files[i];
				if (file instanceof StageFailure) throw file.error;
				if (file === undefined) throw new TypeError(`no result for ${requests[i]?.path}`);
				return file;
			}),
		);
	};
	return {
		process: (request) => processBatch([request])[0]!,
		processBatch,
		countLines: (request) =>
			Promise.resolve().then(() =>
				countLinesInFiles(request.countLines, request.maxChars, request.maxBytes),
			),
		threads: 1,
		ready: Promise.resolve(),
		close: () => Promise.resolve(),
	};
}

/**
 * The pipeline on `size` worker threads (`ingest-worker.ts`), each with its own dictionary. The
 * run's page furniture (with its story model, some hundreds of kilobytes) is handed to each thread
 * once; a request that carries that same object is sent without it.
 */
export function workerProcessor(size: number, furniture?: PageFurniture): FileProcessor {
	const pool = createWorkerPool<IngestRequest, BatchReply | Map<string, number>>(
		new URL('./ingest-worker.ts', import.meta.url),
		size,
		{ furniture } satisfies IngestWorkerData,
	);
	const processBatch = (requests: readonly FileRequest[]) => {
		const batch = requests.map((request) => {
			if (furniture === undefined || request.options.furniture !== furniture) return request;
			const { furniture: _sent, ...options } = request.options;
			return { ...request, options };
		});
		const replies = pool.run({ batch }) as Promise<BatchReply>;
		return requests.map((request, i) =>
			replies.then((files) => {
				const file = files[i];
				if (file === undefined) throw new TypeError(`no result for ${request.path}`);
				if ('error' in file)
					throw Object.assign(new Error(file.error.message), { name: file.error.name });
				return file;
			}),
		);
	};
	return {
		process: (request) => processBatch([request])[0]!,
		processBatch,
		countLines: (request) => pool.run(request) as Promise<Map<string, number>>,
		threads: size,
		ready: pool.ready,
		close: () => pool.close(),
	};
}

/** What an ingest thread is asked: a batch of files to prepare, or lines to count. */
export type IngestRequest = { batch: FileRequest[] } | LineCountRequest;

/** An ingest thread's answer to a batch: each file prepared, or the error its pipeline threw. */
export type BatchReply = Array<PreparedFile | { error: { name: string; message: string } }>;

/** What every ingest thread is started with: the run's page furniture, when known. */
export interface IngestWorkerData {
	furniture?: PageFurniture | undefined;
}

/**
 * Worker threads for large runs (`ingestThreadCount`: one per `filesPerThread` files, at most one
 * per core), this thread for small ones. The project's segmenter and theme configuration are used
 * either way.
 */
export function processorFor(
	fileCount: number,
	cores = availableParallelism(),
	furniture?: PageFurniture,
): FileProcessor {
	const threads = ingestThreadCount(fileCount, cores, readIngestThreads());
	if (threads > 1) return workerProcessor(threads, furniture);
	return inProcessProcessor({ segmenter: createJiebaSegmenter(), themes: readThemeConfig() });
}
