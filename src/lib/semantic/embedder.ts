import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { planBatches } from './batching.ts';
import { EmbedderUnavailableError } from '../errors.ts';
import { resolveModelDir } from './model-files.ts';

/** bge's instruction for short retrieval queries (from the model card); passages and long queries get none. */
export const QUERY_INSTRUCTION = '为这个句子生成表示以用于检索相关文章：';

/** Most texts per forward pass unless the caller says otherwise. */
export const DEFAULT_BATCH_SIZE = 16;

/** Most characters (texts × longest text) per forward pass; see `planBatches`. */
export const DEFAULT_MAX_BATCH_CHARACTERS = 1024;

/** Whether a text is a short search query (gets the bge instruction) or a passage being indexed. */
export type EmbedKind = 'query' | 'passage';

export interface EmbedOptions {
	/** Defaults to `passage`. */
	kind?: EmbedKind;
	/** Overrides the embedder's batch size for this call. */
	batchSize?: number;
	/** Overrides the embedder's character budget per batch for this call. */
	maxBatchCharacters?: number;
}

/** Turns texts into L2-normalised sentence vectors; cosine similarity is their dot product. */
export interface Embedder {
	/** Model id from the folder's config.json, e.g. `BAAI/bge-small-zh-v1.5`. */
	modelId: string;
	/** Length of every vector. */
	dimensions: number;
	/**
	 * One vector per text, in input order. Texts past the model's 512 tokens are truncated. The int8
	 * model quantises activations per batch, so a text's vector varies slightly (cosine > 0.98) with
	 * the batch it was computed in.
	 */
	embed(texts: string[], options?: EmbedOptions): Promise<Float32Array[]>;
	/** Frees the ONNX session. */
	dispose(): Promise<void>;
}

export interface LoadEmbedderOptions {
	/** transformers.js model folder; defaults to `resolveModelDir()` (MODEL_DIR, models/, ../shared/models/). */
	modelDir?: string;
	/** Most texts per forward pass; defaults to `DEFAULT_BATCH_SIZE`. */
	batchSize?: number;
	/** Most characters per forward pass; defaults to `DEFAULT_MAX_BATCH_CHARACTERS`. */
	maxBatchCharacters?: number;
}

/** The part of transformers.js' feature-extraction pipeline this module uses. */
type FeatureExtractor = ((
	texts: string[],
	options: { pooling: 'cls'; normalize: boolean },
) => Promise<{ data: Float32Array; dims: number[] }>) & { dispose(): Promise<unknown> };

// env.localModelPath is process-wide, so loads run one at a time.
let loadQueue: Promise<unknown> = Promise.resolve();

/**
 * Loads the int8 ONNX model from a local folder with CLS pooling and normalisation (bge), or
 * resolves to null when no model folder is found. Never downloads: remote models are disabled
 * before anything is loaded. transformers.js (and its native onnxruntime) is imported only here, so
 * importing this module is cheap. Throws `ModelFilesError` when `MODEL_DIR` names a folder without
 * a model, and `EmbedderUnavailableError` when the runtime cannot be loaded.
 */
export async function loadEmbedder(options: LoadEmbedderOptions = {}): Promise<Embedder | null> {
	const modelDir = options.modelDir ?? (await resolveModelDir());
	if (modelDir === null) return null;
	const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
	const maxBatchCharacters = options.maxBatchCharacters ?? DEFAULT_MAX_BATCH_CHARACTERS;
	assertPositive('batchSize', batchSize);
	assertPositive('maxBatchCharacters', maxBatchCharacters);
	const config = JSON.parse(await readFile(join(modelDir, 'config.json'), 'utf8')) as {
		_name_or_path?: string;
		hidden_size?: number;
	};
	const { env, pipeline } = await importTransformers();
	const load = loadQueue.then(() => {
		disableRemoteModels(env);
		env.localModelPath = `${dirname(modelDir)}/`;
		return pipeline('feature-extraction', basename(modelDir), {
			quantized: true,
			local_files_only: true,
		}) as unknown as Promise<FeatureExtractor>;
	});
	loadQueue = load.catch(() => {});
	const extractor = await load;
	const dimensions = config.hidden_size ?? 0;

	return {
		modelId: config._name_or_path ?? basename(modelDir),
		dimensions,
		async embed(texts, embedOptions = {}) {
			const size = embedOptions.batchSize ?? batchSize;
			const budget = embedOptions.maxBatchCharacters ?? maxBatchCharacters;
			assertPositive('batchSize', size);
			assertPositive('maxBatchCharacters', budget);
			const prefix = embedOptions.kind === 'query' ? QUERY_INSTRUCTION : '';
			const inputs = texts.map((text) => prefix + text);
			const vectors = new Array<Float32Array>(texts.length);
			for (const indices of planBatches(
				inputs.map((input) => input.length),
				size,
				budget,
			)) {
				const batch = indices.map((index) => inputs[index]!);
				const output = await extractor(batch, { pooling: 'cls', normalize: true });
				const width = output.dims.at(-1) ?? dimensions;
				indices.forEach((index, row) => {
					vectors[index] = output.data.slice(row * width, (row + 1) * width);
				});
			}
			return vectors;
		},
		async dispose() {
			await extractor.dispose();
		},
	};
}

type Transformers = typeof import('@xenova/transformers');

/** Turns off every way transformers.js could reach a model hub or its download cache. */
function disableRemoteModels(env: Transformers['env']): void {
	env.allowRemoteModels = false;
	env.allowLocalModels = true;
	// The file cache is consulted before the local folder and keyed only by model name.
	env.useFSCache = false;
	env.useBrowserCache = false;
}

async function importTransformers(): Promise<Transformers> {
	try {
		return await import('@xenova/transformers');
	} catch (error) {
		throw new EmbedderUnavailableError(
			`@xenova/transformers could not be loaded (${String(error)}), so embeddings are unavailable. ` +
				'Run `npm rebuild onnxruntime-node sharp` (sharp is pinned to 0.33.5 by the overrides in package.json).',
			{ cause: error },
		);
	}
}

function assertPositive(name: string, value: number): void {
	if (!(Number.isInteger(value) || value === Infinity) || value < 1) {
		throw new TypeError(`\`${name}\` must be a positive integer or Infinity, got ${value}`);
	}
}
