import zlib from 'node:zlib';
import { readIndexBuild } from '../schema/index-build.ts';
import { CODEC_TAG, UTF16_FLAG } from './stored-doc.ts';
import { zstdFrameDecoder, type ZstdFrameDecoder } from './zstd-frames.ts';
import type { SearchDocument } from './types.ts';

/** Reads a store row back into its search document. */
export type StoreRowDecoder = (row: Uint8Array) => SearchDocument;

const TAG_CODEC = new Map<number, keyof typeof CODEC_TAG>(
	Object.entries(CODEC_TAG).map(([codec, tag]) => [tag, codec as keyof typeof CODEC_TAG]),
);

/** Largest decoded size a frame header may announce and be trusted with (a damaged header could claim gigabytes). */
const MAX_HINTED_BYTES = readIndexBuild().rows.maxHintedMib * 1024 * 1024;

/**
 * The decoded size a zstd frame announces in its header (`Frame_Content_Size`, which one-shot
 * compression writes), or undefined when the frame does not say or is no zstd frame.
 */
export function zstdContentSize(frame: Uint8Array): number | undefined {
	const magic =
		frame.length >= 6 && new DataView(frame.buffer, frame.byteOffset).getUint32(0, true);
	if (magic !== 0xfd2fb528) return undefined;
	const descriptor = frame[4]!;
	const sizeFlag = descriptor >> 6;
	const singleSegment = (descriptor >> 5) & 1;
	const at = 5 + (singleSegment ? 0 : 1) + [0, 1, 2, 4][descriptor & 3]!;
	const fieldBytes = [singleSegment, 2, 4, 8][sizeFlag]!;
	if (fieldBytes === 0 || at + fieldBytes > frame.length) return undefined;
	const view = new DataView(frame.buffer, frame.byteOffset + at, fieldBytes);
	if (fieldBytes === 1) return view.getUint8(0);
	if (fieldBytes === 2) return view.getUint16(0, true) + 256;
	const size = fieldBytes === 4 ? view.getUint32(0, true) : Number(view.getBigUint64(0, true));
	return size <= MAX_HINTED_BYTES ? size : undefined;
}

/**
 * zlib's output chunk for a zstd frame: its announced size plus one byte, so the document decodes
 * into one buffer of its own size (zlib's default is a fresh 16 KB buffer per call, three times a
 * document's JSON: a query decoding 60 documents left about a megabyte of buffers for the
 * collector, and their external memory set off a full collection every twenty queries or so).
 * With exactly its size zlib would allocate a second, empty chunk to learn that the frame ended.
 */
function zstdOptions(frame: Uint8Array, dictionary?: Uint8Array): zlib.ZstdOptions {
	const size = zstdContentSize(frame);
	return {
		...(size === undefined ? {} : { chunkSize: Math.max(64, size + 1) }),
		...(dictionary ? { dictionary } : {}),
	};
}

/**
 * A reader of store rows (`encodeStoredDoc`'s bytes) whatever codec wrote them; `dictionary(id)`
 * fetches a dictionary the first time a row names it, and the reader keeps it.
 * The reader throws an error marked SQLITE_CORRUPT (so `openBackend` names the index file) when a
 * row is not a stored document: an unknown codec tag or dictionary, or bytes the codec cannot read.
 */
export function storeRowDecoder(
	dictionary: (id: number) => Uint8Array | undefined = () => undefined,
): StoreRowDecoder {
	const dictionaries = new Map<number, Uint8Array>();
	const dictionaryOf = (id: number): Uint8Array => {
		let bytes = dictionaries.get(id);
		if (!bytes) {
			bytes = dictionary(id);
			if (!bytes) throw new Error(`no dictionary ${id} in the index`);
			dictionaries.set(id, bytes);
		}
		return bytes;
	};
	// One decompression context per dictionary (-1: none), kept for the reader's life.
	const frameDecoders = new Map<number, ZstdFrameDecoder>();
	const zstdDecode = (frame: Buffer, id: number): Buffer => {
		const size = zstdContentSize(frame);
		const dict = id < 0 ? undefined : dictionaryOf(id);
		if (size === undefined) return zlib.zstdDecompressSync(frame, zstdOptions(frame, dict));
		let decoder = frameDecoders.get(id);
		if (!decoder) frameDecoders.set(id, (decoder = zstdFrameDecoder(dict)));
		return decoder(frame, size);
	};
	return (row) => {
		const codec = TAG_CODEC.get((row[0] ?? -1) & ~UTF16_FLAG);
		try {
			if (!codec) throw new Error(`unknown codec tag ${row[0] ?? 'in an empty row'}`);
			const head = codec === 'zstd+dict' ? 3 : 1;
			const bytes = Buffer.from(row.buffer, row.byteOffset + head, row.byteLength - head);
			const json =
				codec === 'none'
					? bytes
					: codec === 'deflate'
						? zlib.inflateRawSync(bytes)
						: codec === 'brotli'
							? zlib.brotliDecompressSync(bytes)
							: zstdDecode(
									bytes,
									codec === 'zstd'
										? -1
										: new DataView(row.buffer, row.byteOffset).getUint16(1, true),
								);
			const text = (row[0]! & UTF16_FLAG) === 0 ? 'utf8' : 'utf16le';
			return JSON.parse(json.toString(text)) as SearchDocument;
		} catch (error) {
			throw new Error(
				`A stored document of the search index cannot be read (${(error as Error).message}): the index is damaged (SQLITE_CORRUPT).`,
				{ cause: error },
			);
		}
	};
}
