import zlib from 'node:zlib';
import type { StoreConfig } from './ranking-config.ts';
import { encodeStoredDoc, frameStoredDoc, type StoreDictionary } from './stored-doc.ts';
import type { SearchDocument } from './types.ts';

/** Compresses one document at a time into a zstd frame of its own. */
export interface FrameCompressor {
	compress(bytes: Buffer): Promise<Buffer>;
	/** Frees the compressor's memory; later calls fail. */
	close(): void;
}

/**
 * A zstd compressor that keeps its dictionary loaded from one document to the next. node:zlib's
 * one-shot `zstdCompressSync` digests the whole dictionary again for every document (at level 9
 * with 64 KB, two thirds of its time: `node bench/store-codec.ts`); a stream that ends a frame
 * per document digests it once. Each frame decodes on its own with `zstdDecompressSync`, as a
 * one-shot frame does (it only lacks the content size in its header). The compression runs on
 * libuv's thread pool, one document at a time, in the order asked.
 */
export function createFrameCompressor(level: number, dictionary?: Uint8Array): FrameCompressor {
	const stream = zlib.createZstdCompress({
		params: { [zlib.constants.ZSTD_c_compressionLevel]: level },
		...(dictionary ? { dictionary } : {}),
	});
	let parts: Buffer[] = [];
	let failure: Error | undefined;
	let closed = false;
	stream.on('data', (chunk: Buffer) => parts.push(chunk));
	stream.on('error', (error) => (failure = error));
	let tail: Promise<unknown> = Promise.resolve();
	const frame = (bytes: Buffer) =>
		new Promise<Buffer>((resolve, reject) => {
			if (closed) return reject(new Error('the store compressor was closed'));
			if (failure) return reject(failure);
			stream.write(bytes);
			stream.flush(zlib.constants.ZSTD_e_end, () => {
				const out = Buffer.concat(parts);
				parts = [];
				// A zstd frame is never empty: none came back when the stream died meanwhile.
				if (failure || out.length === 0)
					return reject(failure ?? new Error('the store compressor returned no frame'));
				resolve(out);
			});
		});
	return {
		compress(bytes) {
			const next = tail.then(() => frame(bytes));
			tail = next.catch(() => undefined);
			return next;
		},
		close() {
			closed = true;
			stream.destroy();
		},
	};
}

/**
 * Store rows of `docs` as `encodeStoredDoc` writes them (same codec tags, same bytes for every
 * codec but zstd), zstd frames coming from `compressor`, which must have been made with
 * `config.level` and `dictionary`'s bytes.
 */
export async function encodeStoredDocs(
	docs: readonly SearchDocument[],
	config: StoreConfig,
	dictionary: StoreDictionary | undefined,
	compressor: FrameCompressor | undefined,
): Promise<Uint8Array[]> {
	if (config.codec !== 'zstd' || !compressor)
		return docs.map((doc) => encodeStoredDoc(doc, config, dictionary));
	const rows: Uint8Array[] = [];
	for (const doc of docs) {
		const body = await compressor.compress(Buffer.from(JSON.stringify(doc), 'utf8'));
		rows.push(frameStoredDoc(body, config, dictionary));
	}
	return rows;
}
