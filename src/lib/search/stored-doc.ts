import zlib from 'node:zlib';
import type { StoreConfig } from './ranking-config.ts';
import type { SearchDocument } from './types.ts';

/**
 * The first byte of a stored document names its codec, so every row decodes on its own: a change
 * of `store.codec` in `ranking.json` applies to rows written after it, and older rows still read.
 */
const CODEC_TAG = { none: 0, deflate: 1, brotli: 2, zstd: 3 } as const;

/** Codecs a stored document may be written with. */
export type StoreCodec = keyof typeof CODEC_TAG;

const TAG_CODEC = new Map<number, StoreCodec>(
	Object.entries(CODEC_TAG).map(([codec, tag]) => [tag, codec as StoreCodec]),
);

function compress(codec: StoreCodec, level: number, bytes: Buffer): Buffer {
	switch (codec) {
		case 'none':
			return bytes;
		case 'deflate':
			return zlib.deflateRawSync(bytes, { level });
		case 'brotli':
			return zlib.brotliCompressSync(bytes, {
				params: {
					[zlib.constants.BROTLI_PARAM_QUALITY]: level,
					[zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
				},
			});
		case 'zstd':
			return zlib.zstdCompressSync(bytes, {
				params: {
					[zlib.constants.ZSTD_c_compressionLevel]: level,
					[zlib.constants.ZSTD_c_contentSizeFlag]: 1,
				},
			});
	}
}

function decompress(codec: StoreCodec, bytes: Buffer): Buffer {
	switch (codec) {
		case 'none':
			return bytes;
		case 'deflate':
			return zlib.inflateRawSync(bytes);
		case 'brotli':
			return zlib.brotliDecompressSync(bytes);
		case 'zstd':
			return zlib.zstdDecompressSync(bytes);
	}
}

/**
 * Checks that this Node can write `codec` (zstd needs Node ≥ 22.15), before any row is written.
 * @throws {TypeError} naming the codec and the fix.
 */
export function assertStoreCodec(config: StoreConfig): void {
	if (config.codec === 'zstd' && typeof zlib.zstdCompressSync !== 'function')
		throw new TypeError(
			`\`store.codec\` is \`zstd\` in search-config/ranking.json, but Node ${process.version} has no zstd: use Node ≥ 22.15 or set \`store.codec\` to \`brotli\`.`,
		);
}

/** A search document as the bytes of its store row: the codec's tag, then the compressed JSON. */
export function encodeStoredDoc(doc: SearchDocument, config: StoreConfig): Uint8Array {
	const body = compress(config.codec, config.level, Buffer.from(JSON.stringify(doc), 'utf8'));
	const out = new Uint8Array(body.length + 1);
	out[0] = CODEC_TAG[config.codec];
	out.set(body, 1);
	return out;
}

/**
 * The search document of a store row (`encodeStoredDoc`'s bytes), whatever codec wrote it.
 * @throws {Error} marked SQLITE_CORRUPT (so `openBackend` names the index file) when the row is
 * not a stored document: an unknown codec tag or bytes the codec cannot read.
 */
export function readStoredDoc(row: Uint8Array): SearchDocument {
	const codec = TAG_CODEC.get(row[0] ?? -1);
	try {
		if (!codec) throw new Error(`unknown codec tag ${row[0] ?? 'in an empty row'}`);
		const bytes = Buffer.from(row.buffer, row.byteOffset + 1, row.byteLength - 1);
		return JSON.parse(decompress(codec, bytes).toString('utf8')) as SearchDocument;
	} catch (error) {
		throw new Error(
			`A stored document of the search index cannot be read (${(error as Error).message}): the index is damaged (SQLITE_CORRUPT).`,
			{ cause: error },
		);
	}
}
