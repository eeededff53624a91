import { rmSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { Diagnostic } from '../diagnostic.ts';
import type { Article } from '../schema/release.ts';
import {
	listArticleFiles,
	readArticleFile,
	writeArticleFile,
	type WriteCache,
	type WriteOutcome,
} from '../article-store/article-files.ts';
import { collectInputFiles } from './collect-inputs.ts';
import { collectRepeatedLinesOn } from './count-lines.ts';
import { DuplicateIndex, minhashSignature } from './dedupe.ts';
import { dispatchFiles } from './dispatch-files.ts';
import { readIngestBatching, type IngestBatching } from './ingest-batching.ts';
import type { FileProcessor } from './file-processor.ts';
import type { PreparedArticle, PreparedFile } from './prepare-file.ts';
import type { ExtractOptions } from './types.ts';
import type { PageFurniture } from '../schema/page-furniture.ts';

export interface IngestOptions {
	/** Folder of the corpus (`CONTENT_DIR`). */
	contentDir: string;
	/** Write nothing; articles are still reported through `onArticle`. */
	dryRun: boolean;
	/** Year for pages that print only month and day. */
	contextYear?: number;
	/** Overwrite article files edited by hand since ingest wrote them (kept otherwise). */
	force?: boolean;
	/** Largest input read, in bytes (default 20 MB). */
	maxBytes?: number;
	/** Date of every page of the batch that gives none itself (`--date`). */
	contextDate?: string;
	/** Outlet of every page of the batch that names none itself (`--source`). */
	contextSource?: string;
	/** Page furniture and outlet abbreviations from `search-config/page-furniture.json`. */
	furniture?: PageFurniture;
	/** How many files go through the pipeline together (default `search-config/ingest-batching.json`). */
	batching?: IngestBatching;
	/** Called after each input file with the number done so far. */
	onProgress?: (done: number, total: number, file: string) => void;
	/** Called for every article with what happened to its file (`dry-run` when nothing was written). */
	onArticle?: (article: Article, outcome: WriteOutcome | 'dry-run') => void;
}

/** Counts for the end-of-run summary; `rejected` lists every fatal diagnostic. */
export interface IngestSummary {
	files: number;
	filesRejected: number;
	articles: number;
	measures: number;
	duplicates: number;
	created: number;
	updated: number;
	unchanged: number;
	/** Articles whose stored file was edited by hand and so left as it is. */
	kept: number;
	diagnostics: Diagnostic[];
}

/**
 * Runs the pipeline over every input file and writes the articles (atomically, one file each).
 * `processorFor` picks where the pipeline runs for the number of files found (see `processorFor`
 * in `file-processor.ts`). A rejected file contributes a diagnostic and nothing else; articles
 * already stored are never touched by it. Near-duplicates of stored or earlier articles get
 * `duplicateOf`.
 */
export async function ingestFiles(
	paths: string[],
	processorFor: (fileCount: number) => FileProcessor,
	options: IngestOptions,
): Promise<IngestSummary> {
	const { files, diagnostics } = await collectInputFiles(paths);
	const summary: IngestSummary = {
		files: files.length,
		filesRejected: diagnostics.length,
		articles: 0,
		measures: 0,
		duplicates: 0,
		created: 0,
		updated: 0,
		unchanged: 0,
		kept: 0,
		diagnostics,
	};
	// Read before any thread starts: a bad file stops the run here, naming itself.
	const batching = options.batching ?? readIngestBatching();
	// Worker threads load their dictionaries (about a second) while the stored articles are read.
	const processor = processorFor(files.length);
	let stored: string[];
	let duplicates: StoredDuplicates;
	// Lines that recur across the files of one folder (the site's name, menu, footer) are furniture.
	const repeatedConfig = options.furniture?.repeatedLines;
	let repeated = new Map<string, Set<string>>();
	try {
		stored = await listArticleFiles(options.contentDir);
		duplicates = await loadDuplicateIndex(stored, options.contentDir, diagnostics);
		if (repeatedConfig !== undefined)
			repeated = await collectRepeatedLinesOn(
				processor,
				files,
				repeatedConfig,
				batching.filesPerBatch,
				options.maxBytes,
			);
	} catch (error) {
		await processor.close();
		throw error;
	}
	const cache: WriteCache = {
		files: new Set(stored),
		dirs: new Set(),
	};
	// An item re-ingested with a new date keeps its id but moves folder (`undated/` → `2020/`).
	const storedById = new Map(stored.map((p) => [basename(p, '.md'), p]));
	const extract: ExtractOptions = {};
	if (options.contextYear !== undefined) extract.contextYear = options.contextYear;
	if (options.contextDate !== undefined) extract.contextDate = options.contextDate;
	if (options.contextSource !== undefined) extract.contextSource = options.contextSource;
	if (options.furniture !== undefined) extract.furniture = options.furniture;
	if (options.maxBytes !== undefined) extract.maxBytes = options.maxBytes;
	// Files are read and processed ahead (on worker threads when there are many) while results are
	// taken in input order, so "first seen is the original" holds whatever finishes first.
	const dispatcher = dispatchFiles(
		files,
		processor,
		batching,
		(path, bytes) => {
			const lines = repeated.get(dirname(path));
			const fileOptions = lines === undefined ? extract : { ...extract, repeatedLines: lines };
			return { path, bytes, options: fileOptions };
		},
		unreadable,
	);
	const seen = new Set<string>();
	try {
		for (const [done, file] of files.entries()) {
			const result = await dispatcher.resultOf(done);
			summary.diagnostics.push(...result.diagnostics);
			if (result.diagnostics.some((d) => d.fatal) && result.articles.length === 0)
				summary.filesRejected++;
			for (const prepared of result.articles) {
				const found = prepared.article;
				// The same text given twice in one run (two copies of a page) is written once.
				if (seen.has(found.id)) {
					summary.duplicates++;
					continue;
				}
				seen.add(found.id);
				const article = markDuplicate(prepared, duplicates);
				summary.articles++;
				summary.measures += article.measures.length;
				if (article.duplicateOf) summary.duplicates++;
				if (options.dryRun) {
					options.onArticle?.(article, 'dry-run');
					continue;
				}
				// The file was rendered with the pipeline, unless this pass made the article a duplicate.
				const { path, outcome } = writeArticleFile(options.contentDir, article, cache, {
					force: options.force ?? false,
					...(article === found ? { file: prepared.file } : {}),
				});
				const earlier = storedById.get(article.id);
				if (earlier !== undefined && earlier !== path && outcome !== 'kept') {
					rmSync(earlier, { force: true });
					cache.files.delete(earlier);
					storedById.set(article.id, path);
					summary.updated++;
					options.onArticle?.(article, 'updated');
					continue;
				}
				summary[outcome]++;
				if (outcome === 'kept')
					diagnostics.push({
						file: path,
						reason: `edited by hand since ingest wrote it, so it was kept as it is (from ${file}); run with --force to overwrite it with the machine's version.`,
						ruleId: 'hand-edited',
						fatal: false,
					});
				options.onArticle?.(article, outcome);
			}
			options.onProgress?.(done + 1, files.length, file);
		}
	} finally {
		await processor.close();
	}
	return summary;
}

function unreadable(file: string, error: NodeJS.ErrnoException): PreparedFile {
	const reason = `the file cannot be read (${error.code ?? error.message}); check its permissions.`;
	return { articles: [], diagnostics: [{ file, reason, ruleId: 'unreadable', fatal: true }] };
}

/** The near-duplicate index of the stored originals, and what each stored article was decided to be. */
interface StoredDuplicates {
	index: DuplicateIndex;
	/** Stored article id → the original it duplicates, or null for an original. */
	decided: Map<string, string | null>;
}

/**
 * Reads the stored articles' duplicate decisions. A stored file that cannot be read (a hand edit
 * that broke its YAML) is named in a warning and left out; the run goes on.
 */
async function loadDuplicateIndex(
	files: string[],
	contentDir: string,
	diagnostics: Diagnostic[],
): Promise<StoredDuplicates> {
	const index = new DuplicateIndex();
	const decided = new Map<string, string | null>();
	for (const path of files) {
		let article: Article;
		try {
			article = await readArticleFile(path, contentDir);
		} catch (error) {
			diagnostics.push({
				file: path,
				reason: `this stored article cannot be read (${error instanceof Error ? error.message.split('\n')[0] : String(error)}), so it was left out of duplicate detection; fix its frontmatter.`,
				ruleId: 'unreadable-article',
				fatal: false,
			});
			continue;
		}
		decided.set(article.id, article.duplicateOf ?? null);
		const signature = article.duplicateOf ? null : minhashSignature(article.body);
		if (signature) index.add(article.id, signature);
	}
	return { index, decided };
}

/**
 * Only originals enter the index, so re-ingesting both copies keeps the same original. A stored
 * article keeps the decision made when it was first written (while its original is still stored),
 * so ingesting the same input twice changes nothing whatever order the files finish in.
 */
function markDuplicate(prepared: PreparedArticle, stored: StoredDuplicates): Article {
	const { article, signature } = prepared;
	const { index, decided } = stored;
	const before = decided.get(article.id);
	if (before === null && index.has(article.id)) return article;
	if (before && index.has(before)) return { ...article, duplicateOf: before };
	if (!signature) return article;
	const match = index.find(signature, article.id);
	if (match) return { ...article, duplicateOf: match.id };
	index.add(article.id, signature);
	return article;
}
