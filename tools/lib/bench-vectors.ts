/** Vectors for bench:search: synthetic unit vectors stored into a built index, and the real model's speed. */
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { tablePrefix } from '../../src/lib/search/embedded-schema.ts';
import type { VectorSource } from '../../src/lib/search/sync-index.ts';
import { encodeVector } from '../../src/lib/search/vector-index.ts';
import { benchQueries } from './bench-queries.ts';
import { benchSeeds } from './bench-seeds.ts';
import { syntheticArticles } from './synthetic-corpus.ts';

/** bge-small-zh-v1.5's vector length. */
export const VECTOR_DIMENSIONS = 512;

/** Deterministic pseudo-random unit vectors (xorshift), standing in for a model. */
export function randomVectors(dimensions = VECTOR_DIMENSIONS, seed = 0x9e3779b9): VectorSource {
	let state = seed;
	const next = () => {
		state ^= state << 13;
		state ^= state >>> 17;
		state ^= state << 5;
		return (state >>> 0) / 0xffffffff - 0.5;
	};
	return {
		modelId: 'bench/random',
		embed: (texts) =>
			Promise.resolve(
				texts.map(() => {
					const v = Float32Array.from({ length: dimensions }, next);
					const norm = Math.hypot(...v);
					return v.map((x) => x / norm);
				}),
			),
	};
}

/**
 * Deterministic pseudo-random unit query vectors, each seeded by its text (FNV-1a), so a query's
 * vector does not depend on what was embedded before it: a process that warms its index first
 * (`backend.warm`) asks the same vectors as one that does not.
 */
export function textSeededVectors(dimensions = VECTOR_DIMENSIONS): VectorSource {
	const seeded = (text: string) => {
		let hash = 0x811c9dc5;
		for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
		return hash >>> 0 || 1;
	};
	return {
		modelId: 'bench/text-seeded',
		embed: (texts) =>
			Promise.all(
				texts.map(async (text) => {
					const source = randomVectors(dimensions, seeded(text));
					return (await source.embed([text]))[0]!;
				}),
			),
	};
}

/** Stores one vector per article straight into the built index (as `upsert` would with vectors). */
export async function addVectors(dir: string) {
	const started = performance.now();
	const db = new DatabaseSync(join(dir, 'search.sqlite'));
	const p = tablePrefix('articles');
	// In rowid order, as an index run writes each vector beside its document: in any other order
	// (the id index's, which SQLite would scan) the pages split and stay a tenth empty.
	const rowids = (
		db.prepare(`SELECT rowid AS r FROM ${p}_docs ORDER BY rowid`).all() as { r: number }[]
	).map((row) => row.r);
	const source = randomVectors();
	const insert = db.prepare(`INSERT OR REPLACE INTO ${p}_vec (doc, vec) VALUES (?, ?)`);
	db.exec('BEGIN');
	for (let i = 0; i < rowids.length; i += 1000) {
		const batch = rowids.slice(i, i + 1000);
		const vectors = await source.embed(batch.map(String));
		for (const [k, rowid] of batch.entries()) insert.run(rowid, encodeVector(vectors[k]!));
	}
	db.exec('COMMIT');
	db.close();
	const vectorsMs = performance.now() - started;
	// The hubness an index run measures after writing vectors (`refreshHubness`): the probes'
	// query vectors stand in for the model's, so what is timed is the scans and the writes.
	const { openEmbeddedBackend } = await import('../../src/lib/search/embedded-backend.ts');
	const { createJiebaSegmenter } = await import('../../src/lib/nlp/jieba/nodejieba-segmenter.ts');
	const backend = openEmbeddedBackend({ dataDir: dir, segmenter: createJiebaSegmenter() });
	const hubStarted = performance.now();
	const hubCpu = process.cpuUsage();
	await backend.refreshHubness?.('articles', textSeededVectors());
	const used = process.cpuUsage(hubCpu);
	const hubsMs = performance.now() - hubStarted;
	await backend.close();
	return { vectorsMs, hubsMs, hubsCpuMs: (used.user + used.system) / 1000 };
}

/** Query-embedding p95 and batch-32 sentence throughput of the local model; null without one. */
export async function embedThroughput(seedCount: number) {
	const { loadEmbedder } = await import('../../src/lib/semantic/embedder.ts');
	const embedder = await loadEmbedder({ batchSize: 32 });
	if (!embedder) return null;
	const queries = benchQueries(50).map((q) => q.q);
	await embedder.embed([queries[0]!], { kind: 'query' });
	const times: number[] = [];
	for (const q of queries) {
		const s = performance.now();
		await embedder.embed([q], { kind: 'query' });
		times.push(performance.now() - s);
	}
	times.sort((a, b) => a - b);
	const queryP95 = times[Math.ceil(0.95 * times.length) - 1]!;
	const sentences = [...syntheticArticles(64, await benchSeeds(seedCount))]
		.flatMap((a) => a.body.split(/(?<=。)/u).filter((s) => s.length > 10))
		.slice(0, 256);
	await embedder.embed(sentences.slice(0, 8));
	const started = performance.now();
	await embedder.embed(sentences, { batchSize: 32 });
	const seconds = (performance.now() - started) / 1000;
	await embedder.dispose();
	return {
		modelId: embedder.modelId,
		sentences: sentences.length,
		perSecond: sentences.length / seconds,
		queryP95,
	};
}
