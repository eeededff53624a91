import type { Diagnostic } from '../diagnostic.ts';
import type { Article } from '../schema/release.ts';
import { renderArticleFile } from '../article-store/article-files.ts';
import { minhashSignature } from './dedupe.ts';
import { runStage, unwrapStaged, type Staged } from './batch-stages.ts';
import { processSourcesChecked, type PipelineDeps } from './pipeline.ts';
import type { ExtractOptions } from './types.ts';

/** One input file as the pipeline takes it. */
export interface FileRequest {
	path: string;
	bytes: Uint8Array;
	options: ExtractOptions;
}

/**
 * An article ready to store: its file text as ingest writes it (before any `duplicateOf`, which
 * only the in-order pass can decide) and its near-duplicate signature.
 */
export interface PreparedArticle {
	article: Article;
	file: string;
	signature: Uint32Array | null;
}

/** The articles of one input file, ready to store, and the problems met on the way. */
export interface PreparedFile {
	articles: PreparedArticle[];
	diagnostics: Diagnostic[];
}

/**
 * The pipeline for one file plus what storing its articles costs most: rendering each file and
 * hashing its body for near-duplicates. Done where the pipeline runs (on the worker threads in a
 * large run), so the thread that writes in input order only decides and writes.
 */
export function prepareFile(request: FileRequest, deps: PipelineDeps): PreparedFile {
	const [file] = prepareFiles([request], deps);
	if (file === undefined) throw new TypeError('`prepareFiles` gave no file');
	return unwrapStaged(file);
}

/**
 * `prepareFile` for a batch of files, stage by stage over all of them (see `runStage`), which
 * costs less processor time than file by file; every file's result is the one it gives alone. A
 * file whose pipeline throws is a `StageFailure` carrying the error, and the others go on.
 */
export function prepareFiles(
	requests: readonly FileRequest[],
	deps: PipelineDeps,
): Staged<PreparedFile>[] {
	const checked = processSourcesChecked(requests, deps);
	const rendered = runStage(checked, ({ articles, diagnostics }) => ({
		articles: articles.map(({ article, frontmatter }) => ({
			article,
			file: renderArticleFile(article, frontmatter),
		})),
		diagnostics,
	}));
	return runStage(rendered, ({ articles, diagnostics }) => ({
		articles: articles.map(({ article, file }) => ({
			article,
			file,
			signature: minhashSignature(article.body),
		})),
		diagnostics,
	}));
}

// A short county release: a headline, a dated lead with a place, a time-limited commitment.
const WARM_UP_PAGE = [
	'县政府召开春耕备耕工作会议',
	'5月5日，县政府召开会议，部署全县春耕备耕工作。会议要求，各乡镇在10个工作日内完成种子化肥调运，确保供应到位。',
].join('\n');

/**
 * Runs one short page through `prepareFile`, so what the pipeline builds on first use (the place
 * index, the story model's trees, the slogan stop words, compiled code) is ready before the first
 * real file. A worker thread does this while it starts, before it reports ready. Returns the number
 * of articles the page gave.
 */
export function warmUpPipeline(deps: PipelineDeps, options: ExtractOptions = {}): number {
	const bytes = new TextEncoder().encode(WARM_UP_PAGE);
	return prepareFile({ path: 'warm-up.txt', bytes, options }, deps).articles.length;
}
