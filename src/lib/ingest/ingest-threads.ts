import { z } from 'astro/zod';
import { searchConfigReader } from '../config-path.ts';

/** `search-config/ingest-threads.json`: when ingest spreads its files over worker threads. */
export const IngestThreadsSchema = z.object({
	$comment: z.string().optional(),
	/** Fewest input files that pay for starting one more thread (its modules, dictionary and warm-up). */
	filesPerThread: z.number().int().min(1),
});
export type IngestThreads = z.output<typeof IngestThreadsSchema>;

/**
 * The thread rule of `search-config/ingest-threads.json`, read once per process.
 * @throws {SchemaValidationError} naming the file and every bad field.
 */
export const readIngestThreads = searchConfigReader(IngestThreadsSchema, 'ingest-threads.json');

/**
 * How many worker threads a run of `fileCount` files gets on `cores` cores: one per
 * `filesPerThread` files, at most one per core; 1 means the pipeline runs in the calling thread,
 * since one worker thread would only add its start-up.
 */
export function ingestThreadCount(
	fileCount: number,
	cores: number,
	{ filesPerThread }: IngestThreads,
): number {
	return Math.max(1, Math.min(cores, Math.floor(fileCount / filesPerThread)));
}
