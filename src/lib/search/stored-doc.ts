import type { StatementSync } from 'node:sqlite';
import zlib from 'node:zlib';
import { readIndexBuild } from '../schema/index-build.ts';
import { zstdFrameDecoder, type ZstdFrameDecoder } from './zstd-frames.ts';
import type { StoreConfig } from './store-config.ts';
import type { SearchDocument } from './types.ts';

/**
 * The first byte of a stored document names its codec, so every row decodes on its own: a change
 * of `store` in `ranking.json` applies to rows written after it, and older rows still read.
 * `zstd+dict` rows go on with the id of their dictionary (two bytes, little-endian).
 */
const CODEC_TAG = { none: 0, deflate: 1, brotli: 2, zstd: 3, 'zstd+dict': 4 } as const;
/**
 * Set in the tag when the JSON was UTF-16LE before compression (`store.text`): Chinese text as
 * UTF-16 is two bytes a character instead of three, and zstd finds the same repeats in fewer
 * bytes (real articles with a 64 KB dictionary: 1,787 → 1,633 bytes a row).
 */
const UTF16_FLAG = 0x80;

/** The JSON text of a document as `store.text` encodes it before compression. */
const textBytes = (json: string, config: StoreConfig): Buffer =>
	Buffer.from(json, config.text === 'utf16le' ? 'utf16le' : 'utf8');

/** Codecs a stored document may be written with. */
export type StoreCodec = StoreConfig['codec'];

/** A zstd raw-content dictionary kept in the index (`store_dict`). */
export interface StoreDictionary {
	id: number;
	bytes: Uint8Array;
}

/** Reads a store row back into its search document. */
export type StoreRowDecoder = (row: Uint8Array) => SearchDocument;

const TAG_CODEC = new Map<number, keyof typeof CODEC_TAG>(
	Object.entries(CODEC_TAG).map(([codec, tag]) => [tag, codec as keyof typeof CODEC_TAG]),
);

function compress(
	config: StoreConfig,
	bytes: Buffer,
	dictionary: StoreDictionary | undefined,
): Buffer {
	switch (config.codec) {
		case 'none':
			return bytes;
		case 'deflate':
			return zlib.deflateRawSync(bytes, { level: config.level });
		case 'brotli':
			return zlib.brotliCompressSync(bytes, {
				params: {
					[zlib.constants.BROTLI_PARAM_QUALITY]: config.level,
					[zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
				},
			});
		case 'zstd':
			return zlib.zstdCompressSync(bytes, {
				params: { [zlib.constants.ZSTD_c_compressionLevel]: config.level },
				...(dictionary ? { dictionary: dictionary.bytes } : {}),
			});
	}
}

/**
 * Checks that this Node can write `config.codec` (zstd needs Node ≥ 22.15), before any row is written.
 * @throws {TypeError} naming the codec and the fix.
 */
export function assertStoreCodec(config: StoreConfig): void {
	if (config.codec === 'zstd' && typeof zlib.zstdCompressSync !== 'function')
		throw new TypeError(
			`\`store.codec\` is \`zstd\` in search-config/ranking.json, but Node ${process.version} has no zstd: use Node ≥ 22.15 or set \`store.codec\` to \`brotli\`.`,
		);
}

/**
 * A raw-content zstd dictionary from the first documents a collection stores: the JSON of `docs`,
 * cut to `store.dictionaryKb`; undefined when the config asks for none. Later documents then
 * borrow the genre's recurring phrases and the JSON keys instead of spelling them out per row.
 */
export function dictionaryContent(
	docs: readonly SearchDocument[],
	config: StoreConfig,
): Buffer | undefined {
	if (config.codec !== 'zstd' || config.dictionaryKb === 0 || docs.length === 0) return undefined;
	const limit = config.dictionaryKb * 1024;
	const parts: Buffer[] = [];
	let size = 0;
	for (const doc of docs) {
		if (size >= limit) break;
		const part = textBytes(JSON.stringify(doc), config);
		parts.push(part);
		size += part.length;
	}
	return Buffer.concat(parts).subarray(0, limit);
}

/** A compressed body behind the row head naming its codec (and its dictionary). */
function storeRow(
	config: StoreConfig,
	body: Buffer,
	dict: StoreDictionary | undefined,
): Uint8Array {
	const head = dict ? 3 : 1;
	const out = new Uint8Array(body.length + head);
	out[0] =
		(dict ? CODEC_TAG['zstd+dict'] : CODEC_TAG[config.codec]) |
		(config.text === 'utf16le' ? UTF16_FLAG : 0);
	if (dict) new DataView(out.buffer).setUint16(1, dict.id, true);
	out.set(body, head);
	return out;
}

/**
 * A search document as the bytes of its store row: the codec's tag (and the dictionary's id),
 * then the compressed JSON. `dictionary` is used by zstd only.
 */
export function encodeStoredDoc(
	doc: SearchDocument,
	config: StoreConfig,
	dictionary?: StoreDictionary,
): Uint8Array {
	return encodeStoredJson(JSON.stringify(doc), config, dictionary);
}

/** `encodeStoredDoc` of the document whose `JSON.stringify` is `json`: the same bytes. */
export function encodeStoredJson(
	json: string,
	config: StoreConfig,
	dictionary?: StoreDictionary,
): Uint8Array {
	const dict = config.codec === 'zstd' ? dictionary : undefined;
	return storeRow(config, compress(config, textBytes(json, config), dict), dict);
}

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

/** `storedDocReader`'s reader: a document by rowid, each read and decoded at most once. */
export interface StoredDocReader {
	(rowid: number): SearchDocument | undefined;
	/**
	 * Reads ahead the documents of `rowids` not read yet, with one statement: a query's rescoring
	 * candidates are known together, and one statement per row cost about as much again as the
	 * rows' pages (at 100k, 60 candidates: 0.7 ms one by one, 0.35 ms together).
	 */
	prefetch: (rowids: readonly number[]) => void;
	/**
	 * Drops the documents read so far (call it when the query is over; a later read reads anew).
	 * Hits keep their own documents; what else the query's closures held would otherwise keep
	 * all of them until a full collection: at 100k, without it, each minor collection carried
	 * about 2.7 MB of past queries' documents into the old generation and paused 6.6 ms; with
	 * it, 0.3 MB and 2.9 ms.
	 */
	release: () => void;
}

/**
 * Reads a collection's stored documents by rowid, each at most once for the life of the reader (one
 * query): the documents a query rescored are the ones its page shows. This and `storeRowDecoder`
 * are the only places a search reads `${p}_store`.
 */
export function storedDocReader(
	stmt: (sql: string) => StatementSync,
	p: string,
	decode: StoreRowDecoder,
): StoredDocReader {
	const read = stmt(`SELECT doc FROM ${p}_store WHERE rowid = ?`);
	const seen = new Map<number, SearchDocument>();
	const reader = (rowid: number) => {
		let doc = seen.get(rowid);
		if (!doc) {
			const row = read.get(rowid) as { doc: Uint8Array } | undefined;
			if (!row) return undefined;
			doc = decode(row.doc);
			seen.set(rowid, doc);
		}
		return doc;
	};
	reader.prefetch = (rowids: readonly number[]) => {
		const missing = [...new Set(rowids.filter((r) => !seen.has(r)))];
		if (missing.length < 2) return;
		const rows = stmt(
			`SELECT rowid AS r, doc FROM ${p}_store WHERE rowid IN (SELECT value FROM json_each(?))`,
		).all(JSON.stringify(missing)) as { r: number; doc: Uint8Array }[];
		for (const row of rows) seen.set(row.r, decode(row.doc));
	};
	reader.release = () => seen.clear();
	return reader;
}
