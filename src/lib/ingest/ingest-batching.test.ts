import { expect, test } from 'vitest';
import { IngestBatchingSchema, readIngestBatching } from './ingest-batching.ts';

test('the shipped search-config/ingest-batching.json is valid', () => {
	const batching = readIngestBatching();
	expect(batching.filesPerBatch).toBeGreaterThanOrEqual(1);
	expect(batching.bytesPerBatch).toBeGreaterThanOrEqual(1);
});

test('a batch of no files is refused, naming the field', () => {
	const result = IngestBatchingSchema.safeParse({ filesPerBatch: 0, bytesPerBatch: 1024 });
	expect(result.success).toBe(false);
	expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['filesPerBatch']);
});
