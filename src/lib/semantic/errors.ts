/** The model could not be obtained (npm unreachable, wrong tarball) or its files failed verification. */
export class ModelFetchError extends Error {
	override name = 'ModelFetchError';
	constructor(message: string, options?: { cause?: unknown }) {
		super(message, options);
	}
}

/** A model folder named explicitly (e.g. by `MODEL_DIR`) is missing or incomplete. */
export class ModelFilesError extends Error {
	override name = 'ModelFilesError';
	constructor(message: string, options?: { cause?: unknown }) {
		super(message, options);
	}
}

/** The embedding runtime (transformers.js with onnxruntime-node and sharp) failed to load. */
export class EmbedderUnavailableError extends Error {
	override name = 'EmbedderUnavailableError';
	constructor(message: string, options?: { cause?: unknown }) {
		super(message, options);
	}
}
