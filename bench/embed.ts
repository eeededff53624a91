/**
 * `node bench/embed.ts [sentences]`: embedding throughput of bge-small-zh-v1.5 at batch sizes 1,
 * 8 and 32 on real sentences (the shared corpus when present, else the bundled sample pages), plus
 * model load time, article-passage throughput and, on the batch-32 vectors, how much int8 storage changes brute-force top-10.
 * Ends with `embed <n> sentences/s (batch 32); unbatched <n> sentences/s; ratio <x>`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dot } from '../src/lib/semantic/cosine.ts';
import { nearestRows } from '../src/lib/search/nearest-rows.ts';
import { buildVectorIndex } from '../src/lib/search/vector-index.ts';
import {
	DEFAULT_BATCH_SIZE,
	DEFAULT_MAX_BATCH_CHARACTERS,
	loadEmbedder,
	type EmbedOptions,
	type Embedder,
} from '../src/lib/semantic/embedder.ts';
import { PROJECT_ROOT, fail } from '../tools/lib/project.ts';
import { corpusPath, readCorpus } from '../tools/lib/corpus.ts';

const count = Number(process.argv[2] ?? 256);

/** Sentences of 8–200 characters, ended by 。！？; from the corpus, else the sample pages. */
async function realSentences(limit: number): Promise<{ from: string; sentences: string[] }> {
	const sentences: string[] = [];
	const take = (text: string) => {
		for (const sentence of text.match(/[^。！？!?\n]{8,200}[。！？!?]/gu) ?? []) {
			if (sentences.length < limit) sentences.push(sentence.trim());
		}
	};
	const corpus = corpusPath();
	if (corpus !== null) {
		for await (const item of readCorpus(corpus)) {
			take(item.text);
			if (sentences.length >= limit) return { from: 'corpus', sentences };
		}
	}
	const dir = join(PROJECT_ROOT, 'content/sources');
	for (const file of readdirSync(dir).sort()) take(readFileSync(join(dir, file), 'utf8'));
	return { from: 'content/sources', sentences };
}

/** Title plus the opening of the article text, from the corpus; [] without one. */
async function articlePassages(limit: number): Promise<string[]> {
	const corpus = corpusPath();
	if (corpus === null) return [];
	const passages: string[] = [];
	for await (const item of readCorpus(corpus, limit))
		passages.push(`${item.title}\n${item.text}`.slice(0, 500));
	return passages;
}

const { from, sentences } = await realSentences(count);
const started = performance.now();
const embedder = await loadEmbedder();
if (embedder === null)
	fail(new Error('No model found: run `npm run model:fetch` (or set MODEL_DIR), then rerun.'));
const loadMs = performance.now() - started;
const meanChars = sentences.reduce((sum, s) => sum + s.length, 0) / sentences.length;
console.log(`model ${embedder.modelId} loaded in ${loadMs.toFixed(0)} ms`);
console.log(`${sentences.length} sentences from ${from}, mean ${meanChars.toFixed(1)} characters`);

await embedder.embed(sentences.slice(0, 8), { batchSize: 8 }); // warm-up: first run allocates

/** Plans compared: fixed batch sizes (no character budget), and the embedder's default plan. */
const PLANS: { label: string; options: EmbedOptions }[] = [
	{ label: 'batch  1', options: { batchSize: 1 } },
	{ label: 'batch  8', options: { batchSize: 8, maxBatchCharacters: Infinity } },
	{ label: 'batch 32', options: { batchSize: 32, maxBatchCharacters: Infinity } },
	{
		label: `default (≤${DEFAULT_BATCH_SIZE} texts, ≤${DEFAULT_MAX_BATCH_CHARACTERS} characters)`,
		options: {},
	},
];

/** Best rate of three interleaved rounds per plan: the machine is shared, the fastest round is the least disturbed. */
async function measure(
	model: Embedder,
	texts: string[],
	plans: typeof PLANS,
): Promise<{ rates: Map<string, number>; vectors: Float32Array[] }> {
	const rates = new Map<string, number>();
	let vectors: Float32Array[] = [];
	for (let round = 0; round < 3; round++) {
		for (const { label, options } of plans) {
			const t0 = performance.now();
			vectors = await model.embed(texts, options);
			const rate = texts.length / ((performance.now() - t0) / 1000);
			rates.set(label, Math.max(rates.get(label) ?? 0, rate));
		}
	}
	return { rates, vectors };
}

const passages = await articlePassages(Math.min(32, count));
const { rates: passageRates } = await measure(embedder, passages, [
	PLANS[0]!,
	PLANS[1]!,
	PLANS[3]!,
]);
for (const [label, rate] of passageRates) {
	console.log(`article passages (≤500 characters), ${label}: ${rate.toFixed(1)} passages/s`);
}
const { rates, vectors } = await measure(embedder, sentences, PLANS);
for (const [label, rate] of rates)
	console.log(`sentences, ${label}: ${rate.toFixed(1)} sentences/s`);

const index = buildVectorIndex(vectors);
const int8 = index.matrix;
let overlap = 0;
const queries = Math.min(50, vectors.length);
for (let q = 0; q < queries; q++) {
	// The exact float32 top-10, by sorting every cosine: the reference the int8 scan is held to.
	const exact = new Set(
		vectors
			.map((v, row) => ({ row, score: dot(v, vectors[q]!) }))
			.sort((a, b) => b.score - a.score || a.row - b.row)
			.slice(0, 10)
			.map((hit) => hit.row),
	);
	overlap += nearestRows(index, vectors[q]!, 10).filter((hit) => exact.has(hit.rowid)).length;
}
const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(2);
const float32Bytes = vectors.length * int8.dimensions * Float32Array.BYTES_PER_ELEMENT;
console.log(
	`vectors: float32 ${mib(float32Bytes)} MiB, int8 ${mib(int8.data.byteLength + int8.scales.byteLength)} MiB; ` +
		`int8 top-10 overlap with float32 ${((overlap / (queries * 10)) * 100).toFixed(1)}%`,
);
await embedder.dispose();

const batched = rates.get('batch 32')!;
const unbatched = rates.get('batch  1')!;
console.log(
	`embed ${batched.toFixed(1)} sentences/s (batch 32); unbatched ${unbatched.toFixed(1)} sentences/s; ratio ${(batched / unbatched).toFixed(2)}`,
);
