import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Embedder } from '../../src/lib/semantic/embedder.ts';

const KEY_BYTES = 16;

/** The cache key of a text: its sha1, cut to {@link KEY_BYTES} hex digits. */
const keyOf = (text: string): string =>
	createHash('sha1').update(text).digest('hex').slice(0, KEY_BYTES);

/**
 * Passage vectors of `texts`, read from the cache file `file` (records of a text's hash and its
 * vector) where present and embedded, then appended to it, where not. The vectors never hold text,
 * so the cache stays outside the repository's content rules; it lives under `.cache/`.
 */
export async function cachedEmbeddings(
	texts: readonly string[],
	file: string,
	embedder: () => Promise<Embedder>,
	onProgress?: (done: number, total: number) => void,
): Promise<Float32Array[]> {
	const known = readCache(file);
	const missing = [...new Set(texts.map(keyOf))].filter((k) => !known.has(k));
	if (missing.length > 0) {
		const wanted = new Set(missing);
		const todo = [...new Map(texts.map((t) => [keyOf(t), t])).values()].filter((t) =>
			wanted.has(keyOf(t)),
		);
		const model = await embedder();
		mkdirSync(dirname(file), { recursive: true });
		for (let i = 0; i < todo.length; i += 64) {
			const batch = todo.slice(i, i + 64);
			const vectors = await model.embed(batch, { kind: 'passage' });
			const records = batch.map((text, n) => {
				const vector = vectors[n] as Float32Array;
				known.set(keyOf(text), vector);
				return Buffer.concat([Buffer.from(keyOf(text), 'ascii'), Buffer.from(vector.buffer)]);
			});
			appendFileSync(file, Buffer.concat(records));
			onProgress?.(i + batch.length, todo.length);
		}
	}
	return texts.map((t) => known.get(keyOf(t)) as Float32Array);
}

/** The cache's vectors by key; a cut-off last record is ignored. */
function readCache(file: string, dimensions = 512): Map<string, Float32Array> {
	const out = new Map<string, Float32Array>();
	if (!existsSync(file)) return out;
	const bytes = readFileSync(file);
	const size = KEY_BYTES + dimensions * 4;
	for (let at = 0; at + size <= bytes.length; at += size) {
		const key = bytes.toString('ascii', at, at + KEY_BYTES);
		const vector = new Float32Array(dimensions);
		Buffer.from(vector.buffer).set(bytes.subarray(at + KEY_BYTES, at + size));
		out.set(key, vector);
	}
	return out;
}
