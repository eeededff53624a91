/**
 * `npm run index [-- --no-vectors] [--allow-empty] [--rebuild]`: brings the configured search backend (Meilisearch when
 * MEILI_URL is set, else the embedded index under DATA_DIR) in line with CONTENT_DIR
 * (default content/articles), writing only what changed. A missing or empty corpus folder is an
 * error (it would empty a live index) unless `--allow-empty` says it is meant. Exit 1 when the backend fails, 2 on usage errors.
 */
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import {
	articleIdOfPath,
	contentDir,
	corpusState,
	readArticles,
} from '../src/lib/article-store/article-files.ts';
import { EmptyCorpusError, IndexCorruptError, UsageError } from '../src/lib/errors.ts';
import {
	beginIndexBuild,
	buildFileOf,
	abandonIndexBuild,
	commitIndexBuild,
	liveGeneration,
	setIndexAside,
} from '../src/lib/search/index-file.ts';
import {
	configuredBackend,
	embeddedIndexFile,
	openBackend,
} from '../src/lib/search/open-backend.ts';
import type { SearchBackend } from '../src/lib/search/types.ts';
import { syncIndex, type VectorSource } from '../src/lib/search/sync-index.ts';
import { buildFailed } from '../src/lib/search/write-failure.ts';
import { runMain } from '../tools/lib/project.ts';

const USAGE = 'npm run index [-- --no-vectors] [--allow-empty] [--rebuild]';

/** Where the run writes: the backend, and for the embedded index the build file to switch to at the end. */
interface Target {
	backend: SearchBackend;
	build: { file: string; live: string } | null;
}

/**
 * Opens the backend to write. The embedded index is written into a copy (`index-file.ts`) that
 * replaces the live one only once complete, so readers never see a half-built index. `--rebuild`
 * starts the copy empty. A damaged live index is set aside (and said so) and rebuilt from the
 * articles, from which it is derived.
 */
async function openTarget(rebuild: boolean): Promise<Target> {
	if (configuredBackend() !== 'embedded') return { backend: await openBackend(), build: null };
	const live = embeddedIndexFile();
	const stamp = new Date().toISOString().replaceAll(/[:.]/gu, '-');
	if (rebuild)
		console.log(
			'Rebuilding from the articles; the current index answers until the new one is complete.',
		);
	const openBuild = async (fresh: boolean): Promise<Target> => {
		const file = await beginIndexBuild(live, fresh);
		return { backend: await openBackend({ file }), build: { file, live } };
	};
	try {
		return await openBuild(rebuild);
	} catch (error) {
		if (!(error instanceof IndexCorruptError)) throw error;
		const aside = setIndexAside(live, `corrupt-${stamp}`);
		console.error(
			`The index at ${live} was damaged; it was moved to ${aside} and is rebuilt from the articles.`,
		);
		return openBuild(true);
	}
}

async function main(): Promise<number> {
	let values;
	try {
		({ values } = parseArgs({
			options: {
				'no-vectors': { type: 'boolean', default: false },
				'allow-empty': { type: 'boolean', default: false },
				rebuild: { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h' },
			},
		}));
	} catch (error) {
		throw new UsageError(error instanceof Error ? error.message : String(error), USAGE);
	}
	if (values.help) {
		console.log(`Usage: ${USAGE}`);
		return 0;
	}
	const dir = contentDir();
	if (!values['allow-empty']) {
		const found = corpusState(dir);
		if (found !== 'articles') throw new EmptyCorpusError(dir, found);
	}
	const started = performance.now();
	let target: Target;
	try {
		target = await openTarget(values.rebuild);
	} catch (error) {
		if (error instanceof IndexCorruptError || configuredBackend() !== 'embedded') throw error;
		throw buildFailed(error, { file: buildFileOf(embeddedIndexFile()), live: embeddedIndexFile() });
	}
	const { backend, build } = target;
	let embedder: (VectorSource & { dispose(): Promise<void> }) | null = null;
	if (!values['no-vectors']) {
		const { loadEmbedder } = await import('../src/lib/semantic/embedder.ts');
		embedder = await loadEmbedder();
	}
	console.log(
		`Indexing ${dir} into the ${backend.name} backend${embedder ? ` with vectors from ${embedder.modelId}` : ' (no embedding model: lexical similarity only)'}…`,
	);
	const bar = new cliProgress.SingleBar(
		{ format: ' {bar} {value}/{total} documents | {eta_formatted} left', hideCursor: true },
		cliProgress.Presets.shades_classic,
	);
	let started_bar = false;
	// A broken file (bad YAML, a hand edit that fails the schema) is named and skipped; the index
	// keeps what it had of that article, and the run ends with exit 1.
	const unreadable = new Set<string>();
	const problems: string[] = [];
	const onBadFile = (path: string, error: unknown) => {
		unreadable.add(articleIdOfPath(path));
		problems.push(`${path}: ${error instanceof Error ? error.message : String(error)}`);
	};
	let counts;
	try {
		counts = await syncIndex(backend, readArticles(dir, onBadFile), {
			keep: unreadable,
			embedder,
			onProgress: (done, total) => {
				if (!started_bar) {
					if (total > 0 && process.stderr.isTTY) bar.start(total, 0);
					started_bar = true;
				}
				if (process.stderr.isTTY) bar.update(done);
			},
		});
	} catch (error) {
		bar.stop();
		await backend.close().catch(() => undefined);
		throw build ? buildFailed(error, build) : error;
	} finally {
		bar.stop();
		await embedder?.dispose();
	}
	try {
		// Closing ends a bulk load with its merge and VACUUM: a full disk can fail it here too.
		await backend.close();
	} catch (error) {
		throw build ? buildFailed(error, build) : error;
	}
	if (build) {
		const changed = Object.values(counts).some((c) => c.added + c.updated + c.removed > 0);
		if (changed || values.rebuild || liveGeneration(build.live) === null) {
			try {
				commitIndexBuild(build.file, build.live);
			} catch (error) {
				throw buildFailed(error, build);
			}
		} else abandonIndexBuild(build.file);
	}
	for (const [collection, c] of Object.entries(counts)) {
		console.log(
			`${collection.padEnd(9)} added ${c.added}, updated ${c.updated}, removed ${c.removed}, unchanged ${c.unchanged}`,
		);
	}
	console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
	if (problems.length > 0) {
		console.error(
			`\n${problems.length} file(s) skipped; fix them and run \`npm run index\` again:`,
		);
		for (const p of problems) console.error(`  ${p}`);
		return 1;
	}
	return 0;
}

runMain(main);
