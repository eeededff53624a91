import { z } from 'astro/zod';
import { searchConfigReader } from '../config-path.ts';

/** `search-config/ingest-batching.json`: how many input files go through the pipeline together. */
export const IngestBatchingSchema = z.object({
	$comment: z.string().optional(),
	/** Most files in one batch (1 runs the pipeline file by file). */
	filesPerBatch: z.number().int().min(1).max(1024),
	/** A batch takes no further file once its files hold this many bytes. */
	bytesPerBatch: z.number().int().min(1),
});
export type IngestBatching = z.output<typeof IngestBatchingSchema>;

/**
 * The batching of `search-config/ingest-batching.json`, read once per process.
 * @throws {SchemaValidationError} naming the file and every bad field.
 */
export const readIngestBatching = searchConfigReader(IngestBatchingSchema, 'ingest-batching.json');
