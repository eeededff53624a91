import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ModelFilesError } from '../errors.ts';
import { BGE_SMALL_ZH_MANIFEST, type ModelManifest } from './model-manifest.ts';

/** Folder (relative to the project root) where `npm run model:fetch` installs the model. */
export const DEFAULT_MODEL_DIR = join('models', BGE_SMALL_ZH_MANIFEST.folderName);

/** Read-only copy shared between checkouts during development. */
const SHARED_MODEL_DIR = join('..', 'shared', 'models', BGE_SMALL_ZH_MANIFEST.folderName);

/** Outcome of checking a folder against a manifest; `problems` names each missing or altered file. */
interface ModelVerification {
	ok: boolean;
	problems: string[];
}

/** Lowercase hex digest of a file, streamed. */
export async function hashFile(
	path: string,
	algorithm: 'sha1' | 'sha256' = 'sha256',
): Promise<string> {
	const hash = createHash(algorithm);
	for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
	return hash.digest('hex');
}

/** Checks that every file of `manifest` exists in `dir` with the recorded sha256; extra files are ignored. */
export async function verifyModelDir(
	dir: string,
	manifest: ModelManifest = BGE_SMALL_ZH_MANIFEST,
): Promise<ModelVerification> {
	const problems: string[] = [];
	for (const [file, expected] of Object.entries(manifest.files)) {
		const path = join(dir, file);
		if (!existsSync(path)) {
			problems.push(`${file} is missing`);
			continue;
		}
		const actual = await hashFile(path);
		if (actual !== expected) problems.push(`${file} has sha256 ${actual}, expected ${expected}`);
	}
	return { ok: problems.length === 0, problems };
}

/** True when `dir` holds what transformers.js loads: config, tokenizer and the int8 ONNX file. */
export function looksLikeModelDir(dir: string): boolean {
	return ['config.json', 'tokenizer.json', 'onnx/model_quantized.onnx'].every((file) =>
		existsSync(join(dir, file)),
	);
}

/** Where to look for the model; every field defaults to the running process. */
export interface ResolveModelDirOptions {
	/** Environment to read `MODEL_DIR` from. */
	env?: Record<string, string | undefined>;
	/** Project root that relative folders are resolved against. */
	cwd?: string;
}

/**
 * Absolute path of the model folder, or null when there is none: `MODEL_DIR` if set, else
 * `models/bge-small-zh-v1.5` when it verifies against the manifest, else `../shared/models/…`
 * (development) when it verifies. Throws `ModelFilesError` when `MODEL_DIR` names a folder without the model files,
 * since an explicit setting that silently degrades to lexical similarity would hide the mistake.
 */
export async function resolveModelDir(
	options: ResolveModelDirOptions = {},
): Promise<string | null> {
	const env = options.env ?? process.env;
	const cwd = options.cwd ?? process.cwd();
	const fromEnv = env['MODEL_DIR'];
	if (fromEnv !== undefined && fromEnv !== '') {
		const dir = resolve(cwd, fromEnv);
		if (!looksLikeModelDir(dir)) {
			throw new ModelFilesError(
				`MODEL_DIR is set to ${dir}, but that folder lacks config.json, tokenizer.json or onnx/model_quantized.onnx. ` +
					'Point MODEL_DIR at a transformers.js model folder, run `npm run model:fetch`, or unset MODEL_DIR.',
			);
		}
		return dir;
	}
	const installed = resolve(cwd, DEFAULT_MODEL_DIR);
	if (looksLikeModelDir(installed) && (await verifyModelDir(installed)).ok) return installed;
	const shared = resolve(cwd, SHARED_MODEL_DIR);
	if (looksLikeModelDir(shared) && (await verifyModelDir(shared)).ok) return shared;
	return null;
}
