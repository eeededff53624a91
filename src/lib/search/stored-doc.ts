import zlib from 'node:zlib';
import type { StoreConfig } from './store-config.ts';
import type { SearchDocument } from './types.ts';

/**
 * The first byte of a stored document names its codec, so every row decodes on its own: a change
 * of `store` in `ranking.json` applies to rows written after it, and older rows still read.
 * `zstd+dict` rows go on with the id of their dictionary (two bytes, little-endian).
 */
export const CODEC_TAG = { none: 0, deflate: 1, brotli: 2, zstd: 3, 'zstd+dict': 4 } as const;
/**
 * Set in the tag when the JSON was UTF-16LE before compression (`store.text`): Chinese text as
 * UTF-16 is two bytes a character instead of three, and zstd finds the same repeats in fewer
 * bytes (real articles with a 64 KB dictionary: 1,787 → 1,633 bytes a row).
 */
export const UTF16_FLAG = 0x80;

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
