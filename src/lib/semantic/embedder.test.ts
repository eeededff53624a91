import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { env } from '@xenova/transformers';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { dot } from './cosine.ts';
import { loadEmbedder, type Embedder } from './embedder.ts';
import { sampleArticles } from './fixtures/sample-articles.ts';
import { writeTinyBertModel } from './fixtures/tiny-bert.ts';
import { resolveModelDir } from './model-files.ts';

const TEXTS = ['复工复产', '恢复生产', '野生动物保护', '优化营商环境'];

describe('loadEmbedder with a tiny generated BERT model', () => {
	let root: string;
	let embedder: Embedder;

	beforeAll(async () => {
		root = await mkdtemp(join(tmpdir(), 'jucuo-embedder-'));
		const model = await writeTinyBertModel(join(root, 'tiny-bert'), TEXTS.join(''));
		const loaded = await loadEmbedder({ modelDir: model.dir, batchSize: 3 });
		if (loaded === null) throw new Error('the tiny model did not load');
		embedder = loaded;
	});

	afterAll(async () => {
		await embedder?.dispose();
		await rm(root, { recursive: true, force: true });
	});

	test('reads the model id and dimensions from config.json', () => {
		expect(embedder.modelId).toBe('jucuo/tiny-bert-fixture');
		expect(embedder.dimensions).toBe(8);
	});

	test('returns one unit vector per text, in order', async () => {
		const vectors = await embedder.embed(TEXTS);
		expect(vectors).toHaveLength(TEXTS.length);
		for (const vector of vectors) {
			expect(vector).toBeInstanceOf(Float32Array);
			expect(vector).toHaveLength(8);
			expect(dot(vector, vector)).toBeCloseTo(1, 5);
		}
		expect(dot(vectors[0]!, vectors[1]!)).toBeLessThan(0.9999);
		expect(await embedder.embed([])).toEqual([]);
	});

	test('gives 复工复产 the same vector every time and in any position (cosine 1)', async () => {
		const [a, , , , b] = await embedder.embed([...TEXTS, '复工复产']);
		const [c] = await embedder.embed(['复工复产']);
		expect(dot(a!, b!)).toBeCloseTo(1, 6);
		expect(dot(a!, c!)).toBeCloseTo(1, 6);
	});

	test('batching gives the same vectors as one text at a time', async () => {
		const batched = await embedder.embed(TEXTS, { batchSize: 4 });
		const single = await embedder.embed(TEXTS, { batchSize: 1 });
		batched.forEach((vector, i) => {
			for (let d = 0; d < vector.length; d++) expect(vector[d]).toBeCloseTo(single[i]![d]!, 5);
		});
	});

	test('prefixes queries with the bge instruction, so 复工复产 as a query differs from the passage', async () => {
		const [passage] = await embedder.embed(['复工复产']);
		const [query] = await embedder.embed(['复工复产'], { kind: 'query' });
		expect(dot(passage!, query!)).toBeLessThan(0.9999);
	});

	test('rejects a batch size of 0 with a TypeError', async () => {
		await expect(
			embedder.embed(TEXTS, { batchSize: 0 }),
		).rejects.toThrowErrorMatchingInlineSnapshot(
			`[TypeError: \`batchSize\` must be a positive integer or Infinity, got 0]`,
		);
	});

	test('never downloads: remote models are off and a folder without weights fails locally', async () => {
		expect(env.allowRemoteModels).toBe(false);
		expect(env.useFSCache).toBe(false);
		const fetchSpy = vi.spyOn(globalThis, 'fetch');
		const broken = join(root, 'no-weights');
		await mkdir(broken, { recursive: true });
		await writeFile(
			join(broken, 'config.json'),
			JSON.stringify({ model_type: 'bert', hidden_size: 8 }),
		);
		await expect(loadEmbedder({ modelDir: broken })).rejects.toThrow(/allowRemoteModels=false/);
		expect(fetchSpy).not.toHaveBeenCalled();
		fetchSpy.mockRestore();
	});

	test('resolves to null when no model folder can be found', async () => {
		const empty = await mkdtemp(join(tmpdir(), 'jucuo-no-model-'));
		const cwd = process.cwd();
		vi.stubEnv('MODEL_DIR', '');
		process.chdir(empty);
		try {
			expect(await resolveModelDir()).toBeNull();
			expect(await loadEmbedder()).toBeNull();
		} finally {
			process.chdir(cwd);
			vi.unstubAllEnvs();
			await rm(empty, { recursive: true, force: true });
		}
	});
});

const realModelDir = await resolveModelDir({ env: {} });

describe.skipIf(realModelDir === null)(
	`bge-small-zh-v1.5 (${realModelDir ?? 'not found: run `npm run model:fetch` to enable these tests'})`,
	() => {
		let embedder: Embedder;

		beforeAll(async () => {
			const loaded = await loadEmbedder({ modelDir: realModelDir! });
			if (loaded === null) throw new Error('the model did not load');
			embedder = loaded;
		});

		afterAll(async () => {
			await embedder?.dispose();
		});

		test('gives 512-dimensional unit vectors', async () => {
			const [vector] = await embedder.embed(['优化营商环境']);
			expect(embedder.modelId).toBe('BAAI/bge-small-zh-v1.5');
			expect(embedder.dimensions).toBe(512);
			expect(vector).toHaveLength(512);
			expect(dot(vector!, vector!)).toBeCloseTo(1, 4);
		});

		test('places 复工复产 closer to 恢复生产 than to 野生动物保护', async () => {
			const [work, production, wildlife] = await embedder.embed([
				'复工复产',
				'恢复生产',
				'野生动物保护',
			]);
			expect(dot(work!, production!)).toBeGreaterThan(dot(work!, wildlife!) + 0.2);
		});

		test('matches the query 保护野生动物 to the 野生动物 article, not to 干部作风 or 营商环境', async () => {
			const articles = sampleArticles().map((paragraphs) => paragraphs.slice(0, 4).join(''));
			const passages = await embedder.embed(articles);
			const [query] = await embedder.embed(['保护野生动物'], { kind: 'query' });
			const scores = passages.map((passage) => dot(query!, passage));
			expect(scores.indexOf(Math.max(...scores))).toBe(1);
		});

		test('batching changes vectors only slightly (int8 activations are quantised per batch)', async () => {
			const texts = sampleArticles().flat().slice(0, 8);
			const batched = await embedder.embed(texts, { batchSize: 8 });
			const single = await embedder.embed(texts, { batchSize: 1 });
			batched.forEach((vector, i) => expect(dot(vector, single[i]!)).toBeGreaterThan(0.98));
		});
	},
);
