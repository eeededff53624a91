/** Sentence embeddings (bge-small-zh, local files only) and the vector arithmetic over them. */
export {
	DEFAULT_BATCH_SIZE,
	DEFAULT_MAX_BATCH_CHARACTERS,
	QUERY_INSTRUCTION,
	loadEmbedder,
	type EmbedKind,
	type EmbedOptions,
	type Embedder,
	type LoadEmbedderOptions,
} from './embedder.ts';
export { dot, normalize } from './cosine.ts';
export {
	DEFAULT_MODEL_DIR,
	resolveModelDir,
	verifyModelDir,
	type ResolveModelDirOptions,
} from './model-files.ts';
export { EmbedderUnavailableError, ModelFetchError, ModelFilesError } from '../errors.ts';
