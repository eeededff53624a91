/** Sentence embeddings (bge-small-zh, local files only) and the vector and lexical similarity used with or without them. */
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
export {
	dot,
	normalize,
	quantizeInt8,
	rowOf,
	toMatrix,
	topK,
	type Int8Matrix,
	type ScoredRow,
	type TopKOptions,
	type VectorMatrix,
} from './cosine.ts';
export {
	buildTfIdf,
	sparseDot,
	type SimilarDocument,
	type SparseVector,
	type TfIdfIndex,
} from './lexical-similarity.ts';
export {
	DEFAULT_MODEL_DIR,
	resolveModelDir,
	verifyModelDir,
	type ResolveModelDirOptions,
} from './model-files.ts';
export { EmbedderUnavailableError, ModelFetchError, ModelFilesError } from './errors.ts';
