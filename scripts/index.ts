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
	configuredBackend,
	embeddedIndexFile,
	openBackend,
	setIndexAside,
} from '../src/lib/search/open-backend.ts';
import type { SearchBackend } from '../src/lib/search/types.ts';
import { syncIndex, type VectorSource } from '../src/lib/search/sync-index.ts';
import { runMain } from '../tools/lib/project.ts';

const USAGE = 'npm run index [-- --no-vectors] [--allow-empty] [--rebuild]';

/**
 * Opens the backend to write. `--rebuild` sets the embedded index aside and builds a fresh one; a
 * damaged index is set aside the same way (and said so), since it is derived from the articles.
 */
async function openRebuildingIfNeeded(rebuild: boolean): Promise<SearchBackend> {
	const stamp = new Date().toISOString().replaceAll(/[:.]/gu, '-');
	if (rebuild && configuredBackend() === 'embedded') {
		const aside = setIndexAside(embeddedIndexFile(), `old-${stamp}`);
		if (aside) console.log(`Rebuilding: the previous index was moved to ${aside}.`);
	}
	try {
		return await openBackend();
	} catch (error) {
		if (!(error instanceof IndexCorruptError)) throw error;
		const aside = setIndexAside(error.path, `corrupt-${stamp}`);
		console.error(
			`The index at ${error.path} was damaged; it was moved to ${aside} and is rebuilt from the articles.`,
		);
		return openBackend();
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
	const backend = await openRebuildingIfNeeded(values.rebuild);
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
	try {
		const counts = await syncIndex(backend, readArticles(dir, onBadFile), {
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
		bar.stop();
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
	} finally {
		bar.stop();
		await embedder?.dispose();
		await backend.close();
	}
	return 0;
}

runMain(main);
