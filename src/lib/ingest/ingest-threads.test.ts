import { expect, test } from 'vitest';
import { IngestThreadsSchema, ingestThreadCount, readIngestThreads } from './ingest-threads.ts';

const shipped = readIngestThreads();

test('the shipped search-config/ingest-threads.json is valid', () => {
	expect(shipped.filesPerThread).toBeGreaterThanOrEqual(1);
});

test('the bundled samples (5 files) run in the calling thread, whatever the cores', () => {
	expect(ingestThreadCount(5, 2, shipped)).toBe(1);
	expect(ingestThreadCount(5, 64, shipped)).toBe(1);
});

test('a thread per filesPerThread files, at most one per core', () => {
	const per = { filesPerThread: 1000 };
	expect(ingestThreadCount(1999, 8, per)).toBe(1);
	expect(ingestThreadCount(2000, 8, per)).toBe(2);
	expect(ingestThreadCount(100_000, 8, per)).toBe(8);
	expect(ingestThreadCount(100_000, 1, per)).toBe(1);
});

test('no files per thread is refused, naming the field', () => {
	const result = IngestThreadsSchema.safeParse({ filesPerThread: 0 });
	expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['filesPerThread']);
});
