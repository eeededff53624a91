import { readFileSync } from 'node:fs';
import type { FileProcessor } from './file-processor.ts';
import type { IngestBatching } from './ingest-batching.ts';
import type { FileRequest, PreparedFile } from './prepare-file.ts';

/** Hands a run's input files to the processor in batches, ahead of the one being written. */
export interface FileDispatcher {
	/** The prepared file `i`; starts it, and the files after it up to the look-ahead, when not yet started. */
	resultOf(i: number): Promise<PreparedFile>;
}

/**
 * Reads and sends files in input order, in batches of `batching` (`processBatch`), keeping two
 * batches per thread in flight past the file asked for, so no thread waits while another file is
 * written. A file that cannot be read gets `unreadable`'s result and is sent nowhere. Results are
 * asked for in input order, so "first seen is the original" holds whatever finishes first.
 */
export function dispatchFiles(
	files: readonly string[],
	processor: FileProcessor,
	batching: IngestBatching,
	requestFor: (file: string, bytes: Uint8Array) => FileRequest,
	unreadable: (file: string, error: NodeJS.ErrnoException) => PreparedFile,
): FileDispatcher {
	const results = new Map<number, Promise<PreparedFile>>();
	const lookahead = 2 * processor.threads * batching.filesPerBatch;
	let next = 0;
	const startBatch = () => {
		const requests: FileRequest[] = [];
		const indices: number[] = [];
		let bytesInBatch = 0;
		while (
			next < files.length &&
			requests.length < batching.filesPerBatch &&
			bytesInBatch < batching.bytesPerBatch
		) {
			const i = next++;
			const file = files[i]!;
			// Read synchronously: a page is small, and `fs/promises` costs several thread-pool round
			// trips per file, more than the reading itself.
			let bytes: Uint8Array;
			try {
				bytes = readFileSync(file);
			} catch (error) {
				results.set(i, Promise.resolve(unreadable(file, error as NodeJS.ErrnoException)));
				continue;
			}
			bytesInBatch += bytes.byteLength;
			requests.push(requestFor(file, bytes));
			indices.push(i);
		}
		if (requests.length === 0) return;
		processor.processBatch(requests).forEach((result, k) => {
			// Awaited in order by the caller; until then a failure must not count as unhandled.
			result.catch(() => undefined);
			results.set(indices[k]!, result);
		});
	};
	return {
		resultOf(i) {
			while (next < files.length && next <= i + lookahead) startBatch();
			const result = results.get(i);
			results.delete(i);
			return result ?? Promise.reject(new TypeError(`no result for ${files[i]}`));
		},
	};
}
