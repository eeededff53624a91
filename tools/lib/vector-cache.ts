import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { VectorSource } from '../../src/lib/search/sync-index.ts';

/**
 * Passage vectors kept on disk between runs (keyed by model and text hash), so evaluations and
 * benchmarks over thousands of corpus articles embed them once. The file holds vectors only,
 * never the text. Lives under `.cache/` (gitignored).
 */
export async function cachedPassageVectors(
	embedder: VectorSource,
	texts: readonly string[],
	file: string,
	onProgress?: (done: number, total: number) => void,
): Promise<Float32Array[]> {
	const key = (text: string) =>
		createHash('sha1').update(embedder.modelId).update('\0').update(text).digest('base64url');
	const stored = new Map<string, Float32Array>();
	if (existsSync(`${file}.json`) && existsSync(`${file}.bin`)) {
		const meta = JSON.parse(readFileSync(`${file}.json`, 'utf8')) as {
			keys: string[];
			dims: number;
		};
		const bytes = readFileSync(`${file}.bin`);
		const all = new Float32Array(new Uint8Array(bytes).buffer);
		for (const [i, k] of meta.keys.entries())
			stored.set(k, all.subarray(i * meta.dims, (i + 1) * meta.dims));
	}
	const keys = texts.map(key);
	const missing = [...new Set(keys.filter((k) => !stored.has(k)))];
	const textOf = new Map(keys.map((k, i) => [k, texts[i]!]));
	for (let i = 0; i < missing.length; i += 256) {
		const batch = missing.slice(i, i + 256);
		const vectors = await embedder.embed(
			batch.map((k) => textOf.get(k)!),
			{ kind: 'passage' },
		);
		for (const [j, k] of batch.entries()) stored.set(k, vectors[j]!);
		onProgress?.(Math.min(i + 256, missing.length), missing.length);
	}
	if (missing.length > 0) {
		const entries = [...stored.entries()];
		const dims = entries[0]![1].length;
		const all = new Float32Array(entries.length * dims);
		for (const [i, [, v]] of entries.entries()) all.set(v, i * dims);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(`${file}.bin`, new Uint8Array(all.buffer));
		writeFileSync(`${file}.json`, JSON.stringify({ dims, keys: entries.map(([k]) => k) }));
	}
	return keys.map((k) => stored.get(k)!);
}
